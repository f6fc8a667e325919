// Checks of a GitHub Actions workflow file for the workflow tests: GitHub's own parser
// (@actions/workflow-parser) and language service (@actions/languageservice), fed with the
// recorded inputs and outputs of every pinned action, plus the few checks the language
// service does not make (commented where they are).
import fs from 'node:fs';
import path from 'node:path';
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { validate, type ActionsMetadataProvider } from '@actions/languageservice';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parse } from 'yaml';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const ACTIONS_DIR = path.join(ROOT, '__fixtures__', 'real', 'actions');
/** This repository's action: `uses: ./` in its own workflows, `sketchlog/release-gates@v1` in the example. */
export const OWN_ACTION = 'sketchlog/release-gates';

export type RecordedAction = {
  inputs: Record<string, { required: boolean; default?: string }>;
  outputs: string[];
};

type RawAction = {
  inputs?: Record<string, { required?: unknown; default?: unknown } | null>;
  outputs?: Record<string, unknown> | string[];
};

/** Reads an action.yml, or a record in its shape (outputs may be a list of names). */
export function readAction(file: string): RecordedAction {
  const raw = parse(fs.readFileSync(file, 'utf8')) as RawAction;
  const inputs: RecordedAction['inputs'] = {};
  for (const [name, spec] of Object.entries(raw.inputs ?? {})) {
    // The runner reads `required: 'true'` as true too; a null default is no default.
    const required = spec?.required === true || spec?.required === 'true';
    const dflt = spec?.default;
    inputs[name] = dflt === undefined || dflt === null ? { required } : { required, default: String(dflt) };
  }
  const outputs = Array.isArray(raw.outputs) ? raw.outputs : Object.keys(raw.outputs ?? {});
  return { inputs, outputs };
}

/** `<owner>__<repo>@<sha>.yml` → `owner/repo@sha`. */
export function recordKey(fileName: string): string {
  const m = /^([\w.-]+)__([\w.-]+)@([0-9a-f]{40})\.ya?ml$/.exec(fileName);
  if (!m) throw new Error(`${fileName}: not <owner>__<repo>@<40 hex>.yml; rename the record`);
  return `${m[1]}/${m[2]}@${m[3]}`;
}

/** Every recorded action by `owner/repo@sha`, plus this repository's own action.yml. */
export function loadActions(): Map<string, RecordedAction> {
  const actions = new Map<string, RecordedAction>();
  for (const name of fs.readdirSync(ACTIONS_DIR).filter((f) => /\.ya?ml$/.test(f))) {
    actions.set(recordKey(name), readAction(path.join(ACTIONS_DIR, name)));
  }
  actions.set(OWN_ACTION, readAction(path.join(ROOT, 'action.yml')));
  return actions;
}

/** The metadata of `uses:`: our own action at any ref, any other only at a recorded commit. */
export function lookup(actions: Map<string, RecordedAction>, uses: string): RecordedAction | undefined {
  if (uses === './') return actions.get(OWN_ACTION);
  const [action, ref] = uses.split('@');
  return action === OWN_ACTION ? actions.get(OWN_ACTION) : actions.get(`${action}@${ref}`);
}

function provider(actions: Map<string, RecordedAction>): ActionsMetadataProvider {
  return {
    fetchActionMetadata: async (ref) => {
      const recorded = lookup(actions, `${ref.owner}/${ref.name}@${ref.ref}`);
      if (!recorded) return undefined; // the language service reports "Unable to resolve action"
      const inputs = Object.fromEntries(Object.entries(recorded.inputs).map(([k, v]) => [k, { description: k, ...v }]));
      const outputs = Object.fromEntries(recorded.outputs.map((o) => [o, { description: o }]));
      return { name: ref.name, description: ref.name, inputs, outputs };
    }
  };
}

type Step = { id?: string; uses?: string; run?: string; with?: Record<string, unknown> };
type Job = { needs?: string | string[]; if?: string; outputs?: Record<string, string>; steps?: Step[] };
export type Workflow = { jobs: Record<string, Job> };

export const needsOf = (job: Job): string[] => (job.needs === undefined ? [] : Array.isArray(job.needs) ? job.needs : [job.needs]);

/** Every string in a value, depth first (expressions can sit anywhere in a job). */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/**
 * What the language service leaves unchecked: it types `steps.<id>.outputs` as an open
 * dictionary (any name passes), and skips `uses: ./` without a file provider. So: every
 * `steps.<id>.outputs.<name>` names a step of the same job that sets it (an output of its
 * action, or a `run` script writing `<name>=` to $GITHUB_OUTPUT), every `needs.<job>`
 * is a job listed in `needs:` with that output, and `uses: ./` gets only inputs of our
 * action.yml, the required ones included.
 */
export function referenceProblems(wf: Workflow, actions: Map<string, RecordedAction>): string[] {
  const problems: string[] = [];
  for (const [jobId, job] of Object.entries(wf.jobs)) {
    const steps = job.steps ?? [];
    for (const text of strings(job)) {
      for (const [, id = '', out = ''] of text.matchAll(/\bsteps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
        const step = steps.find((s) => s.id === id);
        const run = step?.run ?? '';
        const sets = step?.uses
          ? (lookup(actions, step.uses)?.outputs.includes(out) ?? false)
          : run.includes('GITHUB_OUTPUT') && new RegExp(`\\b${out}=`).test(run);
        if (!sets) problems.push(`${jobId}: steps.${id}.outputs.${out} is set by no step of the job`);
      }
      for (const [, need = '', out = ''] of text.matchAll(/\bneeds\.([\w-]+)\.outputs\.([\w-]+)/g)) {
        if (!needsOf(job).includes(need)) problems.push(`${jobId}: needs.${need} is not in needs:`);
        else if (!(out in (wf.jobs[need]?.outputs ?? {}))) problems.push(`${jobId}: job ${need} has no output ${out}`);
      }
    }
    for (const step of steps.filter((s) => s.uses === './')) {
      const own = actions.get(OWN_ACTION)!;
      const given = Object.keys(step.with ?? {});
      for (const k of given.filter((k) => !(k in own.inputs))) problems.push(`${jobId}: ./ has no input ${k}`);
      for (const [k, v] of Object.entries(own.inputs))
        if (v.required && v.default === undefined && !given.includes(k)) problems.push(`${jobId}: ./ needs input ${k}`);
    }
  }
  return problems;
}

/** `owner/repo@<40 hex> # vX.Y.Z` on every `uses:` of another repository's action. */
export function pinProblems(text: string): string[] {
  const problems: string[] = [];
  for (const [line, uses = '', comment = ''] of text.matchAll(/^\s*(?:- )?uses: (\S+)(.*)$/gm)) {
    if (uses === './' || uses.startsWith(`${OWN_ACTION}@`)) continue;
    if (!/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/.test(uses) || !/^ # v\d+\.\d+\.\d+$/.test(comment))
      problems.push(`not pinned as owner/repo@<40 hex> # vX.Y.Z: ${line.trim()}`);
  }
  return problems;
}

/**
 * GitHub's implicit `success()` on a job looks at every ancestor job, so a job downstream
 * of a job that can be skipped (one with an `if:`) is skipped with it unless its own `if:`
 * says otherwise: it must hold `!cancelled()` and name the `needs.<job>.result` it waits for.
 */
export function skipProblems(wf: Workflow): string[] {
  const mayBeSkipped = new Set(Object.entries(wf.jobs).flatMap(([id, job]) => (job.if === undefined ? [] : [id])));
  const ancestors = (id: string, seen = new Set<string>()): Set<string> => {
    for (const n of needsOf(wf.jobs[id] ?? {})) if (!seen.has(n)) ancestors(n, seen.add(n));
    return seen;
  };
  const problems: string[] = [];
  for (const [id, job] of Object.entries(wf.jobs)) {
    if (![...ancestors(id)].some((a) => mayBeSkipped.has(a))) continue;
    const cond = job.if ?? '';
    if (!cond.includes('!cancelled()') || !/needs\.[\w-]+\.result/.test(cond))
      problems.push(`${id}: has a skippable ancestor but no if: with !cancelled() and needs.<job>.result`);
  }
  return problems;
}

let checked = 0;

/** Every finding on one workflow file's text: parser, language service and the checks above. */
export async function checkWorkflow(name: string, text: string, actions: Map<string, RecordedAction>): Promise<string[]> {
  const parsed = parseWorkflow({ name, content: text }, new NoOperationTraceWriter());
  const found = parsed.context.errors.getErrors().map((e) => `parser: ${e.message}`);
  if (parsed.value) {
    const template = await convertWorkflowTemplate(parsed.context, parsed.value);
    found.push(...(template.errors ?? []).map((e) => `convert: ${e.Message}`));
  }
  // The uri's path tells the language service a workflow from an action.yml. The service
  // caches its parse by uri, so each call gets its own: a variant must not see the original.
  const uri = `file:///check-${++checked}/.github/workflows/${name}`;
  const doc = TextDocument.create(uri, 'yaml', 1, text);
  for (const d of await validate(doc, { actionsMetadataProvider: provider(actions) }))
    found.push(`languageservice: line ${d.range.start.line + 1}: ${d.message}`);
  // The checks below read the workflow as plain YAML: only once GitHub's parser accepts it.
  if (parsed.context.errors.getErrors().length === 0) {
    const wf = parse(text) as Workflow;
    found.push(...referenceProblems(wf, actions), ...pinProblems(text), ...skipProblems(wf));
  }
  return [...new Set(found)];
}
