/** Starting and stopping the test servers' HTTP listeners on loopback, one way for all of them. */
import type * as http from 'node:http';
import type { AddressInfo } from 'node:net';

/** Listens on 127.0.0.1 (or another loopback address, to stand for another host) at a free port; the base URL. */
export async function listenOnLoopback(server: http.Server, host = '127.0.0.1'): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  return `http://${host}:${(server.address() as AddressInfo).port}`;
}

/** Closes the listener and every open connection (a keep-alive client would hold close() open). */
export function closeServer(server: http.Server): Promise<void> {
  return new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
