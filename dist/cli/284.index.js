export const id = 284;
export const ids = [284];
export const modules = {

/***/ 7111:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  doctorCommand: () => (/* binding */ doctorCommand)
});

// EXTERNAL MODULE: ./src/context.ts + 4 modules
var context = __webpack_require__(78111);
// EXTERNAL MODULE: ./src/engine.ts
var engine = __webpack_require__(90825);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/gate.ts
var gate = __webpack_require__(81956);
// EXTERNAL MODULE: ./node_modules/re2js/build/index.js
var build = __webpack_require__(2856);
;// CONCATENATED MODULE: ./src/util/ref-pattern.ts
/**
 * The two pattern languages GitHub matches ref names with, turned into RE2 expressions:
 *
 * - `fnmatch`: rulesets' `conditions.ref_name` and environments' deployment branch and tag policies.
 *   GitHub documents Ruby's `File.fnmatch` with `File::FNM_PATHNAME` and without `FNM_EXTGLOB`:
 *   `*` and `?` stop at `/`, `**` followed by `/` spans directories, `[...]` is a set, and there are
 *   no braces and no backslash escapes.
 * - `actions`: a workflow's `on.push.tags` filters ("Filter pattern cheat sheet"): `*` stops at `/`,
 *   `**` does not, `?` and `+` repeat the character before them (zero or one, one or more), `[...]`
 *   is a set, `\` escapes, and a leading `!` negates (handled by `actionsFilterIncludes`).
 *
 * Written by hand, not with minimatch or picomatch (neither is a dependency): both match bash
 * globs, with braces, extglobs, `!` negation and escapes that GitHub's fnmatch does not have, and no
 * glob library reads `?` and `+` as the quantifiers the Actions filters make them. RE2 (re2js, already
 * used for config patterns) matches in linear time, so a pattern from a repository's settings such as
 * `*a*a*a*a*b` cannot make the match backtrack.
 */

/** Escapes one character for an RE2 expression (outside a set). */
function literal(ch) {
    return /[A-Za-z0-9_/-]/.test(ch) ? ch : `\\${ch}`;
}
/** A `[...]` set starting at `start` (the `[`): its RE2 form and where it ends, or null when it is not closed. */
function charSet(pattern, start, dialect) {
    let i = start + 1;
    let negate = false;
    if (dialect === 'fnmatch' && (pattern[i] === '!' || pattern[i] === '^')) {
        negate = true;
        i++;
    }
    let body = '';
    // A `]` right after the opening is a member, as in fnmatch.
    for (let first = true; i < pattern.length; i++, first = false) {
        const ch = pattern[i];
        if (ch === ']' && !first) {
            // With FNM_PATHNAME a negated set still never matches the separator.
            return { re: negate ? `[^${body}/]` : `[${body}]`, end: i };
        }
        if (ch === '-' && !first && pattern[i + 1] !== ']')
            body += '-';
        else
            body += /[A-Za-z0-9]/.test(ch) ? ch : `\\${ch}`;
    }
    return null;
}
/** The RE2 expression (anchored) for one pattern of a dialect. */
function patternExpression(pattern, dialect) {
    let re = '';
    // The last atom a `?` or `+` of the Actions dialect repeats; null after a wildcard, which already repeats.
    let lastAtom = null;
    for (let i = 0; i < pattern.length; i++) {
        const ch = pattern[i];
        if (ch === '*') {
            const double = pattern[i + 1] === '*';
            if (dialect === 'fnmatch' && double && pattern[i + 2] === '/') {
                // `**/`: zero or more whole directories.
                re += '(?:[^/]*/)*';
                i += 2;
            }
            else if (double) {
                // fnmatch: `**` not followed by `/` is `*`; actions: `**` crosses `/`.
                re += dialect === 'actions' ? '.*' : '[^/]*';
                i += 1;
            }
            else {
                re += '[^/]*';
            }
            lastAtom = null;
            continue;
        }
        if (ch === '[') {
            const set = charSet(pattern, i, dialect);
            if (set) {
                re += set.re;
                lastAtom = set.re;
                i = set.end;
                continue;
            }
        }
        if (dialect === 'fnmatch' && ch === '?') {
            re += '[^/]';
            continue;
        }
        if (dialect === 'actions' && (ch === '?' || ch === '+')) {
            // A quantifier with nothing to repeat (at the start, after a wildcard) is read as the character itself.
            if (lastAtom !== null) {
                re += ch;
                lastAtom = null;
            }
            else {
                re += literal(ch);
                lastAtom = literal(ch);
            }
            continue;
        }
        if (dialect === 'actions' && ch === '\\' && i + 1 < pattern.length) {
            i++;
            re += literal(pattern[i]);
            lastAtom = literal(pattern[i]);
            continue;
        }
        re += literal(ch);
        lastAtom = literal(ch);
    }
    return `^${re}$`;
}
const compiled = new Map();
/** Whether `name` matches `pattern` in `dialect`. A pattern RE2 cannot compile matches nothing. */
function matchesPattern(pattern, name, dialect) {
    const key = `${dialect}\0${pattern}`;
    let re = compiled.get(key);
    if (re === undefined) {
        try {
            re = build/* RE2JS */.L3.compile(patternExpression(pattern, dialect));
        }
        catch {
            re = null;
        }
        // Bounded: a repository has a handful of patterns, but a long-lived process should not grow without end.
        if (compiled.size > 1000)
            compiled.clear();
        compiled.set(key, re);
    }
    return re !== null && re.matches(name);
}
/**
 * Whether a ruleset's ref-name condition targets `ref`: one include pattern matches (`~ALL` matches every
 * ref; `~DEFAULT_BRANCH` only the default branch, never a tag) and no exclude pattern does.
 */
function refNameVerdict(condition, ref, defaultBranchRef = null) {
    const hits = (pattern) => pattern === '~ALL' || (pattern === '~DEFAULT_BRANCH' ? ref === defaultBranchRef : matchesPattern(pattern, ref, 'fnmatch'));
    const includedBy = condition.include.find(hits) ?? null;
    const excludedBy = condition.exclude.find(hits) ?? null;
    return { covered: includedBy !== null && excludedBy === null, includedBy, excludedBy };
}
/**
 * Whether a workflow's `on.push.tags` (or `branches`) list lets `name` through: the patterns are read in
 * order, a match of a positive pattern includes the name, a later match of a `!` pattern excludes it
 * again, and so on, as GitHub documents.
 */
function actionsFilterIncludes(patterns, name) {
    let included = false;
    for (const pattern of patterns) {
        if (pattern.startsWith('!')) {
            if (included && matchesPattern(pattern.slice(1), name, 'actions'))
                included = false;
        }
        else if (!included && matchesPattern(pattern, name, 'actions')) {
            included = true;
        }
    }
    return included;
}

// EXTERNAL MODULE: ./src/util/text.ts
var util_text = __webpack_require__(49997);
// EXTERNAL MODULE: ./src/clients/github/index.ts + 9 modules
var github = __webpack_require__(68208);
// EXTERNAL MODULE: ./src/config.ts
var config = __webpack_require__(22973);
;// CONCATENATED MODULE: ./src/checks/doctor/common.ts




/** Where a repository's rulesets are set, as GitHub's settings pages name the way there. */
const RULESETS_PAGE = 'Settings → Rules → Rulesets';
const ENVIRONMENTS_PAGE = 'Settings → Environments';
/**
 * The versions the tag templates are filled with to ask whether a setting covers "every release tag".
 * Samples, not the template: rulesets, deployment policies and workflow filters match NAMES, and whether
 * one pattern covers every name another pattern stands for is not something a matcher answers (read as a
 * name, `v*` is matched only by patterns that happen to match the text "v*"). A few versions chosen to
 * catch the usual too-narrow patterns stand in for every version: multi-digit parts (`v1.*`, `v[0-9].*`),
 * a zero major, a prerelease (`v*.*.[0-9]`, an exclusion such as `v*-*`).
 */
const SAMPLE_VERSIONS = ['1.2.3', '10.20.30', '0.1.0-rc.1'];
function family(ctx, label, template) {
    const { owner, repo } = ctx.settings;
    return {
        label,
        pattern: (0,config/* fillTemplate */.ou)(template, { version: '*', owner, repo }),
        samples: SAMPLE_VERSIONS.map((version) => (0,config/* fillTemplate */.ou)(template, { version, owner, repo }))
    };
}
/** The release tags, and the Go module tags when the config has a `go` section. */
function tagFamilies(ctx) {
    const families = [family(ctx, 'the release tags', ctx.config.tags.release)];
    const go = ctx.config.go;
    if (go)
        families.push(family(ctx, 'the Go module tags', go.tag));
    return families;
}
/** The release tags only (what may publish to PyPI and what the release workflow runs on). */
function releaseTags(ctx) {
    return tagFamilies(ctx)[0];
}
/** `rulesets`, asked once per run: tag-rules reads it, and a 404 elsewhere is believed only once it answered. */
function repositoryRulesets(ctx) {
    return ctx.once('doctor:rulesets', () => ctx.clients.github.listRulesets());
}
/**
 * Confirms that a 404 means "absent": GitHub answers 404 for an environment or file that does not exist,
 * and also for every path of a repository the token cannot see. The rulesets list of the same repository
 * (asked once per run) tells them apart: it answers whenever the repository is visible.
 */
async function confirmAbsent(ctx, what) {
    try {
        await repositoryRulesets(ctx);
    }
    catch (error) {
        if (!(error instanceof github.SettingUnreadable))
            throw error;
        const repository = `${ctx.settings.owner}/${ctx.settings.repo}`;
        const why = error.status === 404
            ? `as it does when the token cannot see ${repository} (its rulesets answered 404 too); the token needs ${error.permission} on ${repository} (check the repository name too)`
            : `and ${error.message}`;
        throw new github.SettingUnreadable(`${what} could not be read: GitHub answered 404, ${why}`, 404, error.permission, { cause: error });
    }
}
/** Runs a check's reads; a setting GitHub would not show fails the check as "could not be read", never passes it. */
async function readable(work) {
    try {
        return await work();
    }
    catch (error) {
        if (error instanceof github.SettingUnreadable)
            throw new gate/* CheckFailed */.EC(error.message, { cause: error });
        throw error;
    }
}
/**
 * The outcome of a check's findings: none passes with `passed`; one fails with it as the summary; more
 * fail with a count, each finding a line of its own. `notes` follow the findings either way.
 */
function outcomeOf(findings, passed, notes = []) {
    if (findings.length === 0)
        return (0,gate/* pass */.IX)(passed, { details: notes });
    if (findings.length === 1)
        return (0,gate/* fail */.fJ)(findings[0], { details: notes });
    return (0,gate/* fail */.fJ)(`${findings.length} settings to change:`, { details: [...findings, ...notes] });
}
/** `"a"`, `"a" and "b"`, `"a", "b" and "c"`: names from GitHub, each shortened. */
function quotedList(names) {
    const quoted = names.map((n) => `"${(0,util_text/* clip */.$)(n, 80)}"`);
    return quoted.length < 2 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`;
}

;// CONCATENATED MODULE: ./src/checks/doctor/environments.ts




/** The findings for an environment (null: it does not exist) and its policies (read only for custom policies). */
function judgeEnvironment(name, environment, policies, tags) {
    const page = `${ENVIRONMENTS_PAGE} → ${(0,util_text/* clip */.$)(name)} → Deployment branches and tags`;
    const choose = `choose 'Selected branches and tags' and add the tag rule ${tags.pattern}`;
    if (environment === null) {
        return [
            `environment ${quotedList([name])} does not exist: ${ENVIRONMENTS_PAGE} → New environment ${quotedList([name])}, then Deployment branches and tags: ${choose}`
        ];
    }
    const policy = environment.deploymentPolicy;
    if (policy === null)
        return [`environment ${quotedList([name])} can be deployed from every branch and tag: ${page}: ${choose}`];
    if (!policy.customBranchPolicies)
        return [`environment ${quotedList([name])} can be deployed from protected branches, not by tag: ${page}: ${choose}`];
    const findings = policies
        .filter((p) => p.type === 'branch')
        .map((p) => `environment ${quotedList([name])} can be deployed from branches matching ${quotedList([p.name])}: ${page}: remove the branch rule ${quotedList([p.name])}`);
    const tagRules = policies.filter((p) => p.type === 'tag');
    const missed = tags.samples.find((tag) => !tagRules.some((p) => matchesPattern(p.name, tag, 'fnmatch')));
    if (tagRules.length === 0) {
        findings.push(`environment ${quotedList([name])} has no tag rule, so ${tags.label} cannot deploy to it: ${page}: add the tag rule ${tags.pattern}`);
    }
    else if (missed !== undefined) {
        findings.push(`no tag rule of environment ${quotedList([name])} matches ${missed}: ${page}: add the tag rule ${tags.pattern}`);
    }
    return findings;
}
const environments = (0,gate/* defineCheck */.qH)({
    id: 'environments',
    sections: ['pypi'],
    async run(ctx, { pypi }) {
        const name = pypi.environment;
        if (name === undefined) {
            return (0,gate/* skip */.iv)('pypi.environment is not set: no PyPI environment to check (set it to the environment of the PyPI trusted publisher)');
        }
        const tags = releaseTags(ctx);
        const github = ctx.clients.github;
        const environment = await readable(() => github.getEnvironment(name));
        // GitHub answers 404 both for an absent environment and for a repository the token cannot see.
        if (environment === null)
            await readable(() => confirmAbsent(ctx, `environment ${quotedList([name])}`));
        const policies = environment?.deploymentPolicy?.customBranchPolicies ? await readable(() => github.listDeploymentPolicies(name)) : [];
        const findings = judgeEnvironment(name, environment, policies, tags);
        const rules = policies.filter((p) => p.type === 'tag').map((p) => p.name);
        const passed = `environment ${quotedList([name])} can be deployed only from tags (tag rule${rules.length === 1 ? '' : 's'} ${quotedList(rules)}), from no branch`;
        const outcome = outcomeOf(findings, passed);
        return environment?.htmlUrl ? { ...outcome, links: [environment.htmlUrl] } : outcome;
    }
});

;// CONCATENATED MODULE: ./src/checks/doctor/immutable-releases.ts
/**
 * `immutable-releases` — the repository's immutable releases are on (`GET /repos/{owner}/{repo}/immutable-releases`),
 * so no asset of a published release can be replaced or deleted and its tag cannot be moved.
 */


/** The setting, as the repository's settings page names it. */
const IMMUTABLE_SETTING = "Settings → General → Releases: tick 'Enable release immutability'";
const immutableReleases = (0,gate/* defineCheck */.qH)({
    id: 'immutable-releases',
    async run(ctx) {
        const answer = await readable(() => ctx.clients.github.getImmutableReleases());
        // GitHub's 404 for "off" is also its answer for a repository the token cannot see.
        if (answer.notFound)
            await readable(() => confirmAbsent(ctx, 'the immutable releases setting'));
        if (answer.enabled) {
            const by = answer.enforcedByOwner ? ' (enforced by the owner for its repositories)' : '';
            return (0,gate/* pass */.IX)(`immutable releases are enabled${by}: no published release's assets can be replaced`);
        }
        return (0,gate/* fail */.fJ)(`immutable releases are off, so a published release's assets can be replaced: ${IMMUTABLE_SETTING}`, {
            details: answer.notFound
                ? [
                    'GitHub answered 404, its answer when immutable releases are off; it gives the same answer to a token that cannot read the setting, so if they are on, the token needs administration: read'
                ]
                : []
        });
    }
});

;// CONCATENATED MODULE: ./src/checks/doctor/main-rules.ts



/** Each rule the process needs: what its absence allows, and the branch ruleset's label for it. */
const REQUIRED = [
    { type: 'pull_request', missing: 'does not require pull requests', setting: "'Require a pull request before merging'" },
    { type: 'required_status_checks', missing: 'does not require status checks', setting: "'Require status checks to pass'" },
    { type: 'deletion', missing: 'can be deleted', setting: "'Restrict deletions'" },
    { type: 'non_fast_forward', missing: 'can be force-pushed', setting: "'Block force pushes'" }
];
/** The findings for a branch's rules; `names` are the rulesets that already apply to it (to edit rather than create one). */
function judgeMainRules(branch, rules, names) {
    if (rules.length === 0) {
        const settings = REQUIRED.map((r) => r.setting);
        const all = `${settings.slice(0, -1).join(', ')} and ${settings.at(-1)}`;
        return [
            `${(0,util_text/* clip */.$)(branch)} has no active rule at all: ${RULESETS_PAGE} → New ruleset → New branch ruleset: set Enforcement status to 'Active', target ${(0,util_text/* clip */.$)(branch)}, enable ${all}`
        ];
    }
    const present = new Set(rules.map((r) => r.type));
    const where = names.length > 0
        ? `${RULESETS_PAGE} → ${quotedList(names)}:`
        : `${RULESETS_PAGE} → New ruleset → New branch ruleset: set Enforcement status to 'Active', target ${(0,util_text/* clip */.$)(branch)}, and`;
    return REQUIRED.filter((r) => !present.has(r.type)).map((r) => `${(0,util_text/* clip */.$)(branch)} ${r.missing}: ${where} enable ${r.setting}`);
}
const mainRules = (0,gate/* defineCheck */.qH)({
    id: 'main-rules',
    sections: ['main'],
    async run(ctx, { main }) {
        const rules = await readable(() => ctx.clients.github.getBranchRules(main.branch));
        const ids = new Set(rules.map((r) => r.rulesetId).filter((id) => id !== null));
        // The names of the rulesets behind the rules, from the list tag-rules reads too (no extra request).
        const names = ids.size > 0 ? (await readable(() => repositoryRulesets(ctx))).filter((r) => ids.has(r.id)).map((r) => r.name) : [];
        const findings = judgeMainRules(main.branch, rules, names);
        const notes = findings.length > 0
            ? [
                `rules/branches lists only rules of active rulesets: a classic branch protection rule on ${(0,util_text/* clip */.$)(main.branch)} is not counted; recreate it as a ruleset`
            ]
            : [];
        const by = names.length > 0 ? ` (${names.length === 1 ? 'ruleset' : 'rulesets'} ${quotedList(names)})` : '';
        return outcomeOf(findings, `${(0,util_text/* clip */.$)(main.branch)} requires pull requests and status checks and forbids deletion and force pushes${by}`, notes);
    }
});

;// CONCATENATED MODULE: ./src/checks/doctor/tag-rules.ts




const RULES = ['update', 'deletion'];
/** Each rule as the ruleset page labels it, and what its absence lets happen. */
const RULE_SETTING = { update: "'Restrict updates'", deletion: "'Restrict deletions'" };
const RULE_HARM = { update: 'moved', deletion: 'deleted' };
/**
 * GitHub's base repository roles by their ruleset actor id. The REST answer gives a bypass actor's type
 * and id only; a team's or an app's name would need further calls (and organization permissions), so
 * those are named by id, which is what the ruleset page's bypass list links to.
 */
const REPOSITORY_ROLES = { 2: 'maintain', 4: 'write', 5: 'admin' };
function bypassActorName(actor) {
    const id = actor.actorId;
    const who = {
        RepositoryRole: `repository role ${id !== null && REPOSITORY_ROLES[id] ? REPOSITORY_ROLES[id] : `${id ?? '?'} (custom)`}`,
        OrganizationAdmin: 'organization admins',
        DeployKey: 'deploy keys',
        Integration: `GitHub App ${id ?? '?'}`,
        Team: `team ${id ?? '?'}`,
        User: `user ${id ?? '?'}`
    };
    const mode = actor.bypassMode === 'pull_request' ? 'through pull requests' : actor.bypassMode;
    return `${who[actor.actorType] ?? `${(0,util_text/* clip */.$)(actor.actorType, 40)} ${id ?? ''}`.trim()} (${mode})`;
}
const refOf = (tag) => `refs/tags/${tag}`;
const refPatternOf = (f) => `refs/tags/${f.pattern}`;
const described = (families, joiner = ' and ') => families.map((f) => `${f.label} (${refPatternOf(f)})`).join(joiner);
/** Findings grouped by what to change, so one change that fixes both tag families is one finding. */
class Issues {
    groups = new Map();
    add(key, family, render) {
        const group = this.groups.get(key) ?? { families: [], render };
        if (!group.families.includes(family))
            group.families.push(family);
        this.groups.set(key, group);
    }
    lines() {
        return [...this.groups.values()].map((g) => g.render(g.families));
    }
}
/** Why none of a family's tags is covered by an active ruleset, when some ruleset almost covers them. */
function explainUncovered(family, rulesets, issues) {
    let explained = false;
    for (const r of rulesets) {
        const verdicts = family.samples.map((tag) => refNameVerdict(r, refOf(tag)));
        if (r.enforcement !== 'active' && verdicts.some((v) => v.covered)) {
            issues.add(`inactive ${r.id}`, family, (fs) => {
                const what = `tag ruleset ${quotedList([r.name])} targets ${described(fs)} but is '${(0,util_text/* clip */.$)(r.enforcement, 20)}', so it enforces nothing`;
                return `${what}: ${RULESETS_PAGE} → ${quotedList([r.name])}: set Enforcement status to 'Active'`;
            });
            explained = true;
        }
        const index = verdicts.findIndex((v) => v.includedBy !== null && v.excludedBy !== null);
        if (r.enforcement === 'active' && index >= 0) {
            const pattern = (0,util_text/* clip */.$)(verdicts[index].excludedBy);
            const tag = family.samples[index];
            issues.add(`excluded ${r.id} ${pattern}`, family, (fs) => {
                const what = `tag ruleset ${quotedList([r.name])} excludes some of ${fs.map((f) => f.label).join(' and ')} (such as ${tag}) with ${pattern}`;
                return `${what}: ${RULESETS_PAGE} → ${quotedList([r.name])} → Target tags: remove the exclusion ${pattern}`;
            });
            explained = true;
        }
    }
    return explained;
}
/** Judges the tag rulesets (in detail) against the tag families; `branchRulesets` are named when they are all there is. */
function judgeTagRules(families, rulesets, branchRulesets) {
    const active = rulesets.filter((r) => r.enforcement === 'active');
    const issues = new Issues();
    const uncovered = [];
    const protectors = new Map();
    for (const family of families) {
        const perTag = family.samples.map((tag) => ({ tag, by: active.filter((r) => refNameVerdict(r, refOf(tag)).covered) }));
        if (perTag.every((t) => t.by.length === 0)) {
            if (!explainUncovered(family, rulesets, issues))
                uncovered.push(family);
            continue;
        }
        const missed = perTag.find((t) => t.by.length === 0);
        if (missed && !explainUncovered(family, active, issues)) {
            const names = [...new Set(perTag.flatMap((t) => t.by.map((r) => r.name)))];
            issues.add(`partial ${family.pattern}`, family, () => {
                const what = `active tag rulesets target only some of ${family.label}: ${missed.tag} is not targeted`;
                return `${what}: ${RULESETS_PAGE} → ${quotedList(names)} → Target tags: include ${refPatternOf(family)}`;
            });
        }
        const lacking = RULES.filter((rule) => perTag.some((t) => t.by.length > 0 && !t.by.some((r) => r.rules.includes(rule))));
        for (const t of perTag)
            for (const r of t.by)
                if (r.rules.some((rule) => RULES.includes(rule)))
                    protectors.set(r.id, r);
        if (lacking.length === 0)
            continue;
        const names = [...new Set(perTag.flatMap((t) => t.by.map((r) => r.name)))];
        issues.add(`rules ${lacking.join(',')} ${names.join('\0')}`, family, (fs) => {
            const harm = lacking.map((rule) => RULE_HARM[rule]).join(' or ');
            return `${described(fs)} can be ${harm}: ${RULESETS_PAGE} → ${quotedList(names)}: enable ${lacking.map((rule) => RULE_SETTING[rule]).join(' and ')}`;
        });
    }
    const findings = [];
    const notes = [];
    if (uncovered.length > 0) {
        const patterns = uncovered.map(refPatternOf).join(' and ');
        findings.push(`no active tag ruleset targets ${described(uncovered, ' or ')}: ${RULESETS_PAGE} → New ruleset → New tag ruleset: set Enforcement status to 'Active', target ${patterns}, enable 'Restrict updates' and 'Restrict deletions'`);
        if (branchRulesets.length > 0)
            notes.push(`rulesets that target branches do not protect tags: ${quotedList(branchRulesets.map((r) => r.name))}`);
    }
    findings.push(...issues.lines());
    for (const r of protectors.values()) {
        if (r.bypassActors === null) {
            findings.push(`the bypass actors of tag ruleset ${quotedList([r.name])} could not be read: the token needs administration: read (GitHub lists them only to a token that may edit the ruleset)`);
        }
        else if (r.bypassActors.length === 0) {
            notes.push(`tag ruleset ${quotedList([r.name])}: nobody can bypass it`);
        }
        else {
            // A bypass is a way around immutability: listed, for a person to judge.
            notes.push(`tag ruleset ${quotedList([r.name])} can be bypassed by: ${r.bypassActors.map(bypassActorName).join(', ')}`);
        }
    }
    return { findings, notes, protectors: [...protectors.values()] };
}
/** The pass line: who protects the tags, and how many can bypass them. */
function passLine(families, protectors) {
    const bypassers = protectors.reduce((n, r) => n + (r.bypassActors?.length ?? 0), 0);
    const word = protectors.length === 1 ? 'ruleset' : 'rulesets';
    const bypass = bypassers === 0 ? 'nobody can bypass it' : `${bypassers} bypass actor${bypassers === 1 ? '' : 's'} (below)`;
    return `${described(families)} cannot be moved or deleted: active tag ${word} ${quotedList(protectors.map((r) => r.name))} restrict updates and deletions; ${bypass}`;
}
async function tagRulesets(ctx) {
    const summaries = await repositoryRulesets(ctx);
    // Details only for tag rulesets: they alone can protect tags, and the list gives no conditions or rules.
    const tag = await Promise.all(summaries.filter((s) => s.target === 'tag').map((s) => ctx.clients.github.getRuleset(s.id)));
    // A ruleset GitHub gives without a target is a branch ruleset (older servers had no other kind).
    return { tag, branch: summaries.filter((s) => (s.target ?? 'branch') === 'branch') };
}
const tagRules = (0,gate/* defineCheck */.qH)({
    id: 'tag-rules',
    async run(ctx) {
        const families = tagFamilies(ctx);
        const { tag, branch } = await readable(() => tagRulesets(ctx));
        const verdict = judgeTagRules(families, tag, branch);
        const outcome = outcomeOf(verdict.findings, passLine(families, verdict.protectors), verdict.notes);
        const links = verdict.protectors.map((r) => r.htmlUrl).filter((u) => u !== null);
        return links.length ? { ...outcome, links } : outcome;
    }
});

// EXTERNAL MODULE: ./src/util/yaml.ts
var yaml = __webpack_require__(39869);
;// CONCATENATED MODULE: ./src/checks/doctor/workflow.ts
/**
 * `workflow` — `supply-chain.workflow` exists on `main.branch` and runs on pushes of the release tags: its
 * `on.push.tags` (GitHub's filter patterns) lets every release tag through, or `on.push` has no ref
 * filter at all. Read from main through the contents API, so no checkout is needed.
 */





const strings = (value) => typeof value === 'string' ? [value] : Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : null;
/**
 * The push trigger of an `on:` value: a string or a list of event names (every push, branches and tags),
 * or a map whose `push` may filter refs. As GitHub documents, a push filter that names only branches
 * (`branches`, `branches-ignore`) runs for no tag at all, and one with neither lets every ref through.
 */
function pushTrigger(on) {
    const events = strings(on);
    if (events)
        return events.includes('push') ? { kind: 'all' } : { kind: 'none' };
    if (!on || typeof on !== 'object' || !Object.hasOwn(on, 'push'))
        return { kind: 'none' };
    const push = on.push;
    if (push === null || typeof push !== 'object')
        return { kind: 'all' };
    const filters = push;
    // A filter that is not a list of patterns (GitHub refuses the file) lets no tag through.
    if ('tags' in filters)
        return { kind: 'tags', patterns: strings(filters.tags) ?? [] };
    if ('tags-ignore' in filters) {
        const ignored = strings(filters['tags-ignore']);
        return ignored ? { kind: 'tags-ignore', patterns: ignored } : { kind: 'tags', patterns: [] };
    }
    return 'branches' in filters || 'branches-ignore' in filters ? { kind: 'branches-only' } : { kind: 'all' };
}
/** The findings for a workflow file's text (null: not on the branch). */
function judgeWorkflow(file, branch, text, tags) {
    const where = `${(0,util_text/* clip */.$)(file)} on ${(0,util_text/* clip */.$)(branch)}`;
    const add = `on: push: tags: ['${tags.pattern}']`;
    if (text === null)
        return [`${where} does not exist: commit the release workflow to ${(0,util_text/* clip */.$)(branch)} (supply-chain.workflow names it), with ${add}`];
    const parsed = (0,yaml/* parseYamlBounded */.W)(text, { maxItems: 20_000, maxAliasCount: 100 });
    if (!parsed.ok)
        return [`${where} ${parsed.problem}`];
    const doc = parsed.data;
    // A YAML 1.1 reader makes the key `on` the boolean true; `yaml` reads 1.2, unless the file says %YAML 1.1.
    const on = doc && typeof doc === 'object' ? (doc.on ?? doc.true) : undefined;
    const trigger = pushTrigger(on);
    if (trigger.kind === 'all')
        return [];
    if (trigger.kind === 'none')
        return [`${where} does not run on push: add ${add}`];
    if (trigger.kind === 'branches-only')
        return [`${where} runs on pushes of branches only, not of ${tags.label}: add tags: ['${tags.pattern}'] under on.push`];
    if (trigger.kind === 'tags-ignore') {
        const ignored = tags.samples.find((tag) => actionsFilterIncludes(trigger.patterns, tag));
        return ignored === undefined ? [] : [`on.push.tags-ignore of ${where} ignores ${ignored}: remove the pattern that matches it`];
    }
    const missed = tags.samples.find((tag) => !actionsFilterIncludes(trigger.patterns, tag));
    return missed === undefined ? [] : [`on.push.tags of ${where} does not match ${missed}: add '${tags.pattern}' to on.push.tags`];
}
const workflow = (0,gate/* defineCheck */.qH)({
    id: 'workflow',
    sections: ['supply-chain', 'main'],
    async run(ctx, sections) {
        const file = sections['supply-chain'].workflow;
        const branch = sections.main.branch;
        const tags = releaseTags(ctx);
        const text = await readable(() => ctx.clients.github.getFileText(file, branch));
        // GitHub answers 404 both for an absent file and for a repository the token cannot see.
        if (text === null)
            await readable(() => confirmAbsent(ctx, `${(0,util_text/* clip */.$)(file)} on ${(0,util_text/* clip */.$)(branch)}`));
        return outcomeOf(judgeWorkflow(file, branch, text, tags), `${(0,util_text/* clip */.$)(file)} on ${(0,util_text/* clip */.$)(branch)} runs on pushes of ${tags.label} (${tags.pattern})`);
    }
});

;// CONCATENATED MODULE: ./src/gates/doctor.ts





/**
 * `release-gates doctor`: whether the repository itself enforces what the process assumes (tags that
 * cannot move, releases that cannot change, a protected main, an environment only release tags deploy
 * to, a release workflow that runs on them). A maintainer command's checks, like prepare's: not a gate of
 * the action, whose GITHUB_TOKEN cannot read administration settings.
 */
const doctor = {
    id: 'doctor',
    title: 'the repository enforces what the process assumes',
    // In the contract's order.
    checks: [tagRules, immutableReleases, mainRules, environments, workflow]
};

// EXTERNAL MODULE: ./src/report/report.ts
var report = __webpack_require__(88850);
// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __webpack_require__(65655);
// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
// EXTERNAL MODULE: ./src/cli/environment.ts + 1 modules
var environment = __webpack_require__(31666);
// EXTERNAL MODULE: ./src/cli/usage.ts + 1 modules
var usage = __webpack_require__(12973);
// EXTERNAL MODULE: ./src/cli/vocabulary.ts
var vocabulary = __webpack_require__(62916);
;// CONCATENATED MODULE: ./src/cli/commands/doctor.ts











/** doctor judges no release: its report's tag, version and kind are empty. */
const NO_RELEASE = { tag: '', version: null, kind: null, tagProblem: null };
/** The run with every line in the terminal's vocabulary (GITHUB_TOKEN, not the action's "token" input). */
function inTerminalWords(run) {
    return { ...run, checks: run.checks.map((c) => ({ ...c, summary: (0,vocabulary/* terminalWords */.A)(c.summary), details: c.details.map(vocabulary/* terminalWords */.A) })) };
}
/** A gate's text, with the repository where a gate names its version, tag and commit (doctor has none). */
function doctorText(run, repository) {
    const [heading = '', , ...rest] = (0,report_text/* renderText */.S)(run, NO_RELEASE, '', doctor.title).split('\n');
    const next = run.result === 'pass' ? '' : '\nChange each setting named above, then run release-gates doctor again.\n';
    return `${[heading, `  repository ${repository}`, ...rest].join('\n')}${next}`;
}
/**
 * `release-gates doctor`: whether the repository's settings enforce what the release process assumes.
 * Exit 0 when every check holds; 1 when one does not or could not be read (never a pass then).
 */
async function doctorCommand(args, io) {
    const { values, positionals } = (0,command/* parseCommandArgs */.Qx)(args, command/* COMMON_OPTIONS */.DT, 'doctor');
    if (values.help) {
        io.terminal.out(usage/* COMMAND_USAGE */.Kf.doctor);
        return command/* EXIT */.dc.ok;
    }
    if (positionals.length > 0) {
        throw new errors/* InputError */.d(`release-gates doctor takes no arguments besides options, got "${(0,util_text/* clip */.$)(positionals[0])}"; see release-gates doctor --help`);
    }
    const workspace = (0,environment/* workspaceOf */.B3)(values);
    const git = (0,command/* gitOf */.Od)(io);
    const config = await (0,environment/* loadCommandConfig */.eY)(values);
    const repository = await (0,environment/* resolveRepository */.BN)(values.repository, io.env, git, workspace);
    // Every answer comes from GitHub, so no clone is needed; a clone's HEAD goes into the report when there is one.
    const head = await git.headSha(workspace);
    // Settings carry a tag and a commit, which doctor has none of: the release template and a zero SHA stand in, read by no check.
    const settings = (0,environment/* commandSettings */.Jd)({ ...values, command: 'doctor', tag: config.tags.release, sha: head ?? '0'.repeat(40), repository }, io.env);
    const ctx = (0,context/* createGateContext */.P)(settings, config, NO_RELEASE, (line) => io.terminal.errLine((0,vocabulary/* terminalWords */.A)(line)), {
        ...(io.clients ? { clients: io.clients } : {}),
        ...(io.sleep ? { sleep: io.sleep } : {})
    });
    const run = inTerminalWords(await (0,engine/* runGate */.Rg)(doctor, ctx, [settings.token, settings.npmToken]));
    if (values.json)
        io.terminal.json(`${(0,report/* reportJson */.l4)((0,report/* buildReport */.FK)(run, NO_RELEASE, head ?? ''))}\n`);
    else
        io.terminal.out(doctorText(run, `${settings.owner}/${settings.repo}`));
    return run.result === 'pass' ? command/* EXIT */.dc.ok : command/* EXIT */.dc.failed;
}


/***/ }),

/***/ 22973:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadConfig: () => (/* binding */ loadConfig),
/* harmony export */   ou: () => (/* reexport safe */ _util_template_js__WEBPACK_IMPORTED_MODULE_6__.o)
/* harmony export */ });
/* unused harmony exports MAX_CONFIG_BYTES, MAX_CONFIG_ITEMS, configSchema, gosumdbProblem, parseConfig */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(38816);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49997);
/* harmony import */ var _util_loopback_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(26815);
/* harmony import */ var _util_workspace_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(55680);
/* harmony import */ var _util_yaml_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(39869);
/* harmony import */ var _util_version_pattern_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(64763);
/* harmony import */ var _util_zod_issue_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(59935);
/* harmony import */ var _util_template_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(15664);









/** A config is a few dozen lines; a megabyte is far beyond any real one and still cheap to parse. */
const MAX_CONFIG_BYTES = 1024 * 1024;
/** Keys and list items in a config: a real one has under a hundred. */
const MAX_CONFIG_ITEMS = 10_000;
/** Unknown keys named in an error; the rest are counted, so a hostile config cannot make a huge error line. */
const MAX_KEYS_NAMED = 5;
/** A registry base URL: https, or http on a loopback address only. */
const registryUrl = zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP()
    .refine((s) => URL.canParse(s), { message: 'must be an absolute URL' })
    .refine((s) => (0,_util_loopback_js__WEBPACK_IMPORTED_MODULE_8__/* .isAllowedUrl */ .y2)(new URL(s)), { message: 'must use https:// (http:// is allowed only on a loopback address)' })
    .transform((s) => s.replace(/\/+$/, ''));
const versionTemplate = zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().refine((s) => s.split('{version}').length === 2, { message: 'must contain {version} exactly once' });
const relPath = zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().min(1);
const versionEntry = zod__WEBPACK_IMPORTED_MODULE_7__/* .union */ .KCZ([
    zod__WEBPACK_IMPORTED_MODULE_7__/* .strictObject */ .rej({ file: relPath, key: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().min(1) }),
    zod__WEBPACK_IMPORTED_MODULE_7__/* .strictObject */ .rej({
        file: relPath,
        // One capture group exactly: the version.
        pattern: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().superRefine((p, ctx) => {
            const problem = (0,_util_version_pattern_js__WEBPACK_IMPORTED_MODULE_4__/* .versionPatternProblem */ .J)(p);
            if (problem)
                ctx.addIssue({ code: 'custom', message: problem });
        })
    })
]);
/**
 * A reusable workflow as `owner/repo/path@ref`, what GitHub writes (after the server URL) into a Fulcio
 * certificate's SAN when that workflow ran the signing step: its file is under `.github/workflows/`, and the ref
 * is a commit (40 hex, what the SPEC's example pins) or a full `refs/heads/…` / `refs/tags/…` ref.
 */
const signerWorkflow = zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP()
    .regex(/^[A-Za-z0-9][A-Za-z0-9-]{0,38}\/[A-Za-z0-9._-]{1,100}\/\.github\/workflows\/[A-Za-z0-9._-]+\.ya?ml@(?:[0-9a-f]{40}|refs\/(?:heads|tags)\/[^\s@]+)$/, {
    message: 'must be owner/repo/.github/workflows/<file>.yml@<ref>, the ref a 40-hex commit or refs/tags/… (e.g. github/artifact-attestations-workflows/.github/workflows/attest.yml@<40 hex>)'
});
/** An OIDC issuer URL as Fulcio records it: https, compared exactly (no trailing slash added or removed). */
const oidcIssuer = zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().refine((s) => URL.canParse(s) && new URL(s).protocol === 'https:', {
    message: 'must be an https:// URL, the OIDC issuer as the certificate states it (e.g. https://token.actions.githubusercontent.com)'
});
/** `false` turns a section off explicitly; leaving it out is an error for gates that need it. */
function section(schema) {
    return zod__WEBPACK_IMPORTED_MODULE_7__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_7__/* .literal */ .euz(false), schema]).optional();
}
const configSchema = zod__WEBPACK_IMPORTED_MODULE_7__/* .strictObject */ .rej({
    tags: zod__WEBPACK_IMPORTED_MODULE_7__/* .strictObject */ .rej({
        release: versionTemplate.default('v{version}'),
        rehearsal: versionTemplate.optional(),
        annotated: zod__WEBPACK_IMPORTED_MODULE_7__/* .boolean */ .zMY().default(true)
    }),
    versions: section(zod__WEBPACK_IMPORTED_MODULE_7__/* .array */ .YOg(versionEntry).min(1)),
    changelog: section(relPath),
    main: section(zod__WEBPACK_IMPORTED_MODULE_7__/* .strictObject */ .rej({
        branch: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().min(1).default('main'),
        workflow: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().min(1)
    })),
    go: section(zod__WEBPACK_IMPORTED_MODULE_7__/* .strictObject */ .rej({
        dir: relPath,
        tag: versionTemplate.default('clients/go/v{version}')
    })),
    npm: section(zod__WEBPACK_IMPORTED_MODULE_7__/* .strictObject */ .rej({
        registry: registryUrl.default('https://registry.npmjs.org'),
        publisher: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().min(1),
        scope: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP()
            .min(1)
            .transform((s) => s.replace(/^@/, '')),
        packages: zod__WEBPACK_IMPORTED_MODULE_7__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().min(1)).min(1),
        // npm provenance and the registry's signatures are required of every package; false turns npm-provenance off.
        provenance: zod__WEBPACK_IMPORTED_MODULE_7__/* .boolean */ .zMY().default(true)
    })),
    pypi: section(zod__WEBPACK_IMPORTED_MODULE_7__/* .strictObject */ .rej({
        index: registryUrl.default('https://pypi.org'),
        'rehearsal-index': registryUrl.optional(),
        // The GitHub environment of the trusted publisher, as PEP 740 writes `publisher.environment`.
        environment: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP()
            .min(1)
            .max(255)
            .refine((name) => name.trim() === name && !/[\u0000-\u001f]/.test(name), 'must be a GitHub environment name (no surrounding spaces or control characters)')
            .optional(),
        // PEP 740 attestations are required of every file; false turns pypi-provenance off.
        provenance: zod__WEBPACK_IMPORTED_MODULE_7__/* .boolean */ .zMY().default(true),
        project: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().min(1),
        python: zod__WEBPACK_IMPORTED_MODULE_7__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().regex(/^[a-z]+\d+t?$/, 'must be an interpreter tag like cp312')).min(1),
        platforms: zod__WEBPACK_IMPORTED_MODULE_7__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().min(1)).min(1)
    })),
    container: section(zod__WEBPACK_IMPORTED_MODULE_7__/* .strictObject */ .rej({
        image: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().min(1),
        platforms: zod__WEBPACK_IMPORTED_MODULE_7__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().regex(/^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/, 'must be os/arch[/variant]')).min(1),
        // Every tag the push made; `{version}`, `{major}`, `{minor}`, `{patch}` are filled per release.
        tags: zod__WEBPACK_IMPORTED_MODULE_7__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP()
            .min(1)
            .refine((t) => /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/.test(t.replace(/\{(version|major|minor|patch)\}/g, '0')), {
            message: 'must be an OCI tag (letters, digits, _ . -; at most 128) with optional {version}, {major}, {minor}, {patch}'
        }))
            .min(1)
            .default(['{version}'])
    })),
    helm: section(zod__WEBPACK_IMPORTED_MODULE_7__/* .strictObject */ .rej({ chart: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().min(1) })),
    goproxy: section(registryUrl),
    // Go's GOSUMDB syntax: `<name>+<hash>+<key>` or `<name>+<hash>+<key> <url>`; `false` skips the checksum database.
    gosumdb: zod__WEBPACK_IMPORTED_MODULE_7__/* .union */ .KCZ([
        zod__WEBPACK_IMPORTED_MODULE_7__/* .literal */ .euz(false),
        zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP()
            .min(1)
            .refine((s) => gosumdbProblem(s) === null, {
            message: 'must follow GOSUMDB syntax: <name>+<hash>+<key>, optionally followed by a space and the database URL'
        })
    ])
        .optional(),
    release: section(zod__WEBPACK_IMPORTED_MODULE_7__/* .strictObject */ .rej({
        checksum: relPath.default('SHA256SUMS'),
        sbom: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().min(1),
        provenance: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().min(1)
    })),
    'supply-chain': section(zod__WEBPACK_IMPORTED_MODULE_7__/* .strictObject */ .rej({
        // The signer: this repository's workflow file, run for the release tag.
        workflow: relPath.refine((p) => /^\.github\/workflows\/[^/]+\.ya?ml$/.test(p), {
            message: 'must be a workflow file of this repository, e.g. .github/workflows/release.yml'
        }),
        // Sigstore trusted_root.json in the workspace; absent: Sigstore public-good through TUF.
        'trusted-root': relPath.optional(),
        scan: zod__WEBPACK_IMPORTED_MODULE_7__/* .strictObject */ .rej({
            report: relPath,
            severity: zod__WEBPACK_IMPORTED_MODULE_7__/* ["enum"] */ .k5n(['critical', 'high', 'medium', 'low']).default('high'),
            'ignore-unfixed': zod__WEBPACK_IMPORTED_MODULE_7__/* .boolean */ .zMY().default(false)
        }),
        'image-attestations': zod__WEBPACK_IMPORTED_MODULE_7__/* .boolean */ .zMY().default(true),
        // Reusable workflows trusted to run the signing step for the release workflow (the certificate SAN).
        'signer-workflows': zod__WEBPACK_IMPORTED_MODULE_7__/* .array */ .YOg(signerWorkflow).max(50).default([]),
        // The OIDC issuer Fulcio writes into the certificate: a GitHub Enterprise Cloud tenant has its own.
        issuer: oidcIssuer.default('https://token.actions.githubusercontent.com')
    })),
    // Optional: oci-push runs with the default hosts when the section is absent; `oci: false` turns it off.
    oci: zod__WEBPACK_IMPORTED_MODULE_7__/* .union */ .KCZ([
        zod__WEBPACK_IMPORTED_MODULE_7__/* .literal */ .euz(false),
        zod__WEBPACK_IMPORTED_MODULE_7__/* .strictObject */ .rej({
            // Registries the GitHub token may be sent to (host, or host:port), lower case as Docker compares them.
            'push-hosts': zod__WEBPACK_IMPORTED_MODULE_7__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP()
                .min(1)
                .max(255)
                .regex(/^[a-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-f:]+\](:\d{1,5})?$/, 'must be a registry host such as ghcr.io (host or host:port, lower case)'))
                .max(20)
                .default(['ghcr.io'])
        })
    ])
        .default({ 'push-hosts': ['ghcr.io'] })
});
/**
 * Why a `gosumdb` value is not Go's GOSUMDB syntax, or null. The key itself
 * (`<name>+<hash>+<base64 key>`) is decoded and checked by the checksum-database
 * client; here only its shape and the URL's transport rule are checked.
 */
function gosumdbProblem(value) {
    const parts = value.trim().split(/\s+/);
    if (parts.length > 2)
        return 'too many fields';
    const [key, url] = parts;
    if (!/^[^+\s]+\+[0-9a-f]{8}\+[A-Za-z0-9+/=]+$/.test(key))
        return 'key is not <name>+<hash>+<key>';
    if (url !== undefined) {
        if (!URL.canParse(url))
            return 'URL is not absolute';
        if (!(0,_util_loopback_js__WEBPACK_IMPORTED_MODULE_8__/* .isAllowedUrl */ .y2)(new URL(url)))
            return 'URL must be https:// (http:// only on loopback)';
    }
    return null;
}
/**
 * A union (a section or `false`; a versions entry with `key` or `pattern`) fails
 * as a whole; the branch that got furthest holds the reason worth showing, and
 * the `false` branch never does.
 */
function likeliestBranchIssue(issue) {
    let best = null;
    let bestScore = -Infinity;
    for (const branch of issue.errors) {
        for (const sub of branch) {
            const isFalseBranch = sub.code === 'invalid_value' && sub.values.includes(false);
            const score = sub.path.length * 10 + (sub.code === 'custom' ? 5 : 0) - (isFalseBranch ? 1000 : 0);
            if (score > bestScore) {
                best = sub;
                bestScore = score;
            }
        }
    }
    return best;
}
function describeIssue(issue, prefix) {
    const path = [...prefix, ...issue.path];
    const where = path.length ? (0,_util_zod_issue_js__WEBPACK_IMPORTED_MODULE_5__/* .dottedPath */ .wM)(path) : '(top level)';
    if (issue.code === 'unrecognized_keys') {
        const dotted = path.length ? `${where}.` : '';
        const named = issue.keys.slice(0, MAX_KEYS_NAMED).map((k) => `"${dotted}${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)(k, 40)}"`);
        const more = issue.keys.length - named.length;
        return `unknown key ${named.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
    }
    if (issue.code === 'invalid_union') {
        const branch = likeliestBranchIssue(issue);
        return branch ? describeIssue(branch, path) : `${where}: not a valid value (see the config reference in the README)`;
    }
    return `${where}: ${issue.message}`;
}
/** Parses and validates config text; every problem names its key path. */
function parseConfig(text, source) {
    const parsed = (0,_util_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .parseYamlBounded */ .W)(text, { maxItems: MAX_CONFIG_ITEMS, maxAliasCount: 100 });
    if (!parsed.ok)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`config ${source} ${parsed.problem}`);
    const raw = parsed.data;
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`config ${source} must be a YAML mapping with at least a "tags" section`);
    }
    const result = configSchema.safeParse(raw);
    if (!result.success) {
        const problems = result.error.issues.slice(0, 5).map((issue) => describeIssue(issue, []));
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`config ${source} is invalid: ${problems.join('; ')}`);
    }
    return result.data;
}
/**
 * Reads the config from the workspace: confined to it by its real path (a
 * symlink out of the workspace is refused, so a config from elsewhere cannot
 * switch the gate's sections off), a regular file (a FIFO or device fails at
 * once instead of blocking), at most MAX_CONFIG_BYTES.
 */
async function loadConfig(absPath, shown, workspace) {
    let text;
    try {
        text = await (0,_util_workspace_file_js__WEBPACK_IMPORTED_MODULE_2__/* .readWorkspaceText */ .tA)(workspace, absPath, { maxBytes: MAX_CONFIG_BYTES, purpose: 'a config file', shown: `config file ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)(shown)}` });
    }
    catch (error) {
        if (error instanceof _util_workspace_file_js__WEBPACK_IMPORTED_MODULE_2__/* .WorkspaceFileError */ ._n) {
            if (error.reason === 'missing') {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`config file ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)(shown)} not found in the workspace; check out the repository first or set "config"`, { cause: error });
            }
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(error.message, { cause: error });
        }
        throw error;
    }
    return parseConfig(text, shown);
}


/***/ }),

/***/ 14031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X1: () => (/* binding */ escapeText),
/* harmony export */   ue: () => (/* binding */ neutralizeBidi),
/* harmony export */   v7: () => (/* binding */ safeHref)
/* harmony export */ });
/**
 * Escapes text from outside the action (tag names, file contents, registry and
 * API answers) for the job summary, which GitHub renders as Markdown with HTML.
 * Every character that could open HTML or Markdown syntax becomes an entity,
 * and line breaks fold to spaces, so the text can neither inject markup nor
 * break out of a table cell.
 */
const SPECIAL = /[&<>"'`*_[\]()|#!~\\{}+=:-]/g;
/**
 * Bidirectional marks, embeddings, overrides and isolates (U+061C, U+200E–U+200F,
 * U+202A–U+202E, U+2066–U+2069). They reorder how a line is shown, so a file name
 * could read as something it is not ("Trojan Source"). An entity would not help:
 * `&#8238;` renders as the override itself. They are shown as their code point.
 */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** Replaces every bidirectional control with a visible `<U+202E>` marker. */
function neutralizeBidi(text) {
    return text.replace(BIDI, (ch) => `<U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`);
}
function escapeText(text) {
    return neutralizeBidi(text.replace(/[\r\n\t]+/g, ' ').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')).replace(SPECIAL, (ch) => `&#${ch.charCodeAt(0)};`);
}
/** A link target is kept only when it is plain http(s); anything else is dropped. */
function safeHref(url) {
    try {
        const u = new URL(url);
        if (u.protocol !== 'https:' && u.protocol !== 'http:')
            return null;
        return u.toString().replace(/["'<>`\s]/g, (ch) => encodeURIComponent(ch));
    }
    catch {
        return null;
    }
}


/***/ }),

/***/ 88850:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ buildReport),
/* harmony export */   eG: () => (/* binding */ reportPath),
/* harmony export */   l4: () => (/* binding */ reportJson),
/* harmony export */   u5: () => (/* binding */ writeReport)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


function buildReport(run, release, sha) {
    return {
        gate: run.gate,
        result: run.result,
        tag: release.tag,
        version: release.version,
        kind: release.kind,
        sha,
        checks: run.checks.map((c) => ({
            id: c.id,
            status: c.status,
            summary: c.summary,
            // A detail table is also kept in the report, one line per row.
            details: c.table ? [...c.details, ...c.table.rows.map((row) => row.join(' | '))] : c.details,
            links: c.links
        })),
        durationMs: run.durationMs
    };
}
function reportPath(runnerTemp, gate) {
    return node_path__WEBPACK_IMPORTED_MODULE_1__.join(runnerTemp, `release-gates-${gate}.json`);
}
/**
 * The report as JSON, with bidirectional controls written as `\\u202e` escapes:
 * the data is unchanged for any JSON reader, while a person viewing the file
 * sees the escape instead of reordered text.
 */
function reportJson(report) {
    return JSON.stringify(report, null, 2).replace(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
async function writeReport(file, report) {
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(file), { recursive: true });
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile(file, `${reportJson(report)}\n`, 'utf8');
}


/***/ }),

/***/ 65655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ renderText)
/* harmony export */ });
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14031);

/** A plain-text rendering of a gate run for the command line. */
function renderText(run, release, sha, title) {
    // Control characters would break the layout; bidirectional overrides would reorder what is read.
    const clean = (s) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .neutralizeBidi */ .ue)(s.replace(/[\u0000-\u001f\u007f]/g, ' '));
    const lines = [];
    lines.push(`release-gates ${run.gate}: ${run.result.toUpperCase()}  (${title})`);
    lines.push(`  version ${release.version ?? 'unknown'} · ${release.kind ?? 'unknown'} · tag ${clean(release.tag)} · commit ${sha.slice(0, 7)}`);
    if (run.failureLine)
        lines.push(`  ${run.failureLine}`);
    lines.push('');
    const width = Math.max(...run.checks.map((c) => c.id.length), 5);
    for (const check of run.checks) {
        lines.push(`  ${check.status.padEnd(4)}  ${check.id.padEnd(width)}  ${clean(check.summary)}`);
        if (check.table) {
            const cols = check.table.columns;
            const widths = cols.map((c, i) => Math.max(c.length, ...check.table.rows.map((r) => clean(r[i] ?? '').length)));
            const fmt = (cells) => cells.map((c, i) => clean(c).padEnd(widths[i])).join('  ');
            lines.push(`          ${fmt(cols)}`);
            for (const row of check.table.rows)
                lines.push(`          ${fmt(row)}`);
        }
        for (const d of check.details)
            lines.push(`          - ${clean(d)}`);
        for (const l of check.links)
            lines.push(`          ${clean(l)}`);
    }
    return `${lines.join('\n')}\n`;
}


/***/ }),

/***/ 26815:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M_: () => (/* binding */ isAllowedAnswerUrl),
/* harmony export */   cW: () => (/* binding */ isLoopbackHost),
/* harmony export */   y2: () => (/* binding */ isAllowedUrl)
/* harmony export */ });
/** True for hosts Docker and this action treat as loopback: plain HTTP is allowed there only. */
function isLoopbackHost(hostname) {
    const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
    return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}
/** The one transport rule for registries, realms and redirects: https, or http on a loopback address only. */
function isAllowedUrl(url) {
    return url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname));
}
/**
 * The rule for a URL taken from an answer (a packument's tarball, an attestation's `bundle_url`): https, or plain
 * http on loopback only when the configured base it came from is itself on loopback — so a registry on the
 * internet cannot make the runner request `http://localhost:…`, while a test or mirror on loopback still works.
 */
function isAllowedAnswerUrl(url, configuredBase) {
    return url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname) && isLoopbackHost(configuredBase.hostname));
}


/***/ }),

/***/ 24964:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ isOutside)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Whether `resolved` lies outside `root` (both absolute). Only a first segment of
 * exactly `..` leaves the root: a folder named `..foo` is inside it.
 */
function isOutside(root, resolved) {
    const relative = node_path__WEBPACK_IMPORTED_MODULE_0__.relative(root, resolved);
    return relative === '..' || relative.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_0__.sep}`) || node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute(relative);
}


/***/ }),

/***/ 84537:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ef: () => (/* binding */ credentialHeaderProblem),
/* harmony export */   FL: () => (/* binding */ credentialProblem),
/* harmony export */   mT: () => (/* binding */ checkedSecret)
/* harmony export */ });
/* unused harmony export checkSecretInput */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

/**
 * What makes a credential unusable, or null when it is fine. Tokens (GitHub, npm, registry)
 * are single words of visible characters: whitespace or a control character is a pasting
 * mistake (a trailing line break from `echo`, a second line of a file). Sent anyway, the HTTP
 * library rejects the header and quotes it in its error, token and all; so the value is
 * refused here, and the reason never contains the value itself.
 */
function credentialProblem(value) {
    // Index only: the character's position helps find it without showing the secret around it.
    const bad = /[\s\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/u.exec(value);
    if (!bad)
        return null;
    const ch = bad[0];
    const what = ch === '\n' || ch === '\r' ? 'a line break' : /\s/u.test(ch) ? 'whitespace' : 'a control character';
    return `contains ${what} (character ${bad.index + 1})`;
}
/**
 * Refuses a secret input that contains whitespace or a control character, as bad input,
 * without echoing it. An empty value is left to the caller (it means "not given").
 */
function checkSecretInput(input, value) {
    const problem = credentialProblem(value);
    if (problem) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`input "${input}" ${problem}; a token is one word of visible characters — remove the stray space or line break from the secret`);
    }
}
/**
 * Whether a header value (`Bearer <token>`, `token <token>`) can be sent: the scheme and one
 * token separated by a single space, no control characters. Checked before every send.
 */
function credentialHeaderProblem(headerValue) {
    const space = headerValue.indexOf(' ');
    const token = space > 0 && /^[A-Za-z]+$/.test(headerValue.slice(0, space)) ? headerValue.slice(space + 1) : headerValue;
    return token.length === 0 ? 'is empty' : credentialProblem(token);
}
/** `checkSecretInput`, then the value: for reading an input in one expression (`token: checkedSecret('token', input('token'))`). */
function checkedSecret(input, value) {
    checkSecretInput(input, value);
    return value;
}


/***/ }),

/***/ 15664:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ fillTemplate)
/* harmony export */ });
/** Fills `{version}`, `{owner}` and `{repo}` in a template. */
function fillTemplate(template, values, lowerCase = false) {
    const owner = lowerCase ? values.owner.toLowerCase() : values.owner;
    const repo = lowerCase ? values.repo.toLowerCase() : values.repo;
    return template
        .replaceAll('{owner}', owner)
        .replaceAll('{repo}', repo)
        .replaceAll('{version}', values.version ?? '{version}');
}


/***/ })

};
