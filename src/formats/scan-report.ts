/**
 * Container vulnerability scan reports, recognised by their content: Trivy JSON (`trivy image -f json`),
 * SARIF 2.1.0 as Trivy writes it (`trivy image -f sarif`) and Grype JSON (`grype -o json`). Each is
 * read into the image it names and its findings. No installed library reads these formats; the
 * shapes follow Trivy's pkg/types report, Trivy's pkg/report/sarif.go writer and Grype's JSON
 * presenter, validated with zod (what is wrong is named). A pure reader: text in, a ScanReport out
 * (or a ScanReportError); which image and digest the report must name is the check's business.
 * Real outputs of each tool are in __fixtures__/real/scan (see its README).
 *
 * A report of a large image runs to tens of MiB, so it is read as a stream (ScanReportReader, fed in
 * chunks): each vulnerability, match or SARIF result is validated on its own as it is read and kept
 * only as a Finding (five short strings), and the rest of the document, without those lists, is
 * validated once at the end by the same schemas (their lists then empty). What is judged is what
 * JSON.parse and the whole-document schemas judged; only the text and the full tree are never held.
 */
import { z } from 'zod';
import { JsonStream, JsonStreamError, type JsonPath } from '../util/json-stream.js';
import { clip } from '../util/text.js';
import { firstZodIssue } from '../util/zod-issue.js';
import { ReleaseGatesError } from '../errors.js';

export type Severity = 'critical' | 'high' | 'medium' | 'low' | 'negligible' | 'unknown';

/** critical > high > medium > low > negligible/unknown. */
export const SEVERITY_RANK: Record<Severity, number> = { critical: 4, high: 3, medium: 2, low: 1, negligible: 0, unknown: 0 };

export interface Finding {
  id: string;
  package: string;
  installed: string;
  /** The version that fixes it; null when the scanner knows none (Trivy: empty FixedVersion; Grype: fix.state other than `fixed`). */
  fixed: string | null;
  severity: Severity;
}

export interface ScanReport {
  format: 'Trivy JSON' | 'Trivy SARIF' | 'Grype JSON';
  /** What the scanner was asked to scan, as it says (Trivy ArtifactName, Grype userInput), for messages. */
  artifact: string;
  /** `repository@digest` references the report names the image by (Trivy RepoDigests, Grype repoDigests). */
  repoDigests: string[];
  /** Grype's `source.target.manifestDigest`: the digest of the manifest scanned. */
  manifestDigest: string | null;
  /** When the report names no digest at all: why, as the scanner's output shows it (for the check's message). */
  digestNote: string | null;
  findings: Finding[];
}

export class ScanReportError extends ReleaseGatesError {
  override name = 'ScanReportError';
  constructor(message: string, options?: ErrorOptions) {
    super('format', message, options);
  }
}

const text = (max = 4096) => z.string().max(max);

export function severityOf(value: string | undefined | null): Severity {
  const v = (value ?? '').trim().toLowerCase();
  return v === 'critical' || v === 'high' || v === 'medium' || v === 'low' || v === 'negligible' ? v : 'unknown';
}

/** Trivy records RepoDigests from the registry or daemon it read the image from; an image archive has none. */
const ARCHIVE_NOTE = 'Trivy records RepoDigests only for an image it reads from a registry or the Docker daemon, not from an image archive (--input)';

/** What is wrong with one value, as `path: message` (its path in the document as `prefix`); null when it is valid. */
function issueOf(result: z.ZodSafeParseResult<unknown>, prefix: JsonPath = []): string | null {
  return result.success ? null : firstZodIssue(result.error, { top: '(document)', prefix, pathMax: 100, messageMax: 120 });
}

/** The document without its streamed lists, validated; then the first problem of a streamed element, if any. */
function parsed<T>(schema: z.ZodType<T>, raw: unknown, format: string, elementIssue: string | null): T {
  const result = schema.safeParse(raw);
  const issue = issueOf(result) ?? elementIssue;
  if (issue !== null) throw new ScanReportError(`looks like ${format} but is not valid (${issue})`);
  return result.data!;
}

/** What the streamed lists held, by kind, as read so far: the findings kept and the first problem. */
interface Streamed<T> {
  items: T[];
  issue: string | null;
}
const streamed = <T>(): Streamed<T> => ({ items: [], issue: null });

/** Validates one element; keeps what `keep` makes of it, or the first problem (later elements are then only counted as read). */
function take<S extends z.ZodType, T>(into: Streamed<T>, schema: S, path: JsonPath, value: unknown, keep: (v: z.infer<S>) => T): void {
  if (into.issue !== null) return;
  const result = schema.safeParse(value);
  if (result.success) into.items.push(keep(result.data));
  else into.issue = issueOf(result, path);
}

// --- Trivy JSON (SchemaVersion 2) ---------------------------------------------------------------

const trivyVulnerability = z.looseObject({
  VulnerabilityID: text(256).min(1),
  PkgName: text(1024),
  InstalledVersion: text(1024).optional().default(''),
  FixedVersion: text(4096).optional().default(''),
  Severity: text(64)
});

const trivySchema = z.looseObject({
  SchemaVersion: z.literal(2, { message: 'must be 2 (Trivy 0.20 or later)' }),
  ArtifactName: text().optional().default(''),
  ArtifactType: text(128).optional(),
  Metadata: z.looseObject({ RepoDigests: z.array(text()).max(1024).nullish() }).optional(),
  // Trivy omits Results, and a result's Vulnerabilities, when there is nothing to list.
  Results: z.array(z.looseObject({ Target: text().optional(), Vulnerabilities: z.array(trivyVulnerability).nullish() })).nullish()
});

const trivyFinding = (v: z.infer<typeof trivyVulnerability>): Finding => ({
  id: v.VulnerabilityID,
  package: v.PkgName,
  installed: v.InstalledVersion,
  fixed: v.FixedVersion.trim() || null,
  severity: severityOf(v.Severity)
});

function readTrivy(raw: unknown, vulnerabilities: Streamed<Finding>): ScanReport {
  const report = parsed(trivySchema, raw, 'a Trivy JSON report', vulnerabilities.issue);
  const findings = vulnerabilities.items;
  const repoDigests = report.Metadata?.RepoDigests ?? [];
  let digestNote: string | null = null;
  if (repoDigests.length === 0) {
    // ArtifactType is container_image, filesystem, repository, vm, … (Trivy's pkg/types artifact types).
    const type = report.ArtifactType;
    digestNote = type && type !== 'container_image' ? `it is a Trivy ${clip(type, 40)} scan, not an image scan (trivy image)` : ARCHIVE_NOTE;
  }
  return { format: 'Trivy JSON', artifact: report.ArtifactName, repoDigests, manifestDigest: null, digestNote, findings };
}

// --- SARIF 2.1.0 as Trivy writes it -------------------------------------------------------------

const sarifProperties = z.looseObject({ tags: z.array(text(256)).max(64).optional(), 'security-severity': z.union([text(32), z.number()]).optional() });

const sarifRule = z.looseObject({ id: text(1024), properties: sarifProperties.optional() });
const sarifResult = z.looseObject({
  ruleId: text(1024),
  ruleIndex: z.number().int().nonnegative().optional(),
  level: text(32).optional(),
  message: z.looseObject({ text: text(65_536).optional() })
});
/** Per run; the lists are streamed (see ScanReportReader), so their lengths are bounded as they are read. */
const MAX_SARIF_RULES = 100_000;
const MAX_SARIF_RESULTS = 1_000_000;

const sarifSchema = z.looseObject({
  version: z.literal('2.1.0', { message: 'must be SARIF 2.1.0' }),
  runs: z
    .array(
      z.looseObject({
        tool: z.looseObject({ driver: z.looseObject({ name: text(256), rules: z.array(sarifRule).optional() }) }),
        properties: z.looseObject({ imageName: text().optional(), repoDigests: z.array(text()).max(1024).nullish() }).optional(),
        results: z.array(sarifResult).optional()
      })
    )
    .min(1)
    .max(64)
});

/** What a finding needs of a SARIF rule. */
const sarifRuleOf = (run: number, r: z.infer<typeof sarifRule>) => ({
  run,
  id: r.id,
  properties: r.properties && { tags: r.properties.tags, 'security-severity': r.properties['security-severity'] }
});

/** What a finding needs of a SARIF result: its rule and the fields of its message. */
function sarifResultOf(run: number, r: z.infer<typeof sarifResult>) {
  const message = r.message.text ?? '';
  const [pkg, installed, fixed, severity] = ['Package', 'Installed Version', 'Fixed Version', 'Severity'].map((label) => messageField(message, label));
  return { run, ruleId: r.ruleId, ruleIndex: r.ruleIndex, package: pkg, installed, fixed, severity };
}

type SarifRule = ReturnType<typeof sarifRuleOf>;
type SarifResult = ReturnType<typeof sarifResultOf>;

const SARIF_SEVERITY_TAGS = new Set(['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'UNKNOWN']);

/** A `Label: value` line of Trivy's result message (`Package: …\nInstalled Version: …\nFixed Version: …`). */
function messageField(message: string, label: string): string | null {
  for (const line of message.split('\n')) if (line.startsWith(`${label}: `)) return line.slice(label.length + 2).trim();
  return null;
}

/**
 * A SARIF result's severity. Trivy puts its own severity among the rule's tags
 * (`["vulnerability", "security", "HIGH"]`); `security-severity` is the CVSS score, which may rank a
 * finding differently from Trivy's (vendor) severity, so it is used only when the tag is absent, with
 * GitHub code scanning's bands. Then the result message's `Severity:` line.
 */
function sarifSeverity(properties: SarifRule['properties'], fromMessage: string | null): Severity {
  const tag = properties?.tags?.find((t) => SARIF_SEVERITY_TAGS.has(t.toUpperCase()));
  if (tag) return severityOf(tag);
  if (fromMessage) return severityOf(fromMessage);
  const score = Number(properties?.['security-severity']);
  if (Number.isFinite(score) && properties?.['security-severity'] !== undefined) {
    if (score >= 9) return 'critical';
    if (score >= 7) return 'high';
    if (score >= 4) return 'medium';
    if (score > 0) return 'low';
  }
  return 'unknown';
}

function readSarif(raw: unknown, rules: Streamed<SarifRule>, results: Streamed<SarifResult>): ScanReport {
  const report = parsed(sarifSchema, raw, 'a SARIF 2.1.0 log', rules.issue ?? results.issue);
  const others = report.runs.map((r) => r.tool.driver.name).filter((n) => n.toLowerCase() !== 'trivy');
  if (others.length > 0) {
    throw new ScanReportError(
      `is a SARIF log from ${clip(others.join(', '), 80)}; SARIF is read as Trivy writes it (run properties name the image); use Trivy's SARIF, or Trivy or Grype JSON`
    );
  }
  const findings: Finding[] = [];
  const repoDigests: string[] = [];
  let artifact = '';
  let withProperties = false;
  const rulesOf = report.runs.map(() => ({ list: [] as SarifRule[], byId: new Map<string, SarifRule>() }));
  for (const rule of rules.items) {
    const run = rulesOf[rule.run]!;
    run.list.push(rule);
    // The first rule of an id, as a search from the start finds it.
    if (!run.byId.has(rule.id)) run.byId.set(rule.id, rule);
  }
  for (const run of report.runs) {
    withProperties ||= run.properties !== undefined;
    repoDigests.push(...(run.properties?.repoDigests ?? []));
    artifact ||= run.properties?.imageName ?? '';
  }
  for (const result of results.items) {
    const { list, byId } = rulesOf[result.run]!;
    const rule =
      (result.ruleIndex !== undefined && list[result.ruleIndex]?.id === result.ruleId ? list[result.ruleIndex] : undefined) ?? byId.get(result.ruleId);
    // Trivy's SARIF also carries misconfigurations, secrets and licences; only vulnerabilities are findings here.
    if (rule?.properties?.tags && !rule.properties.tags.includes('vulnerability')) continue;
    findings.push({
      id: result.ruleId,
      package: result.package ?? '',
      installed: result.installed ?? '',
      // Trivy writes "Fixed Version: " with nothing after it when no fix is known.
      fixed: result.fixed || null,
      severity: sarifSeverity(rule?.properties, result.severity ?? null)
    });
  }
  // Trivy writes the run properties (imageName, repoDigests) since 0.40 (pkg/report/sarif.go, #4020).
  const digestNote =
    repoDigests.length > 0
      ? null
      : withProperties
        ? ARCHIVE_NOTE
        : 'its runs have no properties: Trivy before 0.40 does not write imageName and repoDigests in SARIF';
  return { format: 'Trivy SARIF', artifact, repoDigests, manifestDigest: null, digestNote, findings };
}

// --- Grype JSON ---------------------------------------------------------------------------------

const grypeMatch = z.looseObject({
  vulnerability: z.looseObject({
    id: text(256).min(1),
    severity: text(64).optional(),
    fix: z.looseObject({ state: text(64).optional(), versions: z.array(text(1024)).max(256).nullish() }).optional()
  }),
  artifact: z.looseObject({ name: text(1024), version: text(1024).optional().default('') })
});

const grypeSchema = z.looseObject({
  matches: z.array(grypeMatch),
  source: z.looseObject({
    type: text(64).optional(),
    target: z.union([
      z.looseObject({
        userInput: text().optional(),
        repoDigests: z.array(text()).max(1024).nullish(),
        manifestDigest: text(256).optional()
      }),
      // A directory or file scan names its target as a string: not an image.
      text()
    ])
  }),
  descriptor: z.looseObject({ name: text(64) }).optional()
});

function grypeFinding(m: z.infer<typeof grypeMatch>): Finding {
  const fixed = m.vulnerability.fix?.state === 'fixed' ? (m.vulnerability.fix.versions ?? []).join(', ') || 'fixed' : null;
  return { id: m.vulnerability.id, package: m.artifact.name, installed: m.artifact.version, fixed, severity: severityOf(m.vulnerability.severity) };
}

function readGrype(raw: unknown, matches: Streamed<Finding>): ScanReport {
  const report = parsed(grypeSchema, raw, 'a Grype JSON report', matches.issue);
  const target = report.source.target;
  const findings = matches.items;
  if (typeof target === 'string') {
    const digestNote = `it is a Grype ${clip(report.source.type ?? 'directory', 40)} scan, not an image scan (grype <image>@<digest>)`;
    return { format: 'Grype JSON', artifact: target, repoDigests: [], manifestDigest: null, digestNote, findings };
  }
  const repoDigests = target.repoDigests ?? [];
  // An empty manifestDigest names no manifest.
  const manifestDigest = target.manifestDigest?.trim() || null;
  const digestNote = repoDigests.length === 0 && manifestDigest === null ? 'Grype recorded neither repoDigests nor a manifestDigest for the image' : null;
  return { format: 'Grype JSON', artifact: target.userInput ?? '', repoDigests, manifestDigest, digestNote, findings };
}

// --- Reading ------------------------------------------------------------------------------------

/**
 * The lists that hold a report's bulk, streamed: Trivy's vulnerabilities, Grype's matches, SARIF's
 * rules and results, and the elements of a top-level array (Trivy before 0.20). The format is known
 * only once the document is read (its keys may come in any order), so each element is kept as what
 * its format's reader needs; the lists of the other formats are then dropped.
 */
const STREAMED = ['$.*', '$.Results.*.Vulnerabilities.*', '$.matches.*', '$.runs.*.tool.driver.rules.*', '$.runs.*.results.*'];

const NOT_JSON = 'is not JSON; write the report as Trivy JSON (-f json), SARIF (-f sarif) or Grype JSON (-o json)';

/** Reads a report fed in chunks (write, then end); throws ScanReportError naming why it is not one of the three. */
export class ScanReportReader {
  private readonly trivy = streamed<Finding>();
  private readonly grype = streamed<Finding>();
  private readonly rules = streamed<SarifRule>();
  private readonly results = streamed<SarifResult>();
  private readonly perRun = new Map<string, number>();
  /** Elements of a top-level array, and whether each was a Trivy result (an object with Target). */
  private topLevel = { count: 0, results: true };
  private readonly stream = new JsonStream({ elements: STREAMED, onElement: (path, value) => this.element(path, value) });

  private element(path: JsonPath, value: unknown): void {
    const [first, second] = path;
    if (path.length === 1) {
      this.topLevel.count++;
      this.topLevel.results &&= typeof value === 'object' && value !== null && !Array.isArray(value) && 'Target' in value;
    } else if (first === 'Results') take(this.trivy, trivyVulnerability, path, value, trivyFinding);
    else if (first === 'matches') take(this.grype, grypeMatch, path, value, grypeFinding);
    else if (first === 'runs' && typeof second === 'number') {
      const rule = path.length === 6;
      const list = path.slice(0, -1).join('.');
      const count = (this.perRun.get(list) ?? 0) + 1;
      this.perRun.set(list, count);
      const max = rule ? MAX_SARIF_RULES : MAX_SARIF_RESULTS;
      const into = rule ? this.rules : this.results;
      if (count > max) into.issue ??= `${list}: more than ${max} ${rule ? 'rules' : 'results'}`;
      else if (rule) take(this.rules, sarifRule, path, value, (r) => sarifRuleOf(second, r));
      else take(this.results, sarifResult, path, value, (r) => sarifResultOf(second, r));
    }
  }

  write(chunk: Uint8Array | string): void {
    try {
      this.stream.write(chunk);
    } catch (error) {
      throw notJson(error);
    }
  }

  end(): ScanReport {
    let raw: unknown;
    try {
      raw = this.stream.end();
    } catch (error) {
      if (this.stream.empty) throw new ScanReportError('is empty; the scan step wrote nothing (did it run, and write to this path?)');
      throw notJson(error);
    }
    if (Array.isArray(raw) && this.topLevel.count > 0 && this.topLevel.results) {
      throw new ScanReportError(
        'is a Trivy report in the layout of Trivy before 0.20 (a JSON array of results, no SchemaVersion), which names no image digest; scan with Trivy 0.20 or later (-f json writes SchemaVersion 2 with Metadata.RepoDigests)'
      );
    }
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      throw new ScanReportError(`is a JSON ${Array.isArray(raw) ? 'array' : raw === null ? 'null' : typeof raw}, not a scan report`);
    }
    const record = raw as Record<string, unknown>;
    if ('SchemaVersion' in record) return readTrivy(raw, this.trivy);
    if ('runs' in record && ('version' in record || '$schema' in record)) return readSarif(raw, this.rules, this.results);
    if ('matches' in record && 'source' in record) return readGrype(raw, this.grype);
    throw new ScanReportError('is JSON but none of Trivy JSON (SchemaVersion, Results), SARIF 2.1.0 (version, runs) or Grype JSON (matches, source)');
  }
}

function notJson(error: unknown): ScanReportError {
  if (error instanceof ScanReportError) return error;
  if (error instanceof JsonStreamError && error.deep) {
    return new ScanReportError(
      `is ${error.message} (real reports stay under 20); write the report as Trivy JSON (-f json), SARIF (-f sarif) or Grype JSON (-o json)`
    );
  }
  return new ScanReportError(NOT_JSON);
}

/** Reads a whole report given as text (see ScanReportReader for one read in chunks). */
export function parseScanReport(content: string): ScanReport {
  const reader = new ScanReportReader();
  reader.write(content);
  return reader.end();
}
