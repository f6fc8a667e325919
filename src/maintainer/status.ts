/**
 * The engine of `release-gates status X.Y.Z`: which places already hold a version, whether it is
 * burned, and what to release instead. The places are asked with the probes `unpublished` uses,
 * plus the Go proxy and the two tags (tags are never reused).
 */
import { fillTemplate } from '../config.js';
import { sectionOf, type GateContext } from '../gate.js';
import { probeGitHub, probeGoProxy, probeRegistries, probeTag, type Probe } from '../checks/shared/version-holders.js';
import { nextVersion } from '../version.js';
import { publisherVerdicts, type PublisherVerdict } from './status-provenance.js';

export type { PublisherVerdict } from './status-provenance.js';

export interface Place {
  /** 'PyPI', 'npm @sketchlog/client', 'image ghcr.io/o/r', 'chart …', 'Go proxy', 'tag v1.2.3', 'tag clients/go/v1.2.3', 'GitHub release' */
  place: string;
  /** null: the place could not be asked. */
  holds: boolean | null;
  detail: string;
  link?: string;
  /** false: turned off or not configured, so nothing was asked (shown as "not asked", counted as not holding it). */
  asked: boolean;
}

export interface VersionStatus {
  version: string;
  /** true: a place holds it; false: every place confirmed free; null: none holds it but some could not be asked. */
  burned: boolean | null;
  next: string;
  places: Place[];
  /** For a burned version: whether the release workflow published what PyPI and npm hold (by their provenance). */
  publishers: PublisherVerdict[];
}

function placeOf(probe: Probe): Place {
  const holds = probe.state === 'taken' ? true : probe.state === 'unknown' ? null : false;
  // Only `unpublished` treats a missing section as an error; here it means the project does not publish there.
  const detail = probe.state === 'off' ? 'not asked (turned off)' : probe.state === 'unconfigured' ? 'not configured' : probe.note;
  const asked = probe.state !== 'off' && probe.state !== 'unconfigured';
  return { place: probe.place, holds, detail, asked, ...(probe.link ? { link: probe.link } : {}) };
}

/** The Go module tag (`go.tag` filled for the version) when the config has one. */
function probeGoTag(ctx: GateContext, version: string): Promise<Probe> {
  const go = sectionOf(ctx.config, 'go');
  if (go.state !== 'on') {
    return Promise.resolve({ registry: 'Go tag', place: 'Go tag', subject: '-', state: go.state === 'off' ? 'off' : 'unconfigured', note: '' });
  }
  const { owner, repo } = ctx.settings;
  const tag = fillTemplate(go.value.tag, { version, owner, repo });
  return probeTag(ctx, tag, `tag ${tag}`);
}

/** Asks every place concurrently. `ctx.release` is the release tag for the version (kind `release`). */
export async function versionStatus(ctx: GateContext): Promise<VersionStatus> {
  const { version, tag } = ctx.release;
  if (version === null) throw new Error(`no version to look up: ${ctx.release.tagProblem ?? `tag ${tag} did not parse`}`);
  const probes = (
    await Promise.all([probeRegistries(ctx, version), probeGoProxy(ctx, version), probeTag(ctx, tag, `tag ${tag}`), probeGoTag(ctx, version), probeGitHub(ctx)])
  ).flat();
  const places = probes.map(placeOf);
  const burned = places.some((p) => p.holds === true) ? true : places.some((p) => p.holds === null) ? null : false;
  const holders = new Set(places.filter((p) => p.holds === true).map((p) => p.place));
  const publishers = burned === true ? await publisherVerdicts(ctx, version, holders) : [];
  return { version, burned, next: nextVersion(version), places, publishers };
}

const WORD = (place: Pick<Place, 'holds' | 'asked'>): string =>
  !place.asked ? 'not asked' : place.holds === true ? 'holds' : place.holds === false ? 'free' : 'unknown';

/** One aligned line per place, then the verdict. */
export function renderStatusText(status: VersionStatus): string {
  const width = Math.max(0, ...status.places.map((p) => p.place.length));
  const wordWidth = Math.max(0, ...status.places.map((p) => WORD(p).length));
  const lines = status.places.map((p) => `${p.place.padEnd(width)}  ${WORD(p).padEnd(wordWidth)}  ${p.detail}${p.link ? ` (${p.link})` : ''}`);
  const names = (holds: boolean | null) =>
    status.places
      .filter((p) => p.holds === holds)
      .map((p) => p.place)
      .join(', ');
  if (status.burned === true) {
    const holders = status.places.filter((p) => p.holds === true).length;
    lines.push(`${status.version} is burned: ${names(true)} ${holders > 1 ? 'hold' : 'holds'} it; release ${status.next} instead`);
    if (status.publishers.length > 0) {
      const placeWidth = Math.max(...status.publishers.map((p) => p.place.length));
      lines.push('', `Who published ${status.version}:`);
      for (const p of status.publishers) {
        const said = p.byReleaseWorkflow === true ? 'release workflow' : p.byReleaseWorkflow === false ? 'NOT the release workflow' : 'cannot tell';
        lines.push(`${p.place.padEnd(placeWidth)}  ${said}: ${p.detail}`);
      }
    }
  } else if (status.burned === false) {
    lines.push(`${status.version} is free on every place asked`);
  } else {
    lines.push(`cannot tell whether ${status.version} is free: ${names(null)} could not be asked (see above)`);
  }
  return `${lines.map((line) => line.trimEnd()).join('\n')}\n`;
}
