/** One summary line for a list of problems: the only one, or a count and the first (the rest go to details). */
export function summarizeProblems(problems: readonly string[], noun: string): string {
  return problems.length === 1 ? problems[0]! : `${problems.length} ${noun} problems: ${problems[0]} (and ${problems.length - 1} more, see details)`;
}
