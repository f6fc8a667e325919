/**
 * A loopback HTTP server that misbehaves on request: the faults of the fault table
 * (refusal, reset mid-body, slow headers, a body dripping a byte at a time, 5xx/429,
 * rate limits, garbage, HTML, bodies without end, redirects to another host). A fault
 * hits the next `times` requests; after that the server answers normally through the
 * `answer` function the test gives it. Every request is recorded (with its credential),
 * and so is the most a single response ever sent, to show a body cap stopped the reader.
 */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

export type FaultKind =
  | 'reset-mid-body'
  | 'slow-headers'
  | 'drip'
  | '503'
  | '503-retry-after'
  | '429'
  | 'secondary-rate-limit'
  | 'not-http'
  | 'garbage-body'
  | 'wrong-shape'
  | 'html'
  | 'huge-declared'
  | 'huge-endless'
  | 'redirect-off-host';

export interface Answer {
  status?: number;
  headers?: Record<string, string>;
  body: unknown;
}

export interface FaultServer {
  url: string;
  /** Another origin (`localhost` instead of `127.0.0.1`): the target of off-host redirects. */
  otherUrl: string;
  requests: { host: 'main' | 'other'; path: string; auth: string | undefined }[];
  /** The largest number of body bytes one response wrote before it ended or the client hung up. */
  mostBytesSent: number;
  fault(kind: FaultKind | null, times?: number): void;
  close(): Promise<void>;
}

/** `answer(path, wrongShape)` gives the normal answer for a path, or a well-formed one of the wrong shape. */
export async function startFaultServer(answer: (path: string, wrongShape: boolean) => Answer): Promise<FaultServer> {
  let kind: FaultKind | null = null;
  let left = 0;
  const timers = new Set<NodeJS.Timeout>();

  const send = (res: http.ServerResponse, a: Answer) => {
    const body = typeof a.body === 'string' || Buffer.isBuffer(a.body) ? a.body : JSON.stringify(a.body);
    res.writeHead(a.status ?? 200, { 'content-type': 'application/json', ...a.headers });
    res.end(body);
  };

  /** Writes chunks for as long as the client reads them, respecting backpressure. */
  const endless = (res: http.ServerResponse) => {
    const chunk = Buffer.alloc(64 * 1024, 0x30);
    let sent = 0;
    const pump = () => {
      while (!res.destroyed && !res.writableEnded) {
        sent += chunk.length;
        server.mostBytesSent = Math.max(server.mostBytesSent, sent);
        if (!res.write(chunk)) return void res.once('drain', pump);
      }
    };
    res.writeHead(200, { 'content-type': 'application/json' });
    pump();
  };

  const handler = (host: 'main' | 'other') => (req: http.IncomingMessage, res: http.ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0]!;
    server.requests.push({ host, path, auth: req.headers.authorization });
    const faulty = host === 'main' && kind !== null && left > 0;
    if (!faulty) return send(res, answer(path, false));
    left--;
    switch (kind) {
      case 'reset-mid-body':
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
        res.write('{"partial": ');
        return void setImmediate(() => res.socket?.destroy());
      case 'slow-headers':
        return; // never answers; closed with the server
      case 'drip': {
        res.writeHead(200, { 'content-type': 'application/json' });
        const timer = setInterval(() => res.write(' '), 20);
        timers.add(timer);
        res.on('close', () => {
          clearInterval(timer);
          timers.delete(timer);
        });
        return;
      }
      case '503':
        return send(res, { status: 503, body: { message: 'busy' } });
      case '503-retry-after':
        return send(res, { status: 503, headers: { 'retry-after': '1' }, body: { message: 'busy' } });
      case '429':
        return send(res, { status: 429, headers: { 'retry-after': '0' }, body: { message: 'slow down' } });
      case 'secondary-rate-limit':
        return send(res, {
          status: 403,
          headers: { 'retry-after': '1' },
          body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' }
        });
      case 'not-http':
        res.socket?.end('\x16\x03\x01 this is not HTTP at all\r\n\r\n');
        return;
      case 'garbage-body':
        return send(res, { body: Buffer.from([0x7b, 0x00, 0xff, 0xfe, 0x22, 0x5b, 0x5d]) });
      case 'wrong-shape':
        return send(res, answer(path, true));
      case 'html':
        return send(res, { headers: { 'content-type': 'text/html; charset=utf-8' }, body: '<!DOCTYPE html><html><body><h1>Sign in</h1></body></html>' });
      case 'huge-declared':
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(2 ** 40) });
        res.write('[');
        return;
      case 'huge-endless':
        return endless(res);
      case 'redirect-off-host':
        res.writeHead(302, { location: `${server.otherUrl}${req.url}` });
        return void res.end();
      default:
        return send(res, answer(path, false));
    }
  };

  const main = http.createServer(handler('main'));
  const other = http.createServer(handler('other'));
  const listen = (s: http.Server) => new Promise<number>((r) => s.listen(0, '127.0.0.1', () => r((s.address() as AddressInfo).port)));
  const [mainPort, otherPort] = await Promise.all([listen(main), listen(other)]);

  const server: FaultServer = {
    url: `http://127.0.0.1:${mainPort}`,
    otherUrl: `http://localhost:${otherPort}`,
    requests: [],
    mostBytesSent: 0,
    fault(next, times = Infinity) {
      kind = next;
      left = times;
      server.requests.length = 0;
      server.mostBytesSent = 0;
    },
    async close() {
      for (const t of timers) clearInterval(t);
      main.closeAllConnections();
      other.closeAllConnections();
      await Promise.all([new Promise((r) => main.close(r)), new Promise((r) => other.close(r))]);
    }
  };
  return server;
}

/** A loopback URL where nothing listens (a port that was just free). */
export async function refusedUrl(): Promise<string> {
  const probe = http.createServer();
  const port = await new Promise<number>((r) => probe.listen(0, '127.0.0.1', () => r((probe.address() as AddressInfo).port)));
  await new Promise((r) => probe.close(r));
  return `http://127.0.0.1:${port}`;
}
