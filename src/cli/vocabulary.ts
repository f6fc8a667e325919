/**
 * The checks word their fixes for a workflow author: the `token` and `npm-token`
 * inputs, `wait-minutes`. At a terminal the same settings are environment variables
 * and flags, so every line the CLI prints is put in that vocabulary. One table here
 * keeps the checks' messages single-sourced.
 */
const TERMS: ReadonlyArray<[RegExp, string]> = [
  [/pass the publisher's token to the action as `npm-token: \$\{\{ secrets\.NPM_TOKEN \}\}`/g, "set NPM_TOKEN to the publisher's npm token"],
  [
    /input "token" is empty; keep its default \(github\.token\) or pass a token with the permissions in the README/g,
    'GITHUB_TOKEN (or GH_TOKEN) is not set; set it to a token that can read the repository (gh auth token prints yours)'
  ],
  [/give the "token" input/g, 'set GITHUB_TOKEN to a token with'],
  [/input "token"/g, 'GITHUB_TOKEN'],
  [/the "token" input/g, 'GITHUB_TOKEN'],
  [/\bnpm-token\b/g, 'NPM_TOKEN'],
  [/(?<!-)\bwait-minutes\b/g, '--wait-minutes'],
  [/pass "sha"/g, 'pass --sha'],
  [/pass "tag"/g, 'pass --tag']
];

export function terminalWords(text: string): string {
  let out = text;
  for (const [pattern, replacement] of TERMS) out = out.replace(pattern, replacement);
  return out;
}
