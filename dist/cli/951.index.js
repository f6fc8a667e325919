export const id = 951;
export const ids = [951];
export const modules = {

/***/ 33266:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nc: () => (/* binding */ readWorkspaceFileOnce),
/* harmony export */   ZJ: () => (/* binding */ MAX_MANIFEST_BYTES),
/* harmony export */   ph: () => (/* binding */ workspaceCommit),
/* harmony export */   sL: () => (/* binding */ readWorkspaceFile)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49997);
/* harmony import */ var _util_paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(24964);
/* harmony import */ var _util_workspace_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(55680);
/**
 * Config-named files (manifests, the changelog, go.mod) as the release commit holds them, or as
 * the workspace does outside a checkout, with every problem a sentence naming the file. What the
 * text means is read in src/formats/ (manifest.ts, changelog.ts, go-mod.ts).
 */




/**
 * Manifests are small text files; anything bigger is not one, and reading it
 * whole (or running a config pattern over it) would only waste the runner.
 */
const MAX_MANIFEST_BYTES = 5 * 1024 * 1024;
/** Why `rel` cannot name a file in the workspace by its spelling alone (absolute, or `..` out of it), or null. */
function pathProblem(workspace, rel, shown) {
    if (node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute(rel) || node_path__WEBPACK_IMPORTED_MODULE_0__.win32.isAbsolute(rel))
        return `${shown} is an absolute path; give a path relative to the workspace`;
    if ((0,_util_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .isOutside */ ._)(workspace, node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(workspace, rel)))
        return `${shown} leaves the workspace; give a path inside it`;
    return null;
}
/**
 * Reads a config-named file from the workspace's working tree. Refuses a path
 * that leaves the workspace (`../`, absolute, or a symlink whose target is
 * outside), anything but a regular file (a FIFO or device fails at once instead
 * of blocking), and a file over MAX_MANIFEST_BYTES. Every problem is a sentence
 * naming the file.
 */
async function readWorkspaceFile(workspace, rel) {
    const shown = `"${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)(rel)}"`;
    const problem = pathProblem(workspace, rel, shown);
    if (problem)
        return { ok: false, problem };
    try {
        return { ok: true, text: await (0,_util_workspace_file_js__WEBPACK_IMPORTED_MODULE_3__/* .readWorkspaceText */ .tA)(workspace, rel, { maxBytes: MAX_MANIFEST_BYTES, purpose: 'a manifest', shown }) };
    }
    catch (error) {
        if (error instanceof _util_workspace_file_js__WEBPACK_IMPORTED_MODULE_3__/* .WorkspaceFileError */ ._n)
            return { ok: false, problem: error.message };
        return { ok: false, problem: `${shown} cannot be read: ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)((0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .messageOf */ .b)(error), 120)}` };
    }
}
/**
 * Reads `rel` as committed in the commit being released. A working tree can be
 * rewritten after checkout (a build step that bumps versions, a dirty runner),
 * so when the workspace is a checkout, the commit is the source of truth.
 */
async function readCommittedFile(ctx, rel) {
    const { workspace, sha } = ctx.settings;
    const shown = `"${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)(rel)}"`;
    const at = `the release commit ${sha.slice(0, 12)}`;
    let file;
    try {
        file = await ctx.clients.git.showFile(workspace, sha, rel, MAX_MANIFEST_BYTES);
    }
    catch (error) {
        return { ok: false, problem: `${shown} cannot be read from ${at}: ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)((0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .messageOf */ .b)(error), 200)}` };
    }
    switch (file.kind) {
        case 'file':
            return { ok: true, text: file.text };
        case 'missing':
            return { ok: false, problem: `${shown} does not exist in ${at}` };
        case 'symlink':
            if (file.via) {
                return {
                    ok: false,
                    problem: `${shown} lies under "${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)(file.via)}", a symlink in ${at} (to ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)(file.target, 80)}); name the real folder instead`
                };
            }
            return { ok: false, problem: `${shown} is a symlink in ${at} (to ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)(file.target, 80)}); point the config at the file itself` };
        case 'not-a-file':
            return { ok: false, problem: `${shown} is ${file.type} in ${at}, not a regular file` };
        case 'too-large':
            return { ok: false, problem: `${shown} is ${file.size} bytes in ${at}; a manifest may be at most ${MAX_MANIFEST_BYTES} bytes` };
    }
}
/**
 * A config-named file (a manifest, the changelog, go.mod), once per gate run
 * (ctx.once, keyed by the path as the config writes it): checks that read the
 * same file share one read. When the workspace is a git checkout the file is
 * read from the commit being released (`git ls-tree`/`cat-file`), otherwise from
 * the working tree, confined to the workspace.
 */
function readWorkspaceFileOnce(ctx, rel) {
    return ctx.once(`workspace-file:${rel}`, async () => {
        const problem = pathProblem(ctx.settings.workspace, rel, `"${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)(rel)}"`);
        if (problem)
            return { ok: false, problem };
        let commit;
        try {
            commit = await workspaceCommit(ctx);
        }
        catch (error) {
            return { ok: false, problem: `"${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)(rel)}" cannot be tied to the release commit: ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)((0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .messageOf */ .b)(error), 200)}` };
        }
        return commit.notGit ? readWorkspaceFile(ctx.settings.workspace, rel) : readCommittedFile(ctx, rel);
    });
}
/**
 * Whether the workspace files belong to `sha`: a problem sentence when the
 * workspace is a git checkout at another commit, null when it matches or is
 * not a git checkout (`notGit` tells the caller). Shared between the checks
 * that read the workspace, so git runs once per gate.
 */
function workspaceCommit(ctx) {
    return ctx.once('workspace-head', async () => {
        // `bump` checks the files it has just written, before they are committed.
        if (ctx.settings.readWorkingTree)
            return { problem: null, notGit: true, workingTree: true };
        const head = await ctx.clients.git.headSha(ctx.settings.workspace);
        if (head === null)
            return { problem: null, notGit: true };
        if (head !== ctx.settings.sha) {
            return {
                problem: `the workspace is checked out at ${head}, not at the commit being released ${ctx.settings.sha}; check out the release commit (actions/checkout with ref: \${{ github.sha }})`,
                notGit: false
            };
        }
        return { problem: null, notGit: false };
    });
}


/***/ }),

/***/ 16598:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bumpCommand: () => (/* binding */ bumpCommand)
});

// EXTERNAL MODULE: ./src/context.ts + 4 modules
var context = __webpack_require__(78111);
// EXTERNAL MODULE: ./src/engine.ts
var engine = __webpack_require__(90825);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/util/text.ts
var util_text = __webpack_require__(49997);
// EXTERNAL MODULE: ./src/checks/preflight/changelog.ts
var changelog = __webpack_require__(14567);
// EXTERNAL MODULE: ./src/checks/preflight/coupled-versions.ts
var coupled_versions = __webpack_require__(70579);
;// CONCATENATED MODULE: ./src/gates/bump.ts


/** What `release-gates bump` checks after writing: the two checks preflight runs on the tag, over the working tree. */
const bump = {
    id: 'bump',
    title: 'the working tree carries the new version',
    checks: [coupled_versions/* coupledVersions */.g, changelog/* changelog */.r]
};

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./node_modules/@renovatebot/pep440/lib/version.js
const VERSION_PATTERN = [
  'v?',
  '(?:',
  /* */ '(?:(?<epoch>[0-9]+)!)?', // epoch
  /* */ '(?<release>[0-9]+(?:\\.[0-9]+)*)', // release segment
  /* */ '(?<pre>', // pre-release
  /*    */ '[-_\\.]?',
  /*    */ '(?<pre_l>(a|b|c|rc|alpha|beta|pre|preview))',
  /*    */ '[-_\\.]?',
  /*    */ '(?<pre_n>[0-9]+)?',
  /* */ ')?',
  /* */ '(?<post>', // post release
  /*    */ '(?:-(?<post_n1>[0-9]+))',
  /*    */ '|',
  /*    */ '(?:',
  /*        */ '[-_\\.]?',
  /*        */ '(?<post_l>post|rev|r)',
  /*        */ '[-_\\.]?',
  /*        */ '(?<post_n2>[0-9]+)?',
  /*    */ ')',
  /* */ ')?',
  /* */ '(?<dev>', // dev release
  /*    */ '[-_\\.]?',
  /*    */ '(?<dev_l>dev)',
  /*    */ '[-_\\.]?',
  /*    */ '(?<dev_n>[0-9]+)?',
  /* */ ')?',
  ')',
  '(?:\\+(?<local>[a-z0-9]+(?:[-_\\.][a-z0-9]+)*))?', // local version
].join('');



const validRegex = new RegExp('^' + VERSION_PATTERN + '$', 'i');

function valid(version) {
  return validRegex.test(version) ? version : null;
}

const cleanRegex = new RegExp('^\\s*' + VERSION_PATTERN + '\\s*$', 'i');
function clean(version) {
  return version_stringify(version_parse(version, cleanRegex));
}

function version_parse(version, regex) {
  // Validate the version and parse it into pieces
  const { groups } = (regex || validRegex).exec(version) || {};
  if (!groups) {
    return null;
  }

  // Store the parsed out pieces of the version
  const parsed = {
    epoch: Number(groups.epoch ? groups.epoch : 0),
    release: groups.release.split('.').map(Number),
    pre: normalize_letter_version(groups.pre_l, groups.pre_n),
    post: normalize_letter_version(
      groups.post_l,
      groups.post_n1 || groups.post_n2,
    ),
    dev: normalize_letter_version(groups.dev_l, groups.dev_n),
    local: parse_local_version(groups.local),
  };

  return parsed;
}

function version_stringify(parsed) {
  if (!parsed) {
    return null;
  }
  const { epoch, release, pre, post, dev, local } = parsed;
  const parts = [];

  // Epoch
  if (epoch !== 0) {
    parts.push(`${epoch}!`);
  }
  // Release segment
  parts.push(release.join('.'));

  // Pre-release
  if (pre) {
    parts.push(pre.join(''));
  }
  // Post-release
  if (post) {
    parts.push('.' + post.join(''));
  }
  // Development release
  if (dev) {
    parts.push('.' + dev.join(''));
  }
  // Local version segment
  if (local) {
    parts.push(`+${local}`);
  }
  return parts.join('');
}

function normalize_letter_version(letterIn, numberIn) {
  let letter = letterIn;
  let number = numberIn;
  if (letter) {
    // We consider there to be an implicit 0 in a pre-release if there is
    // not a numeral associated with it.
    if (!number) {
      number = 0;
    }
    // We normalize any letters to their lower case form
    letter = letter.toLowerCase();

    // We consider some words to be alternate spellings of other words and
    // in those cases we want to normalize the spellings to our preferred
    // spelling.
    if (letter === 'alpha') {
      letter = 'a';
    } else if (letter === 'beta') {
      letter = 'b';
    } else if (['c', 'pre', 'preview'].includes(letter)) {
      letter = 'rc';
    } else if (['rev', 'r'].includes(letter)) {
      letter = 'post';
    }
    return [letter, Number(number)];
  }
  if (!letter && number) {
    // We assume if we are given a number, but we are not given a letter
    // then this is using the implicit post release syntax (e.g. 1.0-1)
    letter = 'post';

    return [letter, Number(number)];
  }
  return null;
}

function parse_local_version(local) {
  /*
    Takes a string like abc.1.twelve and turns it into("abc", 1, "twelve").
    */
  if (local) {
    return local
      .split(/[._-]/)
      .map((part) =>
        Number.isNaN(Number(part)) ? part.toLowerCase() : Number(part),
      );
  }
  return null;
}

function version_explain(version) {
  const parsed = version_parse(version);
  if (!parsed) {
    return parsed;
  }
  const { epoch, release, pre, post, dev, local } = parsed;

  let base_version = '';
  if (epoch !== 0) {
    base_version += epoch + '!';
  }
  base_version += release.join('.');

  const is_prerelease = Boolean(dev || pre);
  const is_devrelease = Boolean(dev);
  const is_postrelease = Boolean(post);

  // return

  return {
    epoch,
    release,
    pre,
    post: post ? post[1] : post,
    dev: dev ? dev[1] : dev,
    local: local ? local.join('.') : local,
    public: version_stringify(parsed).split('+', 1)[0],
    base_version,
    is_prerelease,
    is_devrelease,
    is_postrelease,
  };
}

;// CONCATENATED MODULE: ./node_modules/@renovatebot/pep440/lib/operator.js




function lt(version, other) {
  return compare(version, other) < 0;
}

function le(version, other) {
  return compare(version, other) <= 0;
}

function eq(version, other) {
  return compare(version, other) === 0;
}

function ne(version, other) {
  return compare(version, other) !== 0;
}

function ge(version, other) {
  return compare(version, other) >= 0;
}

function gt(version, other) {
  return compare(version, other) > 0;
}

function arbitrary(version, other) {
  return version.toLowerCase() === other.toLowerCase();
}

function compare(version, other) {
  const parsedVersion = version_parse(version);
  const parsedOther = version_parse(other);

  const keyVersion = calculateKey(parsedVersion);
  const keyOther = calculateKey(parsedOther);

  return pyCompare(keyVersion, keyOther);
}

function rcompare(version, other) {
  return -compare(version, other);
}

// this logic is buitin in python, but we need to port it to js
// see https://stackoverflow.com/a/5292332/1438522
function pyCompare(elemIn, otherIn) {
  let elem = elemIn;
  let other = otherIn;
  if (elem === other) {
    return 0;
  }
  if (Array.isArray(elem) !== Array.isArray(other)) {
    elem = Array.isArray(elem) ? elem : [elem];
    other = Array.isArray(other) ? other : [other];
  }
  if (Array.isArray(elem)) {
    const len = Math.min(elem.length, other.length);
    for (let i = 0; i < len; i += 1) {
      const res = pyCompare(elem[i], other[i]);
      if (res !== 0) {
        return res;
      }
    }
    return elem.length - other.length;
  }
  if (elem === -Infinity || other === Infinity) {
    return -1;
  }
  if (elem === Infinity || other === -Infinity) {
    return 1;
  }
  return elem < other ? -1 : 1;
}

function calculateKey(input) {
  const { epoch } = input;
  let { release, pre, post, local, dev } = input;
  // When we compare a release version, we want to compare it with all of the
  // trailing zeros removed. So we'll use a reverse the list, drop all the now
  // leading zeros until we come to something non zero, then take the rest
  // re-reverse it back into the correct order and make it a tuple and use
  // that for our sorting key.
  release = release.concat();
  release.reverse();
  while (release.length && release[0] === 0) {
    release.shift();
  }
  release.reverse();

  // We need to "trick" the sorting algorithm to put 1.0.dev0 before 1.0a0.
  // We'll do this by abusing the pre segment, but we _only_ want to do this
  // if there is !a pre or a post segment. If we have one of those then
  // the normal sorting rules will handle this case correctly.
  if (!pre && !post && dev) pre = -Infinity;
  // Versions without a pre-release (except as noted above) should sort after
  // those with one.
  else if (!pre) pre = Infinity;

  // Versions without a post segment should sort before those with one.
  if (!post) post = -Infinity;

  // Versions without a development segment should sort after those with one.
  if (!dev) dev = Infinity;

  if (!local) {
    // Versions without a local segment should sort before those with one.
    local = -Infinity;
  } else {
    // Versions with a local segment need that segment parsed to implement
    // the sorting rules in PEP440.
    // - Alpha numeric segments sort before numeric segments
    // - Alpha numeric segments sort lexicographically
    // - Numeric segments sort numerically
    // - Shorter versions sort before longer versions when the prefixes
    //   match exactly
    local = local.map((i) =>
      Number.isNaN(Number(i)) ? [-Infinity, i] : [Number(i), ''],
    );
  }

  return [epoch, release, pre, post, dev, local];
}

;// CONCATENATED MODULE: ./node_modules/@renovatebot/pep440/lib/specifier.js
// This file is dual licensed under the terms of the Apache License, Version
// 2.0, and the BSD License. See the LICENSE file in the root of this repository
// for complete details.





const RANGE_PATTERN = [
  '(?<operator>(===|~=|==|!=|<=|>=|<|>))',
  '\\s*',
  '(',
  /*  */ '(?<version>(?:' + VERSION_PATTERN.replace(/\?<\w+>/g, '?:') + '))',
  /*  */ '(?<prefix>\\.\\*)?',
  /*  */ '|',
  /*  */ '(?<legacy>[^,;\\s)]+)',
  ')',
].join('');



const isEqualityOperator = (op) => ['==', '!=', '==='].includes(op);

const rangeRegex = new RegExp('^' + RANGE_PATTERN + '$', 'i');

function specifier_parse(ranges) {
  if (!ranges.trim()) {
    return [];
  }

  const specifiers = ranges
    .split(',')
    .map((range) => rangeRegex.exec(range.trim()) || {})
    .map(({ groups }) => {
      if (!groups) {
        return null;
      }

      let { ...spec } = groups;
      const { operator, version, prefix, legacy } = groups;

      if (version) {
        spec = { ...spec, ...explainVersion(version) };
        if (operator === '~=') {
          if (spec.release.length < 2) {
            return null;
          }
        }
        if (!isEqualityOperator(operator) && spec.local) {
          return null;
        }

        if (prefix) {
          if (!isEqualityOperator(operator) || spec.dev || spec.local) {
            return null;
          }
        }
      }
      if (legacy && operator !== '===') {
        return null;
      }

      return spec;
    });

  if (specifiers.filter(Boolean).length !== specifiers.length) {
    return null;
  }

  return specifiers;
}

function filter(versions, specifier, options = {}) {
  const filtered = pick(versions, specifier, options);
  if (filtered.length === 0 && options.prereleases === undefined) {
    return pick(versions, specifier, { prereleases: true });
  }
  return filtered;
}

function maxSatisfying(versions, range, options) {
  const found = filter(versions, range, options).sort(Operator.compare);
  return found.length === 0 ? null : found[found.length - 1];
}

function minSatisfying(versions, range, options) {
  const found = filter(versions, range, options).sort(Operator.compare);
  return found.length === 0 ? null : found[0];
}

function pick(versions, specifier, options) {
  const parsed = specifier_parse(specifier);

  if (!parsed) {
    return [];
  }

  return versions.filter((version) => {
    const explained = explainVersion(version);

    if (!parsed.length) {
      return explained && !(explained.is_prerelease && !options.prereleases);
    }

    return parsed.reduce((pass, spec) => {
      if (!pass) {
        return false;
      }
      return contains({ ...spec, ...options }, { version, explained });
    }, true);
  });
}

function satisfies(version, specifier, options = {}) {
  const filtered = pick([version], specifier, options);

  return filtered.length === 1;
}

function arrayStartsWith(array, prefix) {
  if (prefix.length > array.length) {
    return false;
  }

  for (let i = 0; i < prefix.length; i += 1) {
    if (prefix[i] !== array[i]) {
      return false;
    }
  }

  return true;
}

function contains(specifier, input) {
  const { explained } = input;
  let { version } = input;
  const { ...spec } = specifier;

  if (spec.prereleases === undefined) {
    spec.prereleases = spec.is_prerelease;
  }

  if (explained && explained.is_prerelease && !spec.prereleases) {
    return false;
  }

  if (spec.operator === '~=') {
    let compatiblePrefix = spec.release.slice(0, -1).concat('*').join('.');
    if (spec.epoch) {
      compatiblePrefix = spec.epoch + '!' + compatiblePrefix;
    }
    return satisfies(version, `>=${spec.version}, ==${compatiblePrefix}`, {
      prereleases: spec.prereleases,
    });
  }

  if (spec.prefix) {
    const isMatching =
      explained.epoch === spec.epoch &&
      arrayStartsWith(explained.release, spec.release);
    const isEquality = spec.operator !== '!=';
    return isEquality ? isMatching : !isMatching;
  }

  if (explained && explained.local && spec.version) {
    // Ignore candidate local labels only when the specifier itself is public.
    if (spec.operator !== '===' && !spec.local) {
      version = explained.public;
      spec.version = explainVersion(spec.version).public;
    }
  }

  if (spec.operator === '<' || spec.operator === '>') {
    // simplified version of https://www.python.org/dev/peps/pep-0440/#exclusive-ordered-comparison
    if (Operator.eq(spec.release.join('.'), explained.release.join('.'))) {
      return false;
    }
  }

  // TODO: fix me?
  // eslint-disable-next-line import-x/namespace
  const op = Operator[spec.operator];
  return op(version, spec.version || spec.legacy);
}

function validRange(specifier) {
  return Boolean(specifier_parse(specifier));
}

;// CONCATENATED MODULE: ./node_modules/@renovatebot/pep440/lib/semantic.js


// those notation are borrowed from semver


function major(input) {
  const version = explain(input);
  if (!version) {
    throw new TypeError('Invalid Version: ' + input);
  }
  return version.release[0];
}

function minor(input) {
  const version = explain(input);
  if (!version) {
    throw new TypeError('Invalid Version: ' + input);
  }
  if (version.release.length < 2) {
    return 0;
  }
  return version.release[1];
}

function patch(input) {
  const version = explain(input);
  if (!version) {
    throw new TypeError('Invalid Version: ' + input);
  }
  if (version.release.length < 3) {
    return 0;
  }
  return version.release[2];
}

function inc(input, release, preReleaseIdentifier) {
  let identifier = preReleaseIdentifier || `a`;
  const version = parse(input);

  if (!version) {
    return null;
  }

  if (
    !['a', 'b', 'c', 'rc', 'alpha', 'beta', 'pre', 'preview'].includes(
      identifier,
    )
  ) {
    return null;
  }

  switch (release) {
    case 'premajor':
      {
        const [majorVersion] = version.release;
        version.release.fill(0);
        version.release[0] = majorVersion + 1;
      }
      version.pre = [identifier, 0];
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'preminor':
      {
        const [majorVersion, minorVersion = 0] = version.release;
        version.release.fill(0);
        version.release[0] = majorVersion;
        version.release[1] = minorVersion + 1;
      }
      version.pre = [identifier, 0];
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'prepatch':
      {
        const [majorVersion, minorVersion = 0, patchVersion = 0] =
          version.release;
        version.release.fill(0);
        version.release[0] = majorVersion;
        version.release[1] = minorVersion;
        version.release[2] = patchVersion + 1;
      }
      version.pre = [identifier, 0];
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'prerelease':
      if (version.pre === null) {
        const [majorVersion, minorVersion = 0, patchVersion = 0] =
          version.release;
        version.release.fill(0);
        version.release[0] = majorVersion;
        version.release[1] = minorVersion;
        version.release[2] = patchVersion + 1;
        version.pre = [identifier, 0];
      } else {
        if (preReleaseIdentifier === undefined && version.pre !== null) {
          [identifier] = version.pre;
        }

        const [letter, number] = version.pre;
        if (letter === identifier) {
          version.pre = [letter, number + 1];
        } else {
          version.pre = [identifier, 0];
        }
      }

      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'major':
      if (
        version.release.slice(1).some((value) => value !== 0) ||
        version.pre === null
      ) {
        const [majorVersion] = version.release;
        version.release.fill(0);
        version.release[0] = majorVersion + 1;
      }
      delete version.pre;
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'minor':
      if (
        version.release.slice(2).some((value) => value !== 0) ||
        version.pre === null
      ) {
        const [majorVersion, minorVersion = 0] = version.release;
        version.release.fill(0);
        version.release[0] = majorVersion;
        version.release[1] = minorVersion + 1;
      }
      delete version.pre;
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'patch':
      if (
        version.release.slice(3).some((value) => value !== 0) ||
        version.pre === null
      ) {
        const [majorVersion, minorVersion = 0, patchVersion = 0] =
          version.release;
        version.release.fill(0);
        version.release[0] = majorVersion;
        version.release[1] = minorVersion;
        version.release[2] = patchVersion + 1;
      }
      delete version.pre;
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    default:
      return null;
  }

  return stringify(version);
}

;// CONCATENATED MODULE: ./node_modules/@renovatebot/pep440/index.js










// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
// EXTERNAL MODULE: ./src/checks/shared/workspace-reads.ts
var workspace_reads = __webpack_require__(33266);
// EXTERNAL MODULE: ./src/formats/changelog.ts
var formats_changelog = __webpack_require__(64086);
// EXTERNAL MODULE: ./src/formats/manifest-edit.ts
var manifest_edit = __webpack_require__(82052);
// EXTERNAL MODULE: ./src/formats/manifest.ts
var manifest = __webpack_require__(6839);
// EXTERNAL MODULE: ./src/util/workspace-file.ts
var workspace_file = __webpack_require__(55680);
// EXTERNAL MODULE: ./src/version.ts
var src_version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/maintainer/bump.ts
/**
 * The engine of `release-gates bump X.Y.Z`: plans the version bump (every
 * `versions` entry and the changelog heading) without touching the disk, then
 * writes the planned edits. Only the version value changes in a manifest: the
 * file is never re-serialised, so comments, quoting, key order, indentation and
 * line endings stay byte for byte (the text edits are src/formats/manifest-edit.ts
 * and src/formats/changelog.ts).
 */













/** Why bump will not write: 'input' = a refused version (CLI exit 2); 'state' = a file it cannot edit (exit 1). */
class BumpRefused extends errors/* ReleaseGatesError */.O {
    kind;
    name = 'BumpRefused';
    constructor(message, kind, options) {
        super('bump', message, options);
        this.kind = kind;
    }
}
function readCurrent(value, python) {
    if (python) {
        const parsed = (0,src_version/* parsePep440 */.FB)(value);
        return parsed ? { scheme: 'pep440', parsed } : null;
    }
    const parsed = semver.parse(value.trim());
    return parsed ? { scheme: 'semver', parsed } : null;
}
/**
 * Orders two current values from files of possibly different schemes, to name
 * the highest: by PEP 440 when both read as PEP 440 (SemVer's `1.3.0-rc.1` does),
 * else by SemVer when both do, else they count as equal.
 */
function compareAcross(a, b) {
    const pa = (0,src_version/* parsePep440 */.FB)(a);
    const pb = (0,src_version/* parsePep440 */.FB)(b);
    if (pa && pb)
        return compare(a.trim(), b.trim());
    const sa = semver.parse(a.trim());
    const sb = semver.parse(b.trim());
    if (sa && sb)
        return semver.compare(sa, sb);
    return 0;
}
const PRE_NAME = { a: 'alpha', b: 'beta', rc: 'rc' };
/**
 * The SemVer version to suggest above `current`: the next prerelease number for a
 * prerelease (1.3.0-rc.1 → 1.3.0-rc.2, 1.3.0rc1 → 1.3.0-rc.2), else the next patch.
 * Null when no SemVer version is above it (a PEP 440 epoch).
 */
function nextAbove(current) {
    if (current.scheme === 'semver')
        return (0,src_version/* nextVersion */.yU)(current.parsed.version);
    const v = current.parsed;
    if (v.epoch > 0)
        return null;
    const [major = 0, minor = 0, patch = 0] = v.release;
    const base = `${major}.${minor}.${patch}`;
    if (v.release.length > 3 || v.post !== null || (v.pre === null && v.dev === null))
        return `${major}.${minor}.${patch + 1}`;
    // 1.3.0rc1.dev2 comes before 1.3.0rc1 itself.
    if (v.pre)
        return `${base}-${PRE_NAME[v.pre[0]]}.${v.dev !== null ? v.pre[1] : v.pre[1] + 1}`;
    return `${base}-dev.${v.dev + 1}`;
}
// ---------------------------------------------------------------------------
// Plan and apply
function whereOf(entry) {
    return 'key' in entry ? `key ${entry.key}` : `pattern ${entry.pattern}`;
}
/** Reads one versions entry's current value from its file's text, or refuses naming the entry. */
function readEntry(entry, before) {
    const where = whereOf(entry);
    const refuse = (why) => new BumpRefused(`cannot bump: ${entry.file} (${(0,util_text/* clip */.$)(where, 80)}) ${why}`, 'state');
    let value;
    if ('key' in entry) {
        const format = (0,manifest/* manifestFormat */.dt)(entry.file);
        if (format === null)
            throw refuse('cannot be read: "key" reads .toml, .json, .yaml and .yml files only; use "pattern" for this file');
        const parsed = (0,manifest/* parseManifest */.Ng)(before, format);
        if (!parsed.ok)
            throw refuse(parsed.problem);
        const lookup = (0,manifest/* readDottedKey */.O_)(parsed.data, entry.key);
        if (!lookup.ok)
            throw refuse(`${lookup.problem}; add it or fix the versions entry`);
        value = lookup.value;
    }
    else {
        const lookup = (0,manifest/* readPattern */.ZS)(before, entry.pattern);
        if (!lookup.ok)
            throw refuse(`cannot be read: ${lookup.problem}`);
        value = lookup.value;
    }
    const python = (0,src_version/* isPythonFile */.te)(entry.file);
    const current = readCurrent(value, python);
    if (!current) {
        throw refuse(`holds "${(0,util_text/* clip */.$)(value, 60)}", which is not a ${python ? 'PEP 440' : 'SemVer'} version; write the current version there by hand`);
    }
    return { entry, where, value, python, current };
}
/**
 * Writes the version into each entry's file text in `files`, in config order: the PEP 440 spelling
 * in a Python file, the SemVer one elsewhere. `pep440` is non-null whenever an entry is a Python file.
 */
function rewriteEntries(reads, files, version) {
    const changes = [];
    const unchanged = [];
    for (const { entry, where, value, python } of reads) {
        const target = python ? version.pep440 : version.semver;
        if (value === target) {
            unchanged.push({ file: entry.file, where });
            continue;
        }
        const state = files.get(entry.file);
        try {
            const replaced = 'key' in entry ? (0,manifest_edit/* replaceKeyValue */.ru)(state.after, (0,manifest/* manifestFormat */.dt)(entry.file), entry.key, target) : (0,manifest_edit/* replacePatternValue */.mQ)(state.after, entry.pattern, target);
            // An earlier entry over the same text (the same key twice, a key and a pattern) may already have written it.
            if (replaced.old === target) {
                unchanged.push({ file: entry.file, where });
                continue;
            }
            state.after = replaced.text;
            changes.push({ file: entry.file, where, from: replaced.old, to: target });
        }
        catch (error) {
            if (!(error instanceof manifest_edit/* RewriteError */.LS))
                throw error;
            throw new BumpRefused(`cannot bump: ${entry.file} (${(0,util_text/* clip */.$)(where, 80)}): ${error.message}`, 'state', { cause: error });
        }
    }
    return { changes, unchanged };
}
/** Plans the bump: reads every versions entry and the changelog, refuses or returns the edits. Writes nothing. */
async function planBump(options) {
    const { workspace, config, version, today } = options;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(today))
        throw new Error(`planBump: today must be YYYY-MM-DD, got ${(0,util_text/* clip */.$)(today)}`);
    const problem = (0,src_version/* semverProblem */.WA)(version);
    if (problem) {
        const fix = /^[vV]/.test(version) ? `write it without the leading v (${(0,util_text/* clip */.$)(version.slice(1), 40)})` : 'give a version like 1.2.3 or 1.3.0-rc.1';
        throw new BumpRefused(`cannot bump: ${problem}; ${fix}`, 'input');
    }
    // The files' text as read and as edited so far: several entries can edit one file (Chart.yaml version and appVersion).
    const files = new Map();
    const readFile = async (file, what) => {
        const known = files.get(file);
        if (known)
            return known;
        // What prepare reads from the commit cannot be a symlink: refuse it here, before anything is written.
        const link = await (0,workspace_file/* symlinkOnPath */.EY)(workspace, file);
        if (link) {
            const where = link.isFile
                ? `is a symlink (to ${(0,util_text/* clip */.$)(link.target, 80)}); point ${what} at the file itself`
                : `lies under "${(0,util_text/* clip */.$)(link.via)}", a symlink (to ${(0,util_text/* clip */.$)(link.target, 80)}); name the real folder in ${what} instead`;
            throw new BumpRefused(`cannot bump: "${(0,util_text/* clip */.$)(file)}" ${where}, as prepare would refuse it`, 'state');
        }
        const read = await (0,workspace_reads/* readWorkspaceFile */.sL)(workspace, file);
        if (!read.ok)
            throw new BumpRefused(`cannot bump: ${read.problem}; restore the file or fix ${what} in the config`, 'state');
        const entry = { before: read.text, after: read.text };
        files.set(file, entry);
        return entry;
    };
    const entries = config.versions || [];
    const reads = [];
    for (const entry of entries)
        reads.push(readEntry(entry, (await readFile(entry.file, 'its versions entry')).before));
    const pep440 = (0,src_version/* semverToPep440 */.Z9)(version);
    const firstPython = reads.find((r) => r.python);
    if (firstPython && pep440 === null) {
        throw new BumpRefused(`cannot bump: ${version} has no PEP 440 spelling for ${firstPython.entry.file}; use a prerelease of the form -alpha.N, -beta.N, -rc.N or -dev.N`, 'input');
    }
    // Not greater than a current value, each compared in its own file's scheme.
    const notBelow = reads.filter((r) => r.current.scheme === 'pep440' ? compare(pep440, r.value.trim()) <= 0 : semver.compare(version, r.current.parsed) <= 0);
    if (notBelow.length > 0) {
        const highest = notBelow.reduce((best, r) => (compareAcross(r.value, best.value) > 0 ? r : best));
        const next = nextAbove(highest.current);
        const fix = next ? `bump to ${next} or later` : `no SemVer version is greater (it has a PEP 440 epoch); edit ${highest.entry.file} by hand`;
        throw new BumpRefused(`${version} is not greater than the current version ${(0,util_text/* clip */.$)(highest.value, 60)} (in ${highest.entry.file}); ${fix}`, 'input');
    }
    const { changes, unchanged } = rewriteEntries(reads, files, { semver: version, pep440 });
    let changelog = null;
    if (config.changelog) {
        const file = config.changelog;
        const state = await readFile(file, '"changelog"');
        let added;
        try {
            added = (0,formats_changelog/* addChangelogHeading */.wl)(state.after, version, today);
        }
        catch (error) {
            if (!(error instanceof manifest_edit/* RewriteError */.LS))
                throw error;
            throw new BumpRefused(`cannot bump: changelog ${file} ${error.message}`, 'state', { cause: error });
        }
        if (added) {
            state.after = added.text;
            changelog = { file, heading: added.heading };
        }
    }
    const highest = reads.length ? reads.reduce((best, r) => (compareAcross(r.value, best.value) > 0 ? r : best)).value : null;
    const edits = [...files].flatMap(([file, { before, after }]) => (before === after ? [] : [{ file, before, after }]));
    return { version, current: highest, changes, unchanged, changelog, edits };
}
/** Resolves and reads an edit's file as bytes, refusing when it is no longer the text that was planned. */
async function confirmUnchanged(workspace, edit) {
    const shown = `"${(0,util_text/* clip */.$)(edit.file)}"`;
    let real;
    let bytes;
    try {
        real = await (0,workspace_file/* resolveInside */.LI)(workspace, edit.file, shown);
        bytes = await (0,workspace_file/* readRegularFile */.XF)(real, shown, workspace_reads/* MAX_MANIFEST_BYTES */.ZJ, 'a manifest');
    }
    catch (error) {
        if (!(error instanceof workspace_file/* WorkspaceFileError */._n))
            throw error;
        throw new BumpRefused(`cannot bump: ${error.message}`, 'state', { cause: error });
    }
    if (!bytes.equals(Buffer.from(edit.before, 'utf8'))) {
        if (bytes.toString('utf8') === edit.before) {
            // Decoding replaced bytes that are not UTF-8: writing the text back would change them.
            throw new BumpRefused(`cannot bump: ${shown} is not valid UTF-8, so rewriting it would change more than the version; edit it by hand`, 'state');
        }
        throw new BumpRefused(`cannot bump: ${shown} changed since the bump was planned; run bump again`, 'state');
    }
    return real;
}
/** Writes `text` over `real` through a temporary file in the same folder and a rename, keeping the file's mode. */
async function replaceFile(real, shown, text) {
    const mode = (await promises_.stat(real)).mode & 0o7777;
    const temp = external_node_path_.join(external_node_path_.dirname(real), `.${external_node_path_.basename(real)}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.release-gates-bump`);
    try {
        await promises_.writeFile(temp, text, { flag: 'wx', mode });
        // The umask narrows the mode given at creation; set it exactly.
        await promises_.chmod(temp, mode);
        await promises_.rename(temp, real);
    }
    catch (error) {
        await promises_.rm(temp, { force: true }).catch(() => undefined);
        throw new BumpRefused(`cannot write ${shown}: ${(0,util_text/* clip */.$)((0,util_text/* messageOf */.b)(error), 160)}`, 'state', { cause: error });
    }
}
/**
 * Writes a plan's edits. Every file is first confirmed to hold exactly the text
 * the plan was made from, so nothing is written when any of them changed since.
 */
async function applyBump(workspace, plan) {
    const targets = [];
    for (const edit of plan.edits)
        targets.push({ real: await confirmUnchanged(workspace, edit), edit });
    for (const { real, edit } of targets)
        await replaceFile(real, `"${(0,util_text/* clip */.$)(edit.file)}"`, edit.after);
}

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
;// CONCATENATED MODULE: ./src/cli/commands/bump.ts












/**
 * `release-gates bump X.Y.Z`: writes the version into every coupled file and the
 * changelog, then checks the result. It edits only files that are committed as
 * they are, so the change it makes is exactly the diff a reviewer sees.
 */
async function bumpCommand(args, io) {
    const { values, positionals } = (0,command/* parseCommandArgs */.Qx)(args, command/* COMMON_OPTIONS */.DT, 'bump');
    if (values.help) {
        io.terminal.out(usage/* COMMAND_USAGE */.Kf.bump);
        return command/* EXIT */.dc.ok;
    }
    const version = (0,command/* versionArgument */.KC)(positionals, 'bump');
    const workspace = (0,environment/* workspaceOf */.B3)(values);
    const git = (0,command/* gitOf */.Od)(io);
    const config = await (0,environment/* loadCommandConfig */.eY)(values);
    const sha = await (0,environment/* headCommit */.Qo)(git, workspace);
    const today = (io.now?.() ?? new Date()).toISOString().slice(0, 10);
    let plan;
    try {
        plan = await planBump({ workspace, config, version, today });
    }
    catch (error) {
        if (error instanceof BumpRefused && error.kind === 'input')
            throw new errors/* InputError */.d(error.message);
        throw error;
    }
    const files = plan.edits.map((e) => e.file);
    const dirty = await git.changedFiles(workspace, files);
    if (dirty.length > 0) {
        throw new BumpRefused(`${dirty.map((f) => (0,util_text/* clip */.$)(f, 80)).join(', ')} ${dirty.length === 1 ? 'has' : 'have'} uncommitted changes; bump edits only committed files, so that its diff is the whole change: commit or stash them first`, 'state');
    }
    await applyBump(workspace, plan);
    // bump needs no GitHub repository: its two checks read files only. The placeholder only fills {owner}/{repo} in the tag template.
    const release = (0,command/* releaseFor */.L3)(config, version, 'local', 'repository');
    const settings = (0,environment/* commandSettings */.Jd)({ ...values, command: 'bump', tag: release.tag, sha, repository: 'local/repository' }, io.env);
    settings.readWorkingTree = true;
    const ctx = (0,context/* createGateContext */.P)(settings, config, release, (line) => io.terminal.errLine(line));
    const run = await (0,engine/* runGate */.Rg)(bump, ctx, [settings.token, settings.npmToken]);
    if (values.json) {
        const { checks, result } = (0,report/* buildReport */.FK)(run, release, sha);
        io.terminal.json(`${JSON.stringify({ version, previous: plan.current, changes: plan.changes, changelog: plan.changelog, files, result, checks }, null, 2)}\n`);
    }
    else {
        const width = Math.max(...plan.changes.map((c) => c.file.length), 4);
        const lines = [`bump ${plan.current ?? '?'} → ${version}`, ''];
        for (const change of plan.changes)
            lines.push(`  ${change.file.padEnd(width)}  ${change.where}: ${change.from} → ${change.to}`);
        for (const same of plan.unchanged)
            lines.push(`  ${same.file.padEnd(width)}  ${same.where}: already ${version}`);
        if (plan.changelog)
            lines.push(`  ${plan.changelog.file.padEnd(width)}  added "${plan.changelog.heading}"`);
        lines.push(`  ${files.length} file${files.length === 1 ? '' : 's'} changed`, '');
        io.terminal.out((0,vocabulary/* terminalWords */.A)(`${lines.join('\n')}\n${(0,report_text/* renderText */.S)(run, release, sha, bump.title)}`));
        if (run.result === 'pass') {
            io.terminal.out(`\nNext: review the diff (git diff), commit it, open a pull request, and once it is merged run release-gates prepare ${version}.\n`);
        }
    }
    return run.result === 'pass' ? command/* EXIT */.dc.ok : command/* EXIT */.dc.failed;
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
