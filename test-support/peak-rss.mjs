// Preloaded with `node --import` into a bundle under test: at exit, writes the process's peak
// resident set size (KiB) to RELEASE_GATES_PEAK_RSS_FILE. The bundle itself is unchanged.
//
// The peak is VmHWM from /proc/self/status: the high-water mark of this process's own memory
// since it started. Not getrusage's ru_maxrss: Linux carries that over from the parent across
// fork and exec, so a child of a 300 MB jest worker would report at least 300 MB.
import { readFileSync, writeFileSync } from 'node:fs';

function peakKiB() {
  try {
    const hwm = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (hwm) return Number(hwm[1]);
  } catch {
    // Not Linux: fall back to getrusage, which may include the parent's peak.
  }
  return process.resourceUsage().maxRSS;
}

const file = process.env.RELEASE_GATES_PEAK_RSS_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(peakKiB())));
