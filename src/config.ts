import * as fs from 'node:fs/promises';
import { z } from 'zod';
import { parse as parseYaml } from 'yaml';
import { InputError, clip, messageOf } from './errors.js';

import { isAllowedUrl } from './util/loopback.js';

/** A registry base URL: https, or http on a loopback address only. */
const registryUrl = z
  .string()
  .refine((s) => URL.canParse(s), { message: 'must be an absolute URL' })
  .refine(
    (s) => isAllowedUrl(new URL(s)),
    { message: 'must use https:// (http:// is allowed only on a loopback address)' }
  )
  .transform((s) => s.replace(/\/+$/, ''));

const versionTemplate = z
  .string()
  .refine((s) => s.split('{version}').length === 2, { message: 'must contain {version} exactly once' });

const relPath = z.string().min(1);

const versionEntry = z.union([
  z.strictObject({ file: relPath, key: z.string().min(1) }),
  z.strictObject({
    file: relPath,
    pattern: z.string().refine(
      (p) => {
        try {
          // One capture group exactly: the version.
          return new RegExp(`${p}|`).exec('')!.length === 2;
        } catch {
          return false;
        }
      },
      { message: 'must be a valid regular expression with exactly one capture group' }
    )
  })
]);

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
      packages: z.array(z.string().min(1)).min(1)
    })
  ),
  pypi: section(
    z.strictObject({
      index: registryUrl.default('https://pypi.org'),
      'rehearsal-index': registryUrl.optional(),
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
        .refine((s) => gosumdbProblem(s) === null, { message: 'must follow GOSUMDB syntax: <name>+<hash>+<key>, optionally followed by a space and the database URL' })
    ])
    .optional(),
  release: section(
    z.strictObject({
      checksum: relPath.default('SHA256SUMS'),
      sbom: z.string().min(1),
      provenance: z.string().min(1)
    })
  )
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
  const where = path.length ? path.map(String).join('.') : '(top level)';
  if (issue.code === 'unrecognized_keys') {
    const dotted = path.length ? `${where}.` : '';
    return `unknown key ${issue.keys.map((k) => `"${dotted}${clip(k, 40)}"`).join(', ')}`;
  }
  if (issue.code === 'invalid_union') {
    const branch = likeliestBranchIssue(issue);
    return branch ? describeIssue(branch, path) : `${where}: not a valid value (see the config reference in the README)`;
  }
  return `${where}: ${issue.message}`;
}

/** Parses and validates config text; every problem names its key path. */
export function parseConfig(text: string, source: string): Config {
  let raw: unknown;
  try {
    raw = parseYaml(text, { prettyErrors: false, maxAliasCount: 100 });
  } catch (error) {
    throw new InputError(`config ${source} is not valid YAML: ${clip(messageOf(error), 200)}`);
  }
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

export async function loadConfig(absPath: string, shown: string): Promise<Config> {
  let text: string;
  try {
    text = await fs.readFile(absPath, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new InputError(`config file ${shown} not found in the workspace; check out the repository first or set "config"`);
    }
    throw new InputError(`config file ${shown} cannot be read: ${code ?? messageOf(error)}`);
  }
  return parseConfig(text, shown);
}

/** Fills `{version}`, `{owner}` and `{repo}` in a template. */
export function fillTemplate(
  template: string,
  values: { version?: string; owner: string; repo: string },
  lowerCase = false
): string {
  const owner = lowerCase ? values.owner.toLowerCase() : values.owner;
  const repo = lowerCase ? values.repo.toLowerCase() : values.repo;
  return template
    .replaceAll('{owner}', owner)
    .replaceAll('{repo}', repo)
    .replaceAll('{version}', values.version ?? '{version}');
}
