/** The GitHub token a terminal user has: GITHUB_TOKEN, else GH_TOKEN (the GitHub CLI's name). */
export function githubToken(env: NodeJS.ProcessEnv): string {
  return env.GITHUB_TOKEN || env.GH_TOKEN || '';
}
