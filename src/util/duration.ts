/**
 * The one way a duration is written in a message, a progress line or a summary:
 * "300 ms", "1.5 s", "60.0 s", "2.0 min". Under two minutes a wait reads best in
 * seconds (a person compares it with "a minute"); from two minutes on, in minutes,
 * the unit `wait-minutes` is given in. One decimal keeps "waited 4.0 s over 5 looks"
 * and the README's examples exact; milliseconds stay whole.
 */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 120_000) return `${(ms / 1000).toFixed(1)} s`;
  return `${(ms / 60_000).toFixed(1)} min`;
}
