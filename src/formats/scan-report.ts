/**
 * Container vulnerability scan reports, recognised by their content: Trivy JSON (`trivy image -f json`),
 * SARIF 2.1.0 as Trivy writes it (`trivy image -f sarif`) and Grype JSON (`grype -o json`). Each is
 * read into the image it names and its findings. No installed library reads these formats; the
 * shapes follow Trivy's pkg/types report, Trivy's pkg/report/sarif.go writer and Grype's JSON
 * presenter, validated with zod (what is wrong is named). A pure reader: text in, a ScanReport out
 * (or a ScanReportError); which image and digest the report must name is the check's business.
 * Real outputs of each tool are in __fixtures__/real/scan (see its README).
 */
import { z } from 'zod';
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

function parsed<T>(schema: z.ZodType<T>, raw: unknown, format: string): T {
  const result = schema.safeParse(raw);
  if (!result.success)
    throw new ScanReportError(`looks like ${format} but is not valid (${firstZodIssue(result.error, { top: '(document)', pathMax: 100, messageMax: 120 })})`);
  return result.data;
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

function readTrivy(raw: unknown): ScanReport {
  const report = parsed(trivySchema, raw, 'a Trivy JSON report');
  const findings: Finding[] = [];
  for (const result of report.Results ?? []) {
    for (const v of result.Vulnerabilities ?? []) {
      findings.push({
        id: v.VulnerabilityID,
        package: v.PkgName,
        installed: v.InstalledVersion,
        fixed: v.FixedVersion.trim() || null,
        severity: severityOf(v.Severity)
      });
    }
  }
  const repoDigests = report.Metadata?.RepoDigests ?? [];
  let digestNote: string | null = null;
  if (repoDigests.length === 0) {
    // ArtifactType is container_image, filesystem, repository, vm, … (Trivy's pkg/types artifact types).
    const type = report.ArtifactType;
    digestNote = type && type !== 'container_image' ? `it is a Trivy ${clip(type, 40)} scan, not an image scan (trivy image)` : ARCHIVE_NOTE;
  }
  return { format: 'Trivy JSON', artifact: report.ArtifactName, repoDigests, manifestDigest: null, digestNote, findings };
}

/**
 * Trivy before 0.20 wrote a bare JSON array of results (`[{"Target": …, "Vulnerabilities": […]}]`), with
 * no SchemaVersion and no image metadata: it cannot name the image it scanned, so it is refused with
 * that reason rather than as "not a scan report".
 */
function isPreSchemaTrivy(raw: unknown[]): boolean {
  return raw.length > 0 && raw.every((r) => typeof r === 'object' && r !== null && !Array.isArray(r) && 'Target' in r);
}

// --- SARIF 2.1.0 as Trivy writes it -------------------------------------------------------------

const sarifProperties = z.looseObject({ tags: z.array(text(256)).max(64).optional(), 'security-severity': z.union([text(32), z.number()]).optional() });

const sarifSchema = z.looseObject({
  version: z.literal('2.1.0', { message: 'must be SARIF 2.1.0' }),
  runs: z
    .array(
      z.looseObject({
        tool: z.looseObject({
          driver: z.looseObject({
            name: text(256),
            rules: z
              .array(z.looseObject({ id: text(1024), properties: sarifProperties.optional() }))
              .max(100_000)
              .optional()
          })
        }),
        properties: z.looseObject({ imageName: text().optional(), repoDigests: z.array(text()).max(1024).nullish() }).optional(),
        results: z
          .array(
            z.looseObject({
              ruleId: text(1024),
              ruleIndex: z.number().int().nonnegative().optional(),
              level: text(32).optional(),
              message: z.looseObject({ text: text(65_536).optional() })
            })
          )
          .max(1_000_000)
          .optional()
      })
    )
    .min(1)
    .max(64)
});

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
function sarifSeverity(properties: z.infer<typeof sarifProperties> | undefined, message: string): Severity {
  const tag = properties?.tags?.find((t) => SARIF_SEVERITY_TAGS.has(t.toUpperCase()));
  if (tag) return severityOf(tag);
  const fromMessage = messageField(message, 'Severity');
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

function readSarif(raw: unknown): ScanReport {
  const report = parsed(sarifSchema, raw, 'a SARIF 2.1.0 log');
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
  for (const run of report.runs) {
    withProperties ||= run.properties !== undefined;
    repoDigests.push(...(run.properties?.repoDigests ?? []));
    artifact ||= run.properties?.imageName ?? '';
    const rules = run.tool.driver.rules ?? [];
    for (const result of run.results ?? []) {
      const rule =
        (result.ruleIndex !== undefined && rules[result.ruleIndex]?.id === result.ruleId ? rules[result.ruleIndex] : undefined) ??
        rules.find((r) => r.id === result.ruleId);
      const message = result.message.text ?? '';
      // Trivy's SARIF also carries misconfigurations, secrets and licences; only vulnerabilities are findings here.
      if (rule?.properties?.tags && !rule.properties.tags.includes('vulnerability')) continue;
      findings.push({
        id: result.ruleId,
        package: messageField(message, 'Package') ?? '',
        installed: messageField(message, 'Installed Version') ?? '',
        // Trivy writes "Fixed Version: " with nothing after it when no fix is known.
        fixed: messageField(message, 'Fixed Version') || null,
        severity: sarifSeverity(rule?.properties, message)
      });
    }
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

const grypeSchema = z.looseObject({
  matches: z.array(
    z.looseObject({
      vulnerability: z.looseObject({
        id: text(256).min(1),
        severity: text(64).optional(),
        fix: z.looseObject({ state: text(64).optional(), versions: z.array(text(1024)).max(256).nullish() }).optional()
      }),
      artifact: z.looseObject({ name: text(1024), version: text(1024).optional().default('') })
    })
  ),
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

function readGrype(raw: unknown): ScanReport {
  const report = parsed(grypeSchema, raw, 'a Grype JSON report');
  const target = report.source.target;
  const findings = report.matches.map((m): Finding => {
    const fixed = m.vulnerability.fix?.state === 'fixed' ? (m.vulnerability.fix.versions ?? []).join(', ') || 'fixed' : null;
    return { id: m.vulnerability.id, package: m.artifact.name, installed: m.artifact.version, fixed, severity: severityOf(m.vulnerability.severity) };
  });
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

/** Reads a report by its content; throws ScanReportError naming why it is not one of the three. */
export function parseScanReport(content: string): ScanReport {
  if (content.trim() === '') throw new ScanReportError('is empty; the scan step wrote nothing (did it run, and write to this path?)');
  let raw: unknown;
  try {
    raw = JSON.parse(content);
  } catch {
    throw new ScanReportError('is not JSON; write the report as Trivy JSON (-f json), SARIF (-f sarif) or Grype JSON (-o json)');
  }
  if (Array.isArray(raw) && isPreSchemaTrivy(raw)) {
    throw new ScanReportError(
      'is a Trivy report in the layout of Trivy before 0.20 (a JSON array of results, no SchemaVersion), which names no image digest; scan with Trivy 0.20 or later (-f json writes SchemaVersion 2 with Metadata.RepoDigests)'
    );
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new ScanReportError(`is a JSON ${Array.isArray(raw) ? 'array' : raw === null ? 'null' : typeof raw}, not a scan report`);
  }
  const record = raw as Record<string, unknown>;
  if ('SchemaVersion' in record) return readTrivy(raw);
  if ('runs' in record && ('version' in record || '$schema' in record)) return readSarif(raw);
  if ('matches' in record && 'source' in record) return readGrype(raw);
  throw new ScanReportError('is JSON but none of Trivy JSON (SchemaVersion, Results), SARIF 2.1.0 (version, runs) or Grype JSON (matches, source)');
}
