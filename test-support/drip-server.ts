/**
 * A registry that drips its answer: headers at once, then one byte every `intervalMs`,
 * `bytes` in all (so it ends on its own). Never idle long enough for an idle timeout,
 * so only an overall deadline can cut it short.
 */
import * as http from 'node:http';
import { closeServer, listenOnLoopback } from './loopback.js';

export interface DripServer {
  url: string;
  /** How many requests reached it. */
  requests(): number;
  close(): Promise<void>;
}

export async function startDripServer(options: { intervalMs: number; bytes: number }): Promise<DripServer> {
  let requests = 0;
  const server = http.createServer((req, res) => {
    requests++;
    res.writeHead(200, { 'content-type': 'application/json' });
    let sent = 0;
    const tick = setInterval(() => {
      res.write(' ');
      if (++sent === options.bytes) {
        clearInterval(tick);
        res.end();
      }
    }, options.intervalMs);
    // The client gave up: stop dripping into a closed socket.
    res.on('close', () => clearInterval(tick));
  });
  const url = await listenOnLoopback(server);
  return { url, requests: () => requests, close: () => closeServer(server) };
}
