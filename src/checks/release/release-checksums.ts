import { clip, messageOf } from '../../util/text.js';
import { defineCheck, fail, pass, type CheckOutcome, type GateContext } from '../../gate.js';
import type { ReleaseAsset } from '../../clients/github/index.js';
import { MAX_CHECKSUM_FILE_BYTES, looksLikeHtml, parseChecksumFile } from '../../formats/checksum-file.js';
import { sha256Bytes, sha256Stream } from '../../util/hash.js';
import { mapLimit } from '../../util/map-limit.js';
import { summarizeProblems } from '../../util/problems.js';
import { lookupRelease } from './shared.js';

/** Downloads in flight at once when assets have no GitHub digest. */
const DOWNLOADS_AT_ONCE = 3;

/** The hex of a GitHub asset digest (`sha256:<hex>`), or null when it is absent or another algorithm. */
export function sha256OfDigest(digest: string | null): string | null {
  const m = digest === null ? null : /^sha256:([0-9a-f]{64})$/i.exec(digest);
  return m ? m[1]!.toLowerCase() : null;
}

async function downloadText(ctx: GateContext, asset: ReleaseAsset): Promise<Buffer> {
  const body = await ctx.clients.github.downloadReleaseAsset(asset.id, MAX_CHECKSUM_FILE_BYTES);
  const chunks: Uint8Array[] = [];
  for await (const chunk of body) chunks.push(chunk);
  return Buffer.concat(chunks);
}

interface AssetVerdict {
  asset: string;
  listed: string;
  via: string;
  problem: string | null;
}

/** Compares one asset with its checksum line, by GitHub's digest or, without one, by downloading and hashing it. */
async function verifyAsset(ctx: GateContext, asset: ReleaseAsset, listed: string, checksumName: string): Promise<AssetVerdict> {
  const fromDigest = sha256OfDigest(asset.digest);
  if (fromDigest !== null) {
    return {
      asset: asset.name,
      listed,
      via: 'GitHub digest',
      problem:
        fromDigest === listed
          ? null
          : `asset ${asset.name} has GitHub digest sha256:${fromDigest}, but ${checksumName} lists ${listed}; the asset was replaced or the checksum file is stale — rebuild and re-upload both`
    };
  }
  // No usable digest (older assets have none): fetch the bytes and hash them as they stream.
  try {
    const body = await ctx.clients.github.downloadReleaseAsset(asset.id, Math.max(asset.size, 0));
    const { hex, size } = await sha256Stream(body);
    const sizeNote = size === asset.size ? '' : ` (${size} bytes downloaded, GitHub lists ${asset.size})`;
    return {
      asset: asset.name,
      listed,
      via: 'downloaded and hashed',
      problem:
        hex === listed
          ? null
          : `asset ${asset.name} hashes to ${hex}${sizeNote}, but ${checksumName} lists ${listed}; re-upload the asset built with this release`
    };
  } catch (error) {
    return {
      asset: asset.name,
      listed,
      via: 'download failed',
      problem: `asset ${asset.name} could not be downloaded to hash it: ${clip(messageOf(error), 200)}`
    };
  }
}

async function checkReleaseChecksums(ctx: GateContext, checksumName: string): Promise<CheckOutcome> {
  const release = await lookupRelease(ctx);
  if (release === null) return fail(`no published GitHub release for tag ${clip(ctx.release.tag)} whose checksums could be checked (see release-exists)`);
  const links = [release.htmlUrl];
  const checksumAsset = release.assets.find((a) => a.name === checksumName);
  if (!checksumAsset)
    return fail(`the release has no ${checksumName} asset to check the others against; upload dist/${checksumName} (the artifacts gate writes it)`, { links });

  let bytes: Buffer;
  try {
    bytes = await downloadText(ctx, checksumAsset);
  } catch (error) {
    return fail(`the ${checksumName} asset could not be downloaded: ${clip(messageOf(error), 200)}`, { links });
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail(`the ${checksumName} asset is not text (not UTF-8); upload the sha256sum file the artifacts gate wrote`, { links });
  }
  if (looksLikeHtml(text)) {
    return fail(
      `the ${checksumName} asset was served as an HTML page, not a checksum list (an error page in its place); re-run, and if it persists delete and re-upload ${checksumName}`,
      { links }
    );
  }
  const ownDigest = sha256OfDigest(checksumAsset.digest);
  if (ownDigest !== null && ownDigest !== sha256Bytes(bytes)) {
    return fail(
      `the downloaded ${checksumName} does not match the digest GitHub reports for it (sha256:${ownDigest}); the download was altered in transit — re-run`,
      { links }
    );
  }
  const parsed = parseChecksumFile(text, `the ${checksumName} asset`);
  if (!parsed.ok) return fail(`${parsed.problem}; upload the sha256sum file the artifacts gate wrote`, { links });
  const listed = new Map(parsed.entries.map((e) => [e.name, e.hex]));

  const problems: string[] = [];
  const others = release.assets.filter((a) => a !== checksumAsset);
  if (others.length === 0) return fail(`the release carries only ${checksumName}; upload the release files it lists`, { links });
  const toVerify: Array<{ asset: ReleaseAsset; listed: string }> = [];
  for (const asset of others) {
    const hex = listed.get(asset.name);
    if (hex === undefined)
      problems.push(`asset ${asset.name} is not listed in ${checksumName}; regenerate ${checksumName} over every release file and re-upload it`);
    else toVerify.push({ asset, listed: hex });
  }
  const assetNames = new Set(others.map((a) => a.name));
  for (const name of listed.keys()) {
    if (!assetNames.has(name)) problems.push(`${checksumName} lists ${clip(name)}, which is not an asset of the release; upload it`);
  }
  const verdicts = await mapLimit(toVerify, DOWNLOADS_AT_ONCE, ({ asset, listed: hex }) => verifyAsset(ctx, asset, hex, checksumName));
  problems.push(...verdicts.flatMap((v) => (v.problem ? [v.problem] : [])));

  const table = {
    title: `release assets against ${checksumName}`,
    columns: ['asset', 'sha256 listed', 'checked by', 'result'],
    rows: verdicts.map((v) => [v.asset, v.listed, v.via, v.problem ? 'mismatch' : 'match']),
    failing: verdicts.flatMap((v, i) => (v.problem ? [i] : []))
  };
  if (problems.length > 0) return fail(summarizeProblems(problems, 'checksum'), { details: problems, table, links });
  const downloaded = verdicts.filter((v) => v.via !== 'GitHub digest').length;
  return pass(`all ${verdicts.length} assets match ${checksumName} (${verdicts.length - downloaded} by GitHub digest, ${downloaded} downloaded and hashed)`, {
    table,
    links
  });
}

export const releaseChecksums = defineCheck({
  id: 'release-checksums',
  sections: ['release'],
  run: (ctx, { release }) => checkReleaseChecksums(ctx, release.checksum)
});
