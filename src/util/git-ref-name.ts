/**
 * Why git would refuse `refs/tags/<name>`, or null: the rules of git-check-ref-format(1), plus no leading `-` (git
 * refuses such a tag name, and a shell would read a pasted `git tag -v1.2.4` as an option). Written by hand because
 * these are a few lines of documented rules and no maintained library carries them; the tests hold this function to
 * the real `git check-ref-format` over a table of names, so git stays the authority.
 */
export function tagNameProblem(name: string): string | null {
  if (name === '') return 'is empty';
  if (name.startsWith('-')) return 'starts with "-", which git reads as an option';
  if (/[\u0000-\u0020\u007f]/.test(name)) return 'contains a space or a control character';
  const forbidden = /[~^:?*[\\]/.exec(name);
  if (forbidden) return `contains "${forbidden[0]}"`;
  if (name.includes('..')) return 'contains ".."';
  if (name.includes('@{')) return 'contains "@{"';
  if (name.startsWith('/') || name.endsWith('/') || name.includes('//')) return 'has an empty path component (a leading, trailing or double "/")';
  if (name.endsWith('.')) return 'ends with "."';
  for (const component of name.split('/')) {
    if (component.startsWith('.')) return `has a path component "${component}" that starts with "."`;
    if (component.endsWith('.lock')) return `has a path component "${component}" that ends with ".lock"`;
  }
  return null;
}
