import { z } from 'zod';
import { InputError } from './errors.js';
import { clip } from './util/text.js';
import { isAllowedUrl } from './util/loopback.js';
import { WorkspaceFileError, readWorkspaceText } from './util/workspace-file.js';
import { parseYamlBounded } from './util/yaml.js';
import { versionPatternProblem } from './util/version-pattern.js';
import { dottedPath } from './util/zod-issue.js';

export { fillTemplate } from './util/template.js';

/** A config is a few dozen lines; a megabyte is far beyond any real one and still cheap to parse. */
export const MAX_CONFIG_BYTES = 1024 * 1024;
/** Keys and list items in a config: a real one has under a hundred. */
export const MAX_CONFIG_ITEMS = 10_000;
/** Unknown keys named in an error; the rest are counted, so a hostile config cannot make a huge error line. */
const MAX_KEYS_NAMED = 5;

/** A registry base URL: https, or http on a loopback address only. */
const registryUrl = z
  .string()
  .refine((s) => URL.canParse(s), { message: 'must be an absolute URL' })
  .refine((s) => isAllowedUrl(new URL(s)), { message: 'must use https:// (http:// is allowed only on a loopback address)' })
  .transform((s) => s.replace(/\/+$/, ''));

const versionTemplate = z.string().refine((s) => s.split('{version}').length === 2, { message: 'must contain {version} exactly once' });

const relPath = z.string().min(1);

const versionEntry = z.union([
  z.strictObject({ file: relPath, key: z.string().min(1) }),
  z.strictObject({
    file: relPath,
    // One capture group exactly: the version.
    pattern: z.string().superRefine((p, ctx) => {
      const problem = versionPatternProblem(p);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
  })
]);

/**
 * A reusable workflow as `owner/repo/path@ref`, what GitHub writes (after the server URL) into a Fulcio
 * certificate's SAN when that workflow ran the signing step: its file is under `.github/workflows/`, and the ref
 * is a commit (40 hex, what the SPEC's example pins) or a full `refs/heads/…` / `refs/tags/…` ref.
 */
const signerWorkflow = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9-]{0,38}\/[A-Za-z0-9._-]{1,100}\/\.github\/workflows\/[A-Za-z0-9._-]+\.ya?ml@(?:[0-9a-f]{40}|refs\/(?:heads|tags)\/[^\s@]+)$/, {
    message:
      'must be owner/repo/.github/workflows/<file>.yml@<ref>, the ref a 40-hex commit or refs/tags/… (e.g. github/artifact-attestations-workflows/.github/workflows/attest.yml@<40 hex>)'
  });

/** An OIDC issuer URL as Fulcio records it: https, compared exactly (no trailing slash added or removed). */
const oidcIssuer = z.string().refine((s) => URL.canParse(s) && new URL(s).protocol === 'https:', {
  message: 'must be an https:// URL, the OIDC issuer as the certificate states it (e.g. https://token.actions.githubusercontent.com)'
});

/** `false` turns a section off explicitly; leaving it out is an error for gates that need it. */
function section<T extends z.ZodType>(schema: T) {
  return z.union([z.literal(false), schema]).optional();
}

export const configSchema = z.strictObject({
  tags: z.strictObject({
    release: versionTemplate.default('v{version}'),
    rehearsal: versionTemplate.optional(),
    annotated: z.boolean().default(true)
  }),
  versions: section(z.array(versionEntry).min(1)),
  changelog: section(relPath),
  main: section(
    z.strictObject({
      branch: z.string().min(1).default('main'),
      workflow: z.string().min(1)
    })
  ),
  go: section(
    z.strictObject({
      dir: relPath,
      tag: versionTemplate.default('clients/go/v{version}')
    })
  ),
  npm: section(
    z.strictObject({
      registry: registryUrl.default('https://registry.npmjs.org'),
      publisher: z.string().min(1),
      scope: z
        .string()
        .min(1)
        .transform((s) => s.replace(/^@/, '')),
      packages: z.array(z.string().min(1)).min(1),
      // npm provenance and the registry's signatures are required of every package; false turns npm-provenance off.
      provenance: z.boolean().default(true)
    })
  ),
  pypi: section(
    z.strictObject({
      index: registryUrl.default('https://pypi.org'),
      'rehearsal-index': registryUrl.optional(),
      // The GitHub environment of the trusted publisher, as PEP 740 writes `publisher.environment`.
      environment: z
        .string()
        .min(1)
        .max(255)
        .refine(
          (name) => name.trim() === name && !/[\u0000-\u001f]/.test(name),
          'must be a GitHub environment name (no surrounding spaces or control characters)'
        )
        .optional(),
      // PEP 740 attestations are required of every file; false turns pypi-provenance off.
      provenance: z.boolean().default(true),
      project: z.string().min(1),
      python: z.array(z.string().regex(/^[a-z]+\d+t?$/, 'must be an interpreter tag like cp312')).min(1),
      platforms: z.array(z.string().min(1)).min(1)
    })
  ),
  container: section(
    z.strictObject({
      image: z.string().min(1),
      platforms: z.array(z.string().regex(/^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/, 'must be os/arch[/variant]')).min(1),
      // Every tag the push made; `{version}`, `{major}`, `{minor}`, `{patch}` are filled per release.
      tags: z
        .array(
          z
            .string()
            .min(1)
            .refine((t) => /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/.test(t.replace(/\{(version|major|minor|patch)\}/g, '0')), {
              message: 'must be an OCI tag (letters, digits, _ . -; at most 128) with optional {version}, {major}, {minor}, {patch}'
            })
        )
        .min(1)
        .default(['{version}'])
    })
  ),
  helm: section(z.strictObject({ chart: z.string().min(1) })),
  goproxy: section(registryUrl),
  // Go's GOSUMDB syntax: `<name>+<hash>+<key>` or `<name>+<hash>+<key> <url>`; `false` skips the checksum database.
  gosumdb: z
    .union([
      z.literal(false),
      z
        .string()
        .min(1)
        .refine((s) => gosumdbProblem(s) === null, {
          message: 'must follow GOSUMDB syntax: <name>+<hash>+<key>, optionally followed by a space and the database URL'
        })
    ])
    .optional(),
  release: section(
    z.strictObject({
      checksum: relPath.default('SHA256SUMS'),
      sbom: z.string().min(1),
      provenance: z.string().min(1)
    })
  ),
  'supply-chain': section(
    z.strictObject({
      // The signer: this repository's workflow file, run for the release tag.
      workflow: relPath.refine((p) => /^\.github\/workflows\/[^/]+\.ya?ml$/.test(p), {
        message: 'must be a workflow file of this repository, e.g. .github/workflows/release.yml'
      }),
      // Sigstore trusted_root.json in the workspace; absent: Sigstore public-good through TUF.
      'trusted-root': relPath.optional(),
      scan: z.strictObject({
        report: relPath,
        severity: z.enum(['critical', 'high', 'medium', 'low']).default('high'),
        'ignore-unfixed': z.boolean().default(false)
      }),
      'image-attestations': z.boolean().default(true),
      // Reusable workflows trusted to run the signing step for the release workflow (the certificate SAN).
      'signer-workflows': z.array(signerWorkflow).max(50).default([]),
      // The OIDC issuer Fulcio writes into the certificate: a GitHub Enterprise Cloud tenant has its own.
      issuer: oidcIssuer.default('https://token.actions.githubusercontent.com')
    })
  ),
  // Optional: oci-push runs with the default hosts when the section is absent; `oci: false` turns it off.
  oci: z
    .union([
      z.literal(false),
      z.strictObject({
        // Registries the GitHub token may be sent to (host, or host:port), lower case as Docker compares them.
        'push-hosts': z
          .array(
            z
              .string()
              .min(1)
              .max(255)
              .regex(/^[a-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-f:]+\](:\d{1,5})?$/, 'must be a registry host such as ghcr.io (host or host:port, lower case)')
          )
          .max(20)
          .default(['ghcr.io'])
      })
    ])
    .default({ 'push-hosts': ['ghcr.io'] })
});

export type Config = z.infer<typeof configSchema>;

/**
 * Why a `gosumdb` value is not Go's GOSUMDB syntax, or null. The key itself
 * (`<name>+<hash>+<base64 key>`) is decoded and checked by the checksum-database
 * client; here only its shape and the URL's transport rule are checked.
 */
export function gosumdbProblem(value: string): string | null {
  const parts = value.trim().split(/\s+/);
  if (parts.length > 2) return 'too many fields';
  const [key, url] = parts as [string, string | undefined];
  if (!/^[^+\s]+\+[0-9a-f]{8}\+[A-Za-z0-9+/=]+$/.test(key)) return 'key is not <name>+<hash>+<key>';
  if (url !== undefined) {
    if (!URL.canParse(url)) return 'URL is not absolute';
    if (!isAllowedUrl(new URL(url))) return 'URL must be https:// (http:// only on loopback)';
  }
  return null;
}
export type SectionName = Exclude<keyof Config, 'tags'>;

type Issue = z.core.$ZodIssue;

/**
 * A union (a section or `false`; a versions entry with `key` or `pattern`) fails
 * as a whole; the branch that got furthest holds the reason worth showing, and
 * the `false` branch never does.
 */
function likeliestBranchIssue(issue: Extract<Issue, { code: 'invalid_union' }>): Issue | null {
  let best: Issue | null = null;
  let bestScore = -Infinity;
  for (const branch of issue.errors) {
    for (const sub of branch) {
      const isFalseBranch = sub.code === 'invalid_value' && sub.values.includes(false);
      const score = sub.path.length * 10 + (sub.code === 'custom' ? 5 : 0) - (isFalseBranch ? 1000 : 0);
      if (score > bestScore) {
        best = sub;
        bestScore = score;
      }
    }
  }
  return best;
}

function describeIssue(issue: Issue, prefix: PropertyKey[]): string {
  const path = [...prefix, ...issue.path];
  const where = path.length ? dottedPath(path) : '(top level)';
  if (issue.code === 'unrecognized_keys') {
    const dotted = path.length ? `${where}.` : '';
    const named = issue.keys.slice(0, MAX_KEYS_NAMED).map((k) => `"${dotted}${clip(k, 40)}"`);
    const more = issue.keys.length - named.length;
    return `unknown key ${named.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
  }
  if (issue.code === 'invalid_union') {
    const branch = likeliestBranchIssue(issue);
    return branch ? describeIssue(branch, path) : `${where}: not a valid value (see the config reference in the README)`;
  }
  return `${where}: ${issue.message}`;
}

/** Parses and validates config text; every problem names its key path. */
export function parseConfig(text: string, source: string): Config {
  const parsed = parseYamlBounded(text, { maxItems: MAX_CONFIG_ITEMS, maxAliasCount: 100 });
  if (!parsed.ok) throw new InputError(`config ${source} ${parsed.problem}`);
  const raw = parsed.data;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new InputError(`config ${source} must be a YAML mapping with at least a "tags" section`);
  }
  const result = configSchema.safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues.slice(0, 5).map((issue) => describeIssue(issue, []));
    throw new InputError(`config ${source} is invalid: ${problems.join('; ')}`);
  }
  return result.data;
}

/**
 * Reads the config from the workspace: confined to it by its real path (a
 * symlink out of the workspace is refused, so a config from elsewhere cannot
 * switch the gate's sections off), a regular file (a FIFO or device fails at
 * once instead of blocking), at most MAX_CONFIG_BYTES.
 */
export async function loadConfig(absPath: string, shown: string, workspace: string): Promise<Config> {
  let text: string;
  try {
    text = await readWorkspaceText(workspace, absPath, { maxBytes: MAX_CONFIG_BYTES, purpose: 'a config file', shown: `config file ${clip(shown)}` });
  } catch (error) {
    if (error instanceof WorkspaceFileError) {
      if (error.reason === 'missing') {
        throw new InputError(`config file ${clip(shown)} not found in the workspace; check out the repository first or set "config"`, { cause: error });
      }
      throw new InputError(error.message, { cause: error });
    }
    throw error;
  }
  return parseConfig(text, shown);
}
