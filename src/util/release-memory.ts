import * as v8 from 'node:v8';
import * as vm from 'node:vm';

/**
 * A full garbage collection, asked for while a large blob streams in (every 16 MiB of a 40 MB
 * attestation layer, hashed chunk by chunk). Nothing of it is kept, but its chunks are garbage the
 * collector frees on its own schedule, and loopback delivers them faster than it does: eight such
 * layers peaked at 190–210 MiB, and at 140 or 320 MiB run by run while their JSON was tokenized too.
 * Collecting as they go holds the process to what it keeps (150 MiB), for a few milliseconds each
 * time. Node gives no other way to ask for it: `gc` exists only with --expose-gc, which the runner's
 * `node` is not given, so the flag is set for this process and the function read from a fresh context.
 */
let collect: (() => void) | null | undefined;

export function releaseMemory(): void {
  if (collect === undefined) {
    try {
      v8.setFlagsFromString('--expose-gc');
      collect = vm.runInNewContext('gc') as () => void;
    } catch {
      collect = null;
    }
  }
  collect?.();
}
