import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * What the engine knows about one check while it runs, reachable from the clients without
 * threading it through every call: the check's deadline as an AbortSignal (every request
 * joins it, so whatever is in flight ends at once when the check's time is up), and the
 * requests it has queued or in flight per host, which the failure names ("37 requests still
 * pending on registry.example"). AsyncLocalStorage carries it across the awaits of the check.
 */
export class CheckScope {
  private readonly pendingByHost = new Map<string, number>();
  constructor(readonly signal: AbortSignal) {}

  /** Counts a request to `host` as pending until the returned function is called (once). */
  begin(host: string): () => void {
    this.pendingByHost.set(host, (this.pendingByHost.get(host) ?? 0) + 1);
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      const left = (this.pendingByHost.get(host) ?? 1) - 1;
      if (left > 0) this.pendingByHost.set(host, left);
      else this.pendingByHost.delete(host);
    };
  }

  get pending(): number {
    let total = 0;
    for (const count of this.pendingByHost.values()) total += count;
    return total;
  }

  /** "37 requests still pending on registry.example", "42 requests still pending: 37 on a, 5 on b", or what the check did instead. */
  describePending(): string {
    const total = this.pending;
    if (total === 0) return 'no request was pending (the check was still working on what it had read)';
    const counted = `${total} request${total === 1 ? '' : 's'} still pending`;
    const hosts = [...this.pendingByHost.entries()].sort((a, b) => b[1] - a[1]);
    if (hosts.length === 1) return `${counted} on ${hosts[0]![0]}`;
    return `${counted}: ${hosts.map(([host, n]) => `${n} on ${host}`).join(', ')}`;
  }
}

const storage = new AsyncLocalStorage<CheckScope>();

export function runInCheckScope<T>(scope: CheckScope, work: () => Promise<T>): Promise<T> {
  return storage.run(scope, work);
}

/** The scope of the check this code runs for, if any (the maintainer commands and unit tests call clients without one). */
export function currentCheckScope(): CheckScope | undefined {
  return storage.getStore();
}
