import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { clip, messageOf } from '../../util/text.js';
import { defineCheck, fail, pass, type CheckOutcome, type DetailTable, type GateContext } from '../../gate.js';
import { MAX_CHECKSUM_FILE_BYTES, byName, checksumNameProblem, formatChecksumFile, parseChecksumFile } from '../../formats/checksum-file.js';
import { sha256File } from '../../util/hash.js';
import { summarizeProblems } from '../../util/problems.js';
import { WorkspaceFileError, readRegularFile, resolveInside } from '../../util/workspace-file.js';
import { DistError, listDistFiles, shownDist } from '../shared/dist-files.js';

interface Hashed {
  name: string;
  hex: string;
  size: number;
}

/** Why the configured checksum file name is not a plain file name in dist, or null. */
export function checksumFileNameProblem(name: string): string | null {
  if (name === '.' || name === '..' || name.includes('/') || name.includes('\\') || name.startsWith('.')) {
    return `release.checksum "${clip(name)}" must be a plain file name in dist (like SHA256SUMS), not a path or a dot file`;
  }
  return checksumNameProblem(name);
}

async function hashAll(dir: string, names: readonly string[]): Promise<Hashed[]> {
  const out: Hashed[] = [];
  // One file at a time: hashing is disk-bound, and memory stays at one read buffer.
  for (const name of names) out.push({ name, ...(await sha256File(path.join(dir, name))) });
  return out;
}

function hashTable(hashed: readonly Hashed[], title: string): DetailTable {
  return { title, columns: ['file', 'sha256', 'bytes'], rows: [...hashed].sort(byName).map((h) => [h.name, h.hex, String(h.size)]) };
}

/** Writes the checksum file beside the release files; a rename makes it appear whole or not at all. */
async function writeChecksumFile(dir: string, name: string, hashed: readonly Hashed[]): Promise<void> {
  // A dot file is not a release file, so the half-written temp file is never taken for one.
  const temp = path.join(dir, `.${name}.${process.pid}.tmp`);
  try {
    await fs.writeFile(temp, formatChecksumFile(hashed), { flag: 'wx' });
    await fs.rename(temp, path.join(dir, name));
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
}

/** Reads the checksum file confined to the workspace, as a regular file of at most MAX_CHECKSUM_FILE_BYTES. */
async function readChecksumFile(workspace: string, file: string, shown: string): Promise<string> {
  try {
    const real = await resolveInside(workspace, file, shown);
    return (await readRegularFile(real, shown, MAX_CHECKSUM_FILE_BYTES, 'a checksum file')).toString('utf8');
  } catch (error) {
    if (error instanceof WorkspaceFileError) throw new DistError(error.message, { cause: error });
    throw error;
  }
}

async function checkChecksums(ctx: GateContext, checksumName: string): Promise<CheckOutcome> {
  const nameProblem = checksumFileNameProblem(checksumName);
  if (nameProblem) return fail(nameProblem);
  const dir = ctx.settings.distDir;
  const shown = `${shownDist(ctx)}/${checksumName}`;
  const files = await listDistFiles(ctx);
  const releaseFiles = files.filter((f) => f !== checksumName);
  if (releaseFiles.length === 0) return fail(`${shownDist(ctx)} holds no release files to checksum; download the build artifacts into it first`);
  const badNames = releaseFiles.map(checksumNameProblem).filter((p): p is string => p !== null);
  if (badNames.length > 0) return fail(summarizeProblems(badNames, 'file name'), { details: badNames });

  const exists = files.includes(checksumName);
  let listed: Map<string, string> | null = null;
  if (exists) {
    let text: string;
    try {
      text = await readChecksumFile(ctx.settings.workspace, path.join(dir, checksumName), shown);
    } catch (error) {
      return fail(error instanceof DistError ? error.message : `${shown} cannot be read: ${clip(messageOf(error), 120)}`);
    }
    const parsed = parseChecksumFile(text, shown);
    if (!parsed.ok) return fail(`${parsed.problem}; delete it to have this gate write it, or regenerate it with sha256sum`);
    listed = new Map(parsed.entries.map((e) => [e.name, e.hex]));
  }

  const hashed = await hashAll(dir, releaseFiles);
  const outputs = { checksums: path.join(dir, checksumName) };
  if (listed === null) {
    try {
      await writeChecksumFile(dir, checksumName, hashed);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return fail(`${shown} cannot be written (${code ?? clip(messageOf(error), 120)}); make ${shownDist(ctx)} writable for the job`);
    }
    return pass(`wrote ${shown} over ${hashed.length} release files`, { table: hashTable(hashed, `${checksumName} (written)`), outputs });
  }

  const problems: string[] = [];
  for (const h of hashed) {
    const want = listed.get(h.name);
    if (want === undefined) problems.push(`${h.name} is in ${shownDist(ctx)} but not listed in ${shown}`);
    else if (want !== h.hex) problems.push(`${h.name} does not match ${shown}: the file hashes to ${h.hex}, the list says ${want}`);
  }
  const present = new Set(releaseFiles);
  for (const name of listed.keys()) {
    if (!present.has(name)) problems.push(`${shown} lists ${clip(name)}, which is not in ${shownDist(ctx)}`);
  }
  if (problems.length > 0) {
    const fix = `re-download the files, or delete ${shown} to have it written afresh`;
    return fail(`${summarizeProblems(problems, 'checksum')}; ${fix}`, { details: problems, table: hashTable(hashed, `${checksumName} (verified)`) });
  }
  return pass(`${shown} matches all ${hashed.length} release files`, { table: hashTable(hashed, `${checksumName} (verified)`), outputs });
}

export const checksums = defineCheck({
  id: 'checksums',
  sections: ['release'],
  run: (ctx, { release }) => checkChecksums(ctx, release.checksum)
});
