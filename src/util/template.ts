/** Fills `{version}`, `{owner}` and `{repo}` in a template. */
export function fillTemplate(template: string, values: { version?: string; owner: string; repo: string }, lowerCase = false): string {
  const owner = lowerCase ? values.owner.toLowerCase() : values.owner;
  const repo = lowerCase ? values.repo.toLowerCase() : values.repo;
  return template
    .replaceAll('{owner}', owner)
    .replaceAll('{repo}', repo)
    .replaceAll('{version}', values.version ?? '{version}');
}
