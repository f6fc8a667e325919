// Extracts the GitHub REST operations release-gates uses, with every schema they
// reference, from @octokit/openapi into a small fixture the GitHub test server
// validates its responses against. Run after bumping @octokit/openapi:
//   npm run openapi:extract
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const specPath = require.resolve('@octokit/openapi/generated/api.github.com.json');
const pkg = JSON.parse(readFileSync(require.resolve('@octokit/openapi/package.json'), 'utf8'));
const spec = JSON.parse(readFileSync(specPath, 'utf8'));

const OPERATIONS = [
  'git/get-ref',
  'git/get-tag',
  'repos/compare-commits',
  'actions/list-workflow-runs',
  'repos/get-release-by-tag',
  'repos/get-release-asset',
  'repos/list-attestations',
  // release-gates doctor: the repository settings the process relies on.
  'repos/get-repo-rulesets',
  'repos/get-repo-ruleset',
  'repos/get-branch-rules',
  'repos/check-immutable-releases',
  'repos/get-environment',
  'repos/list-deployment-branch-policies',
  'repos/get-content'
];

const out = {
  source: `@octokit/openapi@${pkg.version} generated/api.github.com.json (OpenAPI ${spec.openapi})`,
  operations: {},
  components: { schemas: {}, responses: {}, headers: {} }
};
const pending = [];

function resolveRef(ref) {
  const [, kind, name] = /^#\/components\/(schemas|responses|headers)\/(.+)$/.exec(ref) ?? [];
  if (!kind) throw new Error(`unexpected $ref ${ref}`);
  if (!(name in out.components[kind])) {
    out.components[kind][name] = spec.components[kind][name];
    pending.push(spec.components[kind][name]);
  }
}

function collect(node) {
  if (Array.isArray(node)) return node.forEach(collect);
  if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') resolveRef(value);
      else if (key !== 'examples' && key !== 'example') collect(value);
    }
  }
}

for (const [path, item] of Object.entries(spec.paths)) {
  for (const [method, op] of Object.entries(item)) {
    if (!OPERATIONS.includes(op?.operationId)) continue;
    const responses = {};
    for (const [status, response] of Object.entries(op.responses)) {
      const schema = response.$ref ? { $ref: response.$ref } : (response.content?.['application/json']?.schema ?? null);
      responses[status] = response.$ref ? { $ref: response.$ref } : { schema };
      collect(response);
    }
    out.operations[op.operationId] = { method: method.toUpperCase(), path, responses };
  }
}
while (pending.length) collect(pending.pop());

// Examples are large and unused by validation.
const strip = (node) => {
  if (Array.isArray(node)) return node.map(strip);
  if (node && typeof node === 'object') {
    return Object.fromEntries(
      Object.entries(node)
        .filter(([k]) => k !== 'examples' && k !== 'example')
        .map(([k, v]) => [k, strip(v)])
    );
  }
  return node;
};
const missing = OPERATIONS.filter((id) => !out.operations[id]);
if (missing.length) throw new Error(`operations not in the spec: ${missing.join(', ')}`);
writeFileSync(new URL('../test-support/github-openapi.json', import.meta.url), `${JSON.stringify(strip(out), null, 1)}\n`);
console.log(`wrote test-support/github-openapi.json: ${OPERATIONS.length} operations, ${Object.keys(out.components.schemas).length} schemas`);
