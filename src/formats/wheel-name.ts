import { clip } from '../util/text.js';
import { canonicalizeName, formatPep440, parsePep440 } from '../version.js';

/**
 * Wheel and sdist file names, per the binary distribution format spec
 * (`{name}-{version}(-{build})?-{python}-{abi}-{platform}.whl`, each tag part a
 * dot-separated compressed tag set) and PEP 625 (`{name}-{version}.tar.gz`).
 * Pure functions over names: no file is opened here.
 */
export interface WheelName {
  file: string;
  /** The distribution name as written in the file name. */
  name: string;
  /** PEP 503 form of `name`, for comparison. */
  canonicalName: string;
  /** The version as written. */
  version: string;
  build: string | null;
  pythonTags: string[];
  abiTags: string[];
  platformTags: string[];
}

export type WheelNameParse = { ok: true; wheel: WheelName } | { ok: false; problem: string };

/** The name as PEP 625 (and the wheel spec) write it in a file name: separators become `_`, lower case. */
export function fileNameForm(name: string): string {
  return name.replace(/[-_.]+/g, '_').toLowerCase();
}

/** Memo for small, repetitive domains (versions and tags recur across a matrix); cleared when full so it stays bounded. */
function memoized<T>(fn: (key: string) => T, max = 1024): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    if (cache.has(key)) return cache.get(key)!;
    if (cache.size >= max) cache.clear();
    const value = fn(key);
    cache.set(key, value);
    return value;
  };
}

/** A PEP 440 version in a form where equal meaning means equal text, or null when it is not PEP 440. */
export const pep440Key: (version: string) => string | null = memoized((version) => {
  const parsed = parsePep440(version);
  return parsed ? formatPep440(parsed, 1) : null;
});

/** The one sdist file name PEP 625 allows for a project and (PEP 440) version. */
export function sdistFileName(project: string, pep440Version: string): string {
  return `${fileNameForm(project)}-${pep440Version}.tar.gz`;
}

/** An sdist file name read back: the name and version as written, and the archive format. */
export interface SdistName {
  file: string;
  name: string;
  canonicalName: string;
  version: string;
  /** PEP 625 allows only `.tar.gz`; PyPI still serves the `.zip` sdists older uploads had (PEP 527 allowed them). */
  format: 'tar.gz' | 'zip';
}

export type SdistNameParse = { ok: true; sdist: SdistName } | { ok: false; problem: string };

/**
 * Parses an sdist file name as pip's `parse_sdist_filename` does (packaging.utils): the
 * extension `.tar.gz` or `.zip`, then the name and version split at the LAST dash, since legacy
 * names such as `python-dateutil-2.8.2.tar.gz` keep their dashes while versions have none.
 */
export function parseSdistName(file: string): SdistNameParse {
  const format = file.endsWith('.tar.gz') ? 'tar.gz' : file.endsWith('.zip') ? 'zip' : null;
  if (format === null) return { ok: false, problem: `${clip(file)} is not an sdist file name (it ends neither in .tar.gz nor in .zip)` };
  const stem = file.slice(0, -(format.length + 1));
  const dash = stem.lastIndexOf('-');
  if (dash <= 0) return { ok: false, problem: `${clip(file)} is not an sdist file name ({name}-{version}.tar.gz has no dash before the version)` };
  const name = stem.slice(0, dash);
  const version = stem.slice(dash + 1);
  if (!/^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/.test(name))
    return { ok: false, problem: `${clip(file)}: "${clip(name)}" is not a valid distribution name` };
  if (pep440Key(version) === null) return { ok: false, problem: `${clip(file)}: version "${clip(version)}" is not PEP 440` };
  return { ok: true, sdist: { file, name, canonicalName: canonicalizeName(name), version, format } };
}

const DIST_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9._]*[A-Za-z0-9])?$/;
const TAG = /^[A-Za-z0-9_]+$/;
const BUILD_TAG = /^\d[A-Za-z0-9_.]*$/;

function tagSet(part: string, what: string, file: string): string[] | string {
  const tags = part.split('.');
  if (tags.some((t) => !TAG.test(t))) return `${clip(file)}: ${what} tag "${clip(part, 60)}" is not a dot-separated set of tags`;
  return tags;
}

/** Parses a wheel file name; the problem names the file and what is wrong. */
export function parseWheelName(file: string): WheelNameParse {
  if (!file.endsWith('.whl')) return { ok: false, problem: `${clip(file)} does not end in .whl` };
  const parts = file.slice(0, -'.whl'.length).split('-');
  if (parts.length !== 5 && parts.length !== 6) {
    return {
      ok: false,
      problem: `${clip(file)} is not a wheel file name ({name}-{version}[-{build}]-{python}-{abi}-{platform}.whl has 5 or 6 dash-separated parts, this has ${parts.length})`
    };
  }
  const [name, version] = parts as [string, string];
  const build = parts.length === 6 ? parts[2]! : null;
  const [python, abi, platform] = parts.slice(-3) as [string, string, string];
  if (!DIST_NAME.test(name)) return { ok: false, problem: `${clip(file)}: "${clip(name)}" is not a valid distribution name` };
  if (pep440Key(version) === null) return { ok: false, problem: `${clip(file)}: version "${clip(version)}" is not PEP 440` };
  if (build !== null && !BUILD_TAG.test(build)) {
    return { ok: false, problem: `${clip(file)}: build tag "${clip(build)}" must start with a digit` };
  }
  const pythonTags = tagSet(python, 'python', file);
  const abiTags = tagSet(abi, 'abi', file);
  const platformTags = tagSet(platform, 'platform', file);
  for (const set of [pythonTags, abiTags, platformTags]) if (typeof set === 'string') return { ok: false, problem: set };
  return {
    ok: true,
    wheel: {
      file,
      name,
      canonicalName: canonicalizeName(name),
      version,
      build,
      pythonTags: pythonTags as string[],
      abiTags: abiTags as string[],
      platformTags: platformTags as string[]
    }
  };
}

/** Every `python-abi-platform` triple a wheel's compressed tag sets stand for (what its WHEEL file lists as `Tag:`). */
export function expandTags(wheel: Pick<WheelName, 'pythonTags' | 'abiTags' | 'platformTags'>): string[] {
  const out: string[] = [];
  for (const py of wheel.pythonTags) for (const abi of wheel.abiTags) for (const plat of wheel.platformTags) out.push(`${py}-${abi}-${plat}`);
  return out;
}

/**
 * macOS binary formats that run on each architecture, as pip decides it
 * (packaging.tags._mac_binary_formats): a universal2 wheel installs on both
 * x86_64 and arm64 Macs, so it fills both families.
 */
const MAC_FORMATS: Record<string, readonly string[]> = {
  x86_64: ['x86_64', 'intel', 'fat64', 'fat32', 'universal2', 'universal'],
  arm64: ['arm64', 'universal2'],
  i386: ['i386', 'intel', 'fat32', 'fat', 'universal'],
  ppc64: ['ppc64', 'fat64', 'universal'],
  ppc: ['ppc', 'fat32', 'fat', 'universal']
};

type PlatformMatcher = (platform: string) => boolean;

const familyMatchers = memoized((family: string): PlatformMatcher => {
  const exact: PlatformMatcher = (platform) => platform === family;
  const m = /^(manylinux|musllinux|macosx)_([a-z0-9_]+)$/.exec(family);
  // A family names an arch only; `manylinux_2_28_x86_64` is a full tag and matches itself.
  if (!m || /^\d+_\d+_/.test(m[2]!)) return exact;
  const [, kind, arch] = m as unknown as [string, string, string];
  if (kind === 'manylinux') {
    const current = new RegExp(`^manylinux_\\d+_\\d+_${arch}$`);
    const legacy = new Set([`manylinux1_${arch}`, `manylinux2010_${arch}`, `manylinux2014_${arch}`]);
    return (platform) => legacy.has(platform) || current.test(platform);
  }
  if (kind === 'musllinux') {
    const current = new RegExp(`^musllinux_\\d+_\\d+_${arch}$`);
    return (platform) => current.test(platform);
  }
  const formats = new Set(MAC_FORMATS[arch] ?? [arch]);
  return (platform) => {
    const p = /^macosx_\d+_\d+_([a-z0-9_]+)$/.exec(platform);
    return p !== null && formats.has(p[1]!);
  };
});

/**
 * Whether a platform tag belongs to a configured platform family:
 * `manylinux_<arch>` covers `manylinux_X_Y_<arch>` and the legacy
 * `manylinux1`/`manylinux2010`/`manylinux2014_<arch>`; `musllinux_<arch>` covers
 * `musllinux_X_Y_<arch>`; `macosx_<arch>` covers `macosx_X_Y_<format>` for every
 * format that runs on the arch. Anything else (`win_amd64`, `win_arm64`, or a
 * full tag such as `manylinux_2_28_x86_64`) matches itself only.
 */
export function platformInFamily(platform: string, family: string): boolean {
  return familyMatchers(family)(platform);
}

interface PythonTag {
  impl: string;
  major: number;
  minor: number | null;
  /** `t` for a free-threaded build (cp313t). */
  suffix: string;
}

const parsePythonTag = memoized((tag: string): PythonTag | null => {
  const m = /^([a-z]+)(\d)(\d*)([a-z]*)$/.exec(tag);
  if (!m) return null;
  return { impl: m[1]!, major: Number(m[2]), minor: m[3] ? Number(m[3]) : null, suffix: m[4]! };
});

/**
 * Whether a wheel installs on a configured interpreter (`cp312`, `cp313t`, `pp310`),
 * as pip decides it: the interpreter's own tag with its ABI (a free-threaded
 * `cp313t` needs abi `cp313t`), a stable-ABI `abi3` wheel built for the same or an
 * older CPython 3 minor, or a `py3`/`py3X` wheel with abi `none`.
 */
export function servesInterpreter(wheel: Pick<WheelName, 'pythonTags' | 'abiTags'>, interpreter: string): boolean {
  const want = parsePythonTag(interpreter);
  if (!want) return wheel.pythonTags.includes(interpreter);
  const base = `${want.impl}${want.major}${want.minor ?? ''}`;
  const freeThreaded = want.suffix === 't';
  for (const py of wheel.pythonTags) {
    for (const abi of wheel.abiTags) {
      if (py === base) {
        if (want.impl !== 'cp') return true;
        // Older CPython ABIs carry flags (cp37m: pymalloc); free-threaded builds need their own ABI.
        if (freeThreaded ? abi === interpreter : abi === 'none' || abi === 'abi3' || (abi.startsWith(base) && /^[dmu]*$/.test(abi.slice(base.length))))
          return true;
        continue;
      }
      const have = parsePythonTag(py);
      if (!have || have.major !== want.major || want.minor === null) continue;
      if (want.impl === 'cp' && !freeThreaded && have.impl === 'cp' && abi === 'abi3' && have.minor !== null && have.minor <= want.minor) return true;
      if (have.impl === 'py' && abi === 'none' && (have.minor === null || have.minor <= want.minor)) return true;
    }
  }
  return false;
}

export interface MatrixSpec {
  project: string;
  /** The release version in PEP 440 spelling (1.3.0rc1). */
  version: string;
  python: readonly string[];
  platforms: readonly string[];
}

export interface WheelClassification {
  /** cells[i][j]: the wheels serving python[i] on platforms[j]. */
  cells: WheelName[][][];
  /** Wheels of this project and version that fill at least one cell. */
  matched: WheelName[];
  /** Wheels of this project and version that fill no configured cell. */
  outside: WheelName[];
  /** Wheels of another project or version: they would be uploaded with this release. */
  foreign: Array<{ wheel: WheelName; reason: string }>;
  /** Names that are not valid wheel file names. */
  invalid: Array<{ file: string; problem: string }>;
}

/** Sorts wheel file names into the interpreter × platform matrix. */
export function classifyWheelNames(files: readonly string[], spec: MatrixSpec): WheelClassification {
  const project = canonicalizeName(spec.project);
  const version = pep440Key(spec.version);
  const cells = spec.python.map(() => spec.platforms.map((): WheelName[] => []));
  const result: WheelClassification = { cells, matched: [], outside: [], foreign: [], invalid: [] };
  for (const file of files) {
    const parsed = parseWheelName(file);
    if (!parsed.ok) {
      result.invalid.push({ file, problem: parsed.problem });
      continue;
    }
    const wheel = parsed.wheel;
    if (wheel.canonicalName !== project) {
      result.foreign.push({ wheel, reason: `is a wheel of project "${clip(wheel.name)}", not ${spec.project}` });
      continue;
    }
    if (version === null || pep440Key(wheel.version) !== version) {
      result.foreign.push({ wheel, reason: `is version ${clip(wheel.version)}, not ${spec.version}` });
      continue;
    }
    let filled = false;
    spec.python.forEach((interpreter, i) => {
      if (!servesInterpreter(wheel, interpreter)) return;
      spec.platforms.forEach((family, j) => {
        if (wheel.platformTags.some((p) => platformInFamily(p, family))) {
          cells[i]![j]!.push(wheel);
          filled = true;
        }
      });
    });
    (filled ? result.matched : result.outside).push(wheel);
  }
  return result;
}
