/** GitHub's JSON answers checked against the fields the gates read, and turned into this client's values. */
import { z } from 'zod';
import { firstZodIssueParts } from '../../util/zod-issue.js';
import type { Release, WorkflowRun } from './api.js';
import { GitHubError } from './errors.js';

/** A string field of an answer, or a GitHubError saying the answer is malformed. */
export function requireString(value: unknown, what: string): string {
  if (typeof value !== 'string') throw new GitHubError(`GitHub answered ${what} without the expected fields (malformed response)`, null);
  return value;
}

/** Parses an answer with its schema, or fails naming the first field that is wrong. */
export function parseAnswer<T extends z.ZodType>(schema: T, raw: unknown, what: string): z.infer<T> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const { path, message = 'invalid' } = firstZodIssueParts(result.error, { pathMax: 60, messageMax: 80 });
  const where = path ? ` at ${path}` : '';
  throw new GitHubError(`GitHub answered ${what} with an unexpected shape${where}: ${message} (malformed response)`, null);
}

const count = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
const runSchema = z.looseObject({
  id: count,
  name: z.string().nullish(),
  head_sha: z.string(),
  head_branch: z.string().nullish(),
  event: z.string(),
  status: z.string().nullish(),
  conclusion: z.string().nullish(),
  run_attempt: count.optional(),
  html_url: z.string(),
  created_at: z.string().nullish()
});
export const runsPageSchema = z.looseObject({ total_count: count, workflow_runs: z.array(runSchema).max(1000) });

export function toRun(raw: z.infer<typeof runSchema>): WorkflowRun {
  return {
    id: raw.id,
    name: raw.name ?? null,
    headSha: raw.head_sha,
    headBranch: raw.head_branch ?? null,
    event: raw.event,
    status: raw.status ?? null,
    conclusion: raw.conclusion ?? null,
    runAttempt: raw.run_attempt ?? 1,
    htmlUrl: raw.html_url,
    createdAt: raw.created_at ?? ''
  };
}

// An asset's size bounds its download: it must be a byte count (a size of "abc" once disabled the cap).
const assetSchema = z.looseObject({
  id: count,
  name: z.string(),
  state: z.string().nullish(),
  size: count,
  content_type: z.string().nullish(),
  digest: z.string().nullish(),
  browser_download_url: z.string().nullish()
});
const releaseSchema = z.looseObject({
  id: count,
  tag_name: z.string(),
  name: z.string().nullish(),
  draft: z.boolean().nullish(),
  prerelease: z.boolean().nullish(),
  html_url: z.string(),
  target_commitish: z.string().nullish(),
  assets: z.array(assetSchema).max(10_000)
});

export function toRelease(raw: unknown): Release {
  const release = parseAnswer(releaseSchema, raw, 'the release');
  return {
    id: release.id,
    tagName: release.tag_name,
    name: release.name ?? null,
    draft: release.draft === true,
    prerelease: release.prerelease === true,
    htmlUrl: release.html_url,
    targetCommitish: release.target_commitish ?? '',
    assets: release.assets.map((a) => ({
      id: a.id,
      name: a.name,
      state: a.state ?? '',
      size: a.size,
      contentType: a.content_type ?? '',
      digest: a.digest ?? null,
      browserDownloadUrl: a.browser_download_url ?? ''
    }))
  };
}

// The bundle itself is checked by the Sigstore verifier; here only what locates it.
const attestationSchema = z.looseObject({
  bundle: z.record(z.string(), z.unknown()).nullish(),
  bundle_url: z.string().nullish(),
  repository_id: z.number().nullish()
});
export const attestationsPageSchema = z.looseObject({ attestations: z.array(attestationSchema).max(1000) });
