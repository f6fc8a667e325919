// Preloaded with `node --import` into a bundle under test: at exit, writes the process's peak
// resident set size (KiB, from getrusage) to RELEASE_GATES_PEAK_RSS_FILE. The bundle itself is
// unchanged; this only reads what the kernel counted.
import { writeFileSync } from 'node:fs';

const file = process.env.RELEASE_GATES_PEAK_RSS_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
