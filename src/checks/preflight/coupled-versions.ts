import { clip } from '../../util/text.js';
import { defineCheck, fail, pass, withVersion, type GateContext } from '../../gate.js';
import { manifestFormat, parseManifest, readDottedKey, readPattern } from '../../formats/manifest.js';
import { isPythonFile, pep440Matches, semverMatches, semverToPep440 } from '../../version.js';
import { readWorkspaceFileOnce, workspaceCommit, type FileRead } from '../shared/workspace-reads.js';

type VersionEntry = { file: string; key: string } | { file: string; pattern: string };

interface Row {
  file: string;
  where: string;
  found: string;
  verdict: string;
  /** Set when this entry fails: the sentence that says why. */
  problem: string | null;
}

const COLUMNS = ['file', 'key/pattern', 'version found', 'verdict'];

/** What the file must say: Python files are read as PEP 440, everything else as SemVer. */
function expected(file: string, version: string): string {
  if (!isPythonFile(file)) return version;
  return semverToPep440(version) ?? `${version} (no PEP 440 equivalent)`;
}

/** Reads one entry's version and judges it; never throws, so every entry gets its row. */
async function checkEntry(entry: VersionEntry, version: string, read: (file: string) => Promise<FileRead>): Promise<Row> {
  const where = 'key' in entry ? `key ${entry.key}` : `pattern ${entry.pattern}`;
  const base = { file: entry.file, where };
  /** `problem` is a full sentence that already names the file. */
  const error = (problem: string): Row => ({ ...base, found: '—', verdict: 'error', problem });

  const content = await read(entry.file);
  if (!content.ok) return error(content.problem);

  let value: string;
  if ('key' in entry) {
    const format = manifestFormat(entry.file);
    if (format === null) return error(`${entry.file}: "key" reads .toml, .json, .yaml and .yml files only; use "pattern" for this file`);
    const parsed = parseManifest(content.text, format);
    if (!parsed.ok) return error(`${entry.file}: ${parsed.problem}`);
    const lookup = readDottedKey(parsed.data, entry.key);
    if (!lookup.ok) return error(`${entry.file}: ${lookup.problem}`);
    value = lookup.value;
  } else {
    const lookup = readPattern(content.text, entry.pattern);
    if (!lookup.ok) return error(`${entry.file}: ${lookup.problem} (${clip(entry.pattern, 60)})`);
    value = lookup.value;
  }

  // Registries and tools do not agree on trimming (" 1.2.3 " is 1.2.3 to semver, an invalid version to npm publish), so a version is exact.
  if (value !== value.trim() || value === '') {
    return {
      ...base,
      found: clip(JSON.stringify(value), 80),
      verdict: 'mismatch',
      problem: `${entry.file} (${where}) has ${clip(JSON.stringify(value), 60)}, with whitespace around the version; write it as ${expected(entry.file, version)} exactly`
    };
  }

  const found = clip(value, 80);
  const python = isPythonFile(entry.file);
  if (python ? pep440Matches(value, version) : semverMatches(value, version)) {
    return { ...base, found, verdict: 'ok', problem: null };
  }
  const scheme = python ? 'PEP 440' : 'SemVer';
  // The same version with a v in front is the likeliest slip: say so, since Helm and npm would publish that spelling.
  const prefixed = !python && /^\s*[v=]/.test(value) && semverMatches(value.trim().slice(1), version);
  const hint = prefixed ? `; write it without the "${value.trim()[0]}" (registries publish the spelling as written)` : '';
  return {
    ...base,
    found,
    verdict: 'mismatch',
    problem: `${entry.file} (${where}) has ${clip(value, 60)}, expected ${expected(entry.file, version)} (${scheme})${hint}`
  };
}

/**
 * `coupled-versions`: every `versions` entry carries the tag's version. The
 * table lists every file, key and version found, so a drift is visible at once.
 */
export const coupledVersions = defineCheck({
  id: 'coupled-versions',
  sections: ['versions'],
  run(ctx: GateContext, { versions: entries }) {
    return withVersion(ctx, async (version) => {
      const head = await workspaceCommit(ctx);
      if (head.problem) return fail(head.problem);

      // Several entries may read one file (Chart.yaml: version and appVersion); read it once.
      const read = (file: string): Promise<FileRead> => readWorkspaceFileOnce(ctx, file);
      const rows = await Promise.all(entries.map((entry) => checkEntry(entry, version, read)));

      const table = {
        columns: COLUMNS,
        rows: rows.map((r) => [r.file, r.where, r.found, r.verdict])
      };
      // Two entries of one missing file would say the same thing twice.
      const problems = [...new Set(rows.flatMap((r) => (r.problem === null ? [] : [r.problem])))];
      const notes =
        head.notGit && !head.workingTree ? ['the workspace is not a git checkout, so the files cannot be tied to the commit; they were read as they are'] : [];
      if (problems.length === 0) {
        return pass(`all ${rows.length} coupled versions are ${version}`, { table, details: notes });
      }
      const failed = rows.filter((r) => r.problem !== null);
      // Entries are counted, so they are listed one by one too: a file with two entries (Chart.yaml version and appVersion) is named with each key.
      const entriesOf = new Map<string, number>();
      for (const r of rows) entriesOf.set(r.file, (entriesOf.get(r.file) ?? 0) + 1);
      const shownEntry = (r: Row) => (entriesOf.get(r.file)! > 1 ? `${clip(r.file, 60)} (${clip(r.where.replace(/^key /, ''), 60)})` : clip(r.file, 60));
      const summary =
        failed.length === 1 ? problems[0]! : `${failed.length} of ${rows.length} coupled versions are not ${version}: ${failed.map(shownEntry).join(', ')}`;
      return fail(summary, { table, details: [...problems, ...notes] });
    });
  }
});
