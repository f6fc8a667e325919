import { GATE_IDS } from '../gates/ids.js';
import packageJson from '../../package.json' with { type: 'json' };

export const VERSION: string = packageJson.version;

const ENVIRONMENT = `environment:
  GITHUB_TOKEN or GH_TOKEN   GitHub token (read: contents, actions; doctor: administration too; tag --push uses your git credentials, not this)
  NPM_TOKEN                  npm token of the publisher (needed to see restricted @scope packages)
  GITHUB_API_URL             GitHub API (default https://api.github.com; set for GitHub Enterprise Server)
  GITHUB_SERVER_URL          GitHub server (default https://github.com)`;

const COMMON = `  --workspace DIR       the repository clone (default: the current directory)
  --config FILE         config file in it (default .github/release-gates.yml)
  --repository O/R      GitHub repository (default: read from the "origin" remote)
  --json                print JSON instead of text
  -h, --help            this help`;

export const MAIN_USAGE = `release-gates ${VERSION} — fail-closed checks for a multi-registry release

usage: release-gates <command> [options]

maintainer commands (run in your clone):
  bump X.Y.Z            write X.Y.Z into every coupled version and the changelog, then check them
                        needs: a clean copy of the files it edits; no token
  prepare X.Y.Z         check that origin/main is ready to be tagged X.Y.Z and print the tag commands
                        needs: GITHUB_TOKEN, NPM_TOKEN for scoped packages, the origin remote
  tag X.Y.Z [--push]    run prepare, then create (and push) the Go tag and the release tag
                        needs: what prepare needs; --push needs push rights on origin
  doctor                check that the repository's settings enforce the release process
                        needs: GITHUB_TOKEN that can read administration settings (a repository admin's)
  status X.Y.Z          which registries, tags and releases already hold X.Y.Z, and the next version
                        needs: GITHUB_TOKEN, NPM_TOKEN for scoped packages

gates (what the GitHub Action runs, for one tag):
  ${GATE_IDS.join(', ')}
  release-gates <gate> --tag vX.Y.Z [--sha SHA]     see release-gates <gate> --help

release-gates <command> --help shows a command's options.
exit codes: 0 passed (status: the version is free), 1 a check failed (status: burned or cannot tell), 2 bad input or usage

${ENVIRONMENT}
`;

export const COMMAND_USAGE: Record<string, string> = {
  bump: `usage: release-gates bump X.Y.Z [options]

Writes X.Y.Z into every "versions" entry of the config (only the value: formatting,
comments and key order stay; PEP 440 spelling in Python files) and adds
"## X.Y.Z - <today, UTC>" to the changelog if it has no heading for X.Y.Z. Then runs
coupled-versions and changelog over the result and prints what changed.
Refuses a version that is not greater than the current one (exit 2) and a file it
would edit that has uncommitted changes (exit 1). Needs no token.

options:
${COMMON}
`,
  prepare: `usage: release-gates prepare X.Y.Z [options]

Fetches origin and checks, like a gate: the versions and changelog of HEAD are X.Y.Z
(coupled-versions, changelog) and committed (working-tree); HEAD is the tip of
origin/<main.branch> (main-tip); that commit's <main.workflow> push run succeeded
(main-ci); neither the release tag nor the Go tag exists on GitHub or in this clone
(tags-free); no registry holds X.Y.Z (unpublished). Prints the tag commands, in order.

options:
  --wait-minutes N      wait up to N minutes for the CI run to finish (default 0)
${COMMON}

needs: GITHUB_TOKEN (or GH_TOKEN); NPM_TOKEN when npm packages are scoped
`,
  tag: `usage: release-gates tag X.Y.Z [--push] [options]

Runs prepare; when every check passes, creates the lightweight Go tag and the
annotated release tag on HEAD and, with --push, pushes the Go tag first and the
release tag second to origin. Stops before any tag or push if a check failed. Never
moves, deletes or overwrites a tag.

options:
  --push                push both tags to origin (with your git credentials)
  --wait-minutes N      wait up to N minutes for the CI run to finish (default 0)
${COMMON}

needs: what prepare needs; --push needs push rights on origin
`,
  doctor: `usage: release-gates doctor [options]

Checks, like a gate, that the repository itself enforces what the release process
assumes, and names the setting to change for each finding: an active tag ruleset
restricts updates and deletions of the release and Go tags (tag-rules); immutable
releases are on (immutable-releases); <main.branch>'s rules require pull requests and
status checks and forbid deletion and force pushes (main-rules); pypi.environment
may be deployed only from release tags (environments); supply-chain.workflow is on
<main.branch> and runs on pushes of the release tags (workflow). Exit 0 when all
hold, 1 when one does not or could not be read.

options:
${COMMON}

needs: GITHUB_TOKEN (or GH_TOKEN) that can read the repository's administration
settings: a repository admin's token (fine-grained: administration, actions, contents
and metadata read)
`,
  status: `usage: release-gates status X.Y.Z [options]

For a release that failed part-way: which of PyPI, each npm package, the image, the
chart, the Go proxy, the two tags and the GitHub release already hold X.Y.Z. A version
any of them holds is burned (registries and tags are never reused); status names the
next version to release. Exit 0 when X.Y.Z is free, 1 when it is burned or a place
could not be asked.

options:
${COMMON}

needs: GITHUB_TOKEN (or GH_TOKEN); NPM_TOKEN when npm packages are scoped
`,
  gate: `usage: release-gates <gate> --tag TAG [options]

Runs one gate with the same engine as the GitHub Action and prints its summary.
gates: ${GATE_IDS.join(', ')}

options:
  --tag TAG             the release tag (default: GITHUB_REF's tag)
  --sha SHA             the commit released (default: GITHUB_SHA, else the workspace's HEAD)
  --dist DIR            built release files (default dist)
  --wait-minutes N      wait for runs and registries up to N minutes (default 0)
  --image-digest D      the digest the container push reported (publication, supply-chain, smoke)
  --chart-digest D      the digest helm push reported (publication, smoke)
${COMMON}

${ENVIRONMENT}
`
};
