import { mkdtemp, rm } from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { zipHash } from '../../clients/go/dirhash.js';
import type { GoModuleInfo, GoProxyApi } from '../../clients/go/proxy.js';
import type { GoSumdbApi } from '../../clients/go/sumdb.js';
import { goModHash } from '../../formats/dirhash.js';
import { DEFAULT_GOSUMDB, openNote, parseTree, proveInclusion, recordHashes, type SumdbRecord } from '../../formats/sumdb.js';
import { clip, messageOf } from '../../util/text.js';
import { CheckFailed, defineCheck, fail, pass, withVersion, type CheckOutcome, type GateContext, type SectionValue } from '../../gate.js';
import { poll, waitAdvice, waitNote, type PollResult, pollHost } from '../../util/poll.js';
import { readGoModule } from '../shared/go-module.js';

const ID = 'go-resolves';

/** What the proxy serves for the version, once all three files are there. */
interface ProxyFiles {
  info: GoModuleInfo;
  mod: Buffer;
  zip: { file: string; size: number };
}

/** Asks the proxy for `.info`, `.mod` and `.zip` until it serves all three (404/410 is "not yet"); a file once served is not asked again. */
function awaitProxy(ctx: GateContext, proxy: GoProxyApi, module: string, version: string, zipFile: string): Promise<PollResult<ProxyFiles | null>> {
  const what = `${ID}: ${module}@${version} on ${proxy.base}`;
  let info: GoModuleInfo | null = null;
  let mod: Buffer | null = null;
  return poll(ctx, what, pollHost(proxy.base), async () => {
    info ??= await proxy.info(module, version);
    if (info === null) return { done: false, seen: 'the proxy does not serve its .info yet (404/410)', value: null };
    mod ??= await proxy.mod(module, version);
    if (mod === null) return { done: false, seen: 'the proxy serves .info but not .mod yet (404/410)', value: null };
    const zip = await proxy.downloadZip(module, version, zipFile);
    if (zip === null) return { done: false, seen: 'the proxy serves .info and .mod but not .zip yet (404/410)', value: null };
    return { done: true, value: { info, mod, zip: { file: zipFile, size: zip.size } } };
  });
}

/** Asks the checksum database for the record until it has one (404/410 is "not yet"). */
function awaitRecord(ctx: GateContext, sumdb: GoSumdbApi, module: string, version: string): Promise<PollResult<SumdbRecord | null>> {
  return poll(ctx, `${ID}: ${module}@${version} in ${sumdb.db.name}`, pollHost(sumdb.db.url), async () => {
    const record = await sumdb.lookup(module, version);
    return record === null ? { done: false, seen: 'the checksum database has no record of it yet (404/410)', value: null } : { done: true, value: record };
  });
}

/** The checksum-database part: signed note, inclusion from tiles, then the two h1 hashes. Details, or CheckFailed. */
async function checkSumdb(
  ctx: GateContext,
  spec: string,
  module: string,
  version: string,
  hashes: { zip: string; mod: string }
): Promise<{ details: string[]; notes: string[] }> {
  let sumdb: GoSumdbApi;
  try {
    sumdb = ctx.clients.gosumdb(spec);
  } catch (error) {
    throw new CheckFailed(`gosumdb cannot be used: ${messageOf(error)}`);
  }
  const { name, url } = sumdb.db;
  const waited = await awaitRecord(ctx, sumdb, module, version);
  const record = waited.value;
  if (!waited.done || record === null) {
    throw new CheckFailed(
      `${module}@${version} has no record in the checksum database ${name} at ${url} (seen: ${waited.lastSeen ?? 'nothing'})${waitAdvice(ctx.wait, waited, '', 'the database to record it')}`
    );
  }
  const where = `the checksum database ${name}`;
  let tree;
  try {
    tree = parseTree(openNote(record.note, sumdb.db));
  } catch (error) {
    throw new CheckFailed(`${where} answered a tree note that does not verify: ${messageOf(error)}`);
  }
  let proof;
  try {
    proof = await proveInclusion(sumdb, tree, record.id, record.text);
  } catch (error) {
    throw new CheckFailed(`${where}: ${messageOf(error)}`);
  }
  const recorded = recordHashes(record.text, module, version);
  const mismatches: string[] = [];
  if (recorded.zip !== hashes.zip) mismatches.push(`the zip's is ${recorded.zip ?? 'missing'} in the database but ${hashes.zip} from the proxy's .zip`);
  if (recorded.mod !== hashes.mod) mismatches.push(`the go.mod's is ${recorded.mod ?? 'missing'} in the database but ${hashes.mod} from the proxy's .mod`);
  if (mismatches.length > 0) {
    throw new CheckFailed(
      `${where} records other h1 hashes for ${module}@${version} than the proxy serves (${mismatches.join('; ')}); go would refuse the download with a SECURITY ERROR`
    );
  }
  return {
    details: [
      `${where} at ${url}: record ${record.id} holds both h1 hashes`,
      `the tree note (size ${tree.size}) is signed by ${name}+${sumdb.db.keyHash.toString(16).padStart(8, '0')}, and the signature verifies`,
      `record ${record.id}'s inclusion in that tree is proven from ${proof.tiles} tile(s)`
    ],
    notes: waitNote(waited).map((n) => `checksum database: ${n}`)
  };
}

async function checkResolves(ctx: GateContext, go: SectionValue<'go'>, proxyUrl: string, version: string): Promise<CheckOutcome> {
  const goVersion = `v${version}`;
  const sha = ctx.settings.sha;
  const { module, text: goModText, file } = await readGoModule(ctx, go.dir);
  const subject = `${module}@${goVersion}`;
  const proxy = ctx.clients.goproxy(proxyUrl);
  const temp = await mkdtemp(path.join(ctx.settings.runnerTemp || os.tmpdir(), 'go-resolves-'));
  try {
    let waited;
    try {
      waited = await awaitProxy(ctx, proxy, module, goVersion, path.join(temp, 'module.zip'));
    } catch (error) {
      return fail(`${subject} cannot be read from the Go module proxy: ${messageOf(error)}`);
    }
    const found = waited.value;
    if (!waited.done || found === null) {
      return fail(
        `${subject} is not on the Go module proxy ${proxy.base} (seen: ${waited.lastSeen ?? 'nothing'})${waitAdvice(ctx.wait, waited, `push the tag ${go.tag.replace('{version}', version)}`, 'the proxy to catch up')}`
      );
    }
    const notes = waitNote(waited).map((n) => `proxy: ${n}`);
    if (found.info.Version !== goVersion) {
      return fail(`the Go module proxy's .info for ${subject} names version ${clip(found.info.Version, 80)}, not ${goVersion}`, { details: notes });
    }
    const origin = found.info.Origin?.Hash;
    if (origin !== undefined && origin !== sha) {
      return fail(
        `the Go module proxy resolved ${subject} to commit ${clip(origin, 64)}, not the release commit ${sha}; the Go tag ${go.tag.replace('{version}', version)} points at another commit, or was moved after the proxy fetched it (the proxy keeps the first: release a new version)`,
        {
          details: notes
        }
      );
    }
    if (found.mod.toString('utf8') !== goModText) {
      return fail(
        `the Go module proxy's .mod for ${subject} differs from ${file} at the release commit ${sha.slice(0, 12)}; the proxy holds another commit's go.mod`,
        { details: notes }
      );
    }
    let zip;
    try {
      zip = await zipHash(found.zip.file);
    } catch (error) {
      return fail(`the Go module proxy's .zip for ${subject} ${messageOf(error)}`, { details: notes });
    }
    const hashes = { zip: zip.h1, mod: goModHash(found.mod) };
    const details = [
      `module ${module}, as ${file} at ${sha.slice(0, 12)} declares it`,
      `${proxy.base}: .info has ${goVersion}, ${origin === undefined ? 'and records no Origin.Hash (not checked)' : `Origin.Hash ${sha}`}`,
      `.mod is identical to ${file} at the release commit (${found.mod.length} bytes, ${hashes.mod})`,
      `.zip: ${found.zip.size} bytes, ${zip.files} files, ${hashes.zip}`
    ];
    const spec = ctx.config.gosumdb;
    if (spec === false) {
      return pass(`${subject} resolves on ${proxy.base} at the release commit (checksum database not checked: gosumdb: false)`, {
        details: [...details, 'checksum database: turned off in config ("gosumdb: false")', ...notes]
      });
    }
    let db;
    try {
      db = await checkSumdb(ctx, spec ?? DEFAULT_GOSUMDB, module, goVersion, hashes);
    } catch (error) {
      // The proxy part passed: keep what was checked there next to the database's failure.
      if (error instanceof CheckFailed) return fail(error.message, { details: [...details, ...notes] });
      throw error;
    }
    return pass(`${subject} resolves on ${proxy.base} at the release commit, and the checksum database's signed, included record matches its .mod and .zip`, {
      details: [...details, ...db.details, ...notes, ...db.notes]
    });
  } catch (error) {
    if (error instanceof CheckFailed) return fail(error.message);
    return fail(`${subject} could not be checked: ${messageOf(error)}`);
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}

/**
 * `go-resolves`: the Go module proxy resolves the module at `v{version}` to the release commit
 * (`.info` version and Origin.Hash, `.mod` identical to go.mod at `sha`, `.zip` hashed as Go
 * hashes it), and unless `gosumdb: false` the checksum database holds the same `h1:` hashes in a
 * record whose inclusion in a tree signed by the configured key is proven — what `go get` checks.
 */
export const goResolves = defineCheck({
  id: ID,
  sections: ['go', 'goproxy'],
  releaseOnly: 'go-resolves (no Go module tag is pushed for a rehearsal)',
  run: (ctx, { go, goproxy: proxyUrl }) =>
    withVersion(ctx, (version) =>
      checkResolves(ctx, go, proxyUrl, version).catch((error: unknown) => {
        if (error instanceof CheckFailed) return fail(error.message);
        throw error;
      })
    )
});
