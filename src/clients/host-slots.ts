/**
 * Bounded concurrency per host: at most `perHost` requests to one host at once, across every
 * check of a gate (the run shares one HTTP client), the rest queued in order. A registry's
 * answer decides how many requests a check makes (an index may list 4096 manifests); this
 * decides how many reach the registry at once, and so how much is held in memory at once
 * (cap × concurrency). A queued request leaves the queue when its call's signal aborts.
 */
export class HostSlots {
  private readonly active = new Map<string, number>();
  private readonly queues = new Map<string, Array<{ start: () => void }>>();
  constructor(readonly perHost: number) {}

  /** Waits for a slot on `host`; resolves with its release, or rejects when `signal` aborts first. */
  acquire(host: string, signal: AbortSignal): Promise<() => void> {
    if (signal.aborted) return Promise.reject(new Error('aborted before a slot was free'));
    if ((this.active.get(host) ?? 0) < this.perHost) return Promise.resolve(this.take(host));
    return new Promise((resolve, reject) => {
      const queue = this.queues.get(host) ?? [];
      this.queues.set(host, queue);
      const onAbort = () => {
        const at = queue.indexOf(waiter);
        if (at >= 0) queue.splice(at, 1);
        reject(new Error('aborted while waiting for a slot'));
      };
      const waiter = {
        start: () => {
          signal.removeEventListener('abort', onAbort);
          resolve(this.take(host));
        }
      };
      queue.push(waiter);
      signal.addEventListener('abort', onAbort, { once: true });
    });
  }

  /** Requests waiting for a slot on `host`. */
  queued(host: string): number {
    return this.queues.get(host)?.length ?? 0;
  }

  private take(host: string): () => void {
    this.active.set(host, (this.active.get(host) ?? 0) + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (this.active.get(host) ?? 1) - 1;
      if (left > 0) this.active.set(host, left);
      else this.active.delete(host);
      // The freed slot goes to the first in the queue, which takes it at once.
      this.queues.get(host)?.shift()?.start();
    };
  }
}
