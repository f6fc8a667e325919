import { describe, expect, it } from '@jest/globals';
import { fillTemplate, parseConfig } from '../src/config.js';
import { isLoopbackHost } from '../src/util/loopback.js';
import { InputError } from '../src/errors.js';
import { configYaml, sketchlogConfig } from '../test-support/sketchlog.js';

describe('parseConfig', () => {
  it('accepts the contract example and applies defaults', () => {
    const config = parseConfig(configYaml(sketchlogConfig()), 'cfg');
    expect(config.tags).toEqual({ release: 'v{version}', rehearsal: 'test-v{version}', annotated: true });
    expect(config.npm && config.npm.scope).toBe('sketchlog');
    expect(config.versions && config.versions).toHaveLength(9);
  });

  it('applies defaults for omitted keys and keeps sections turned off with false', () => {
    const config = parseConfig('tags: {}\nnpm: false\nmain: { workflow: ci.yml }\n', 'cfg');
    expect(config.tags).toEqual({ release: 'v{version}', annotated: true });
    expect(config.npm).toBe(false);
    expect(config.main).toEqual({ branch: 'main', workflow: 'ci.yml' });
    expect(config.pypi).toBeUndefined();
  });

  it.each([
    ['tags: {}\nnpmm: {}\n', /unknown key "npmm"/],
    ['tags: {release: v1, extra: 1}\n', /unknown key "tags.extra"/],
    ['tags: {release: "v{version}-{version}"}\n', /tags.release: must contain \{version\} exactly once/],
    ['tags: {annotated: "yes"}\n', /tags.annotated: .*boolean/],
    ['versions: []\n', /tags: /],
    ['tags: {}\nversions: []\n', /versions: .*>=1|versions: /],
    ['tags: {}\nversions: [{file: a.txt, pattern: "no group"}]\n', /versions.0.pattern: must be a valid regular expression with exactly one capture group/],
    ['tags: {}\nnpm: {registry: "http://registry.example.com", publisher: a, scope: s, packages: [a]}\n', /npm.registry: must use https:\/\//],
    ['tags: {}\npypi: {index: "ftp://x", project: p, python: [cp312], platforms: [win_amd64]}\n', /pypi.index: must use https/],
    ['tags: {}\npypi: {project: p, python: [python3.12], platforms: [win_amd64]}\n', /pypi.python.0: must be an interpreter tag like cp312/],
    ['tags: {}\ncontainer: {image: x, platforms: [amd64]}\n', /container.platforms.0: must be os\/arch/],
    ['tags: {}\ngoproxy: "http://proxy.example.com"\n', /goproxy: must use https:\/\/ \(http:\/\/ is allowed only on a loopback address\)/],
    ['tags: {}\nmain: {branch: 5}\n', /main.branch: .*string/],
    ['tags: {}\nversions: [{file: a.json}]\n', /versions.0.(key|pattern): /],
    ['- just\n- a list\n', /must be a YAML mapping/],
    ['tags: {release: [unclosed\n', /is not valid YAML/]
  ])('rejects %j naming the key path', (text, message) => {
    expect(() => parseConfig(text, '.github/release-gates.yml')).toThrow(InputError);
    expect(() => parseConfig(text, '.github/release-gates.yml')).toThrow(message);
  });

  it('reads supply-chain.signer-workflows and supply-chain.issuer, with their defaults', () => {
    const base = 'tags: {}\nsupply-chain: {workflow: .github/workflows/release.yml, scan: {report: r.json}';
    const defaults = parseConfig(`${base}}\n`, 'cfg')['supply-chain'];
    expect(defaults && [defaults['signer-workflows'], defaults.issuer]).toEqual([[], 'https://token.actions.githubusercontent.com']);
    const pinned = 'github/artifact-attestations-workflows/.github/workflows/attest.yml@' + '0123456789abcdef'.repeat(2) + '01234567';
    const set = parseConfig(
      `${base}, signer-workflows: ["${pinned}", "o/r/.github/workflows/s.yaml@refs/tags/v1"], issuer: "https://token.actions.githubusercontent.com/acme"}\n`,
      'cfg'
    )['supply-chain'];
    expect(set && [set['signer-workflows'], set.issuer]).toEqual([
      [pinned, 'o/r/.github/workflows/s.yaml@refs/tags/v1'],
      'https://token.actions.githubusercontent.com/acme'
    ]);
  });

  it.each([
    [
      'signer-workflows: ["https://github.com/o/r/.github/workflows/a.yml@refs/heads/main"]',
      /supply-chain.signer-workflows.0: must be owner\/repo\/.github\/workflows\/<file>.yml@<ref>/
    ],
    ['signer-workflows: ["o/r/.github/workflows/a.yml@main"]', /supply-chain.signer-workflows.0: must be owner\/repo\/.*the ref a 40-hex commit or refs\/tags/],
    ['signer-workflows: ["o/r/build/a.yml@refs/tags/v1"]', /supply-chain.signer-workflows.0: must be /],
    ['issuer: "http://token.actions.githubusercontent.com"', /supply-chain.issuer: must be an https:\/\/ URL, the OIDC issuer as the certificate states it/]
  ])('rejects supply-chain %s naming the key and the shape', (entry, message) => {
    const text = `tags: {}\nsupply-chain: {workflow: .github/workflows/release.yml, scan: {report: r.json}, ${entry}}\n`;
    expect(() => parseConfig(text, '.github/release-gates.yml')).toThrow(message);
  });

  it('allows plain http only on loopback registries', () => {
    for (const registry of ['http://127.0.0.1:4873', 'http://localhost:4873/', 'http://[::1]:4873']) {
      const config = parseConfig(`tags: {}\nnpm: {registry: "${registry}", publisher: a, scope: "@s", packages: ["@s/a"]}\n`, 'cfg');
      expect(config.npm && config.npm.registry).toBe(registry.replace(/\/$/, ''));
      expect(config.npm && config.npm.scope).toBe('s');
    }
  });
});

describe('isLoopbackHost and fillTemplate', () => {
  it.each([
    ['localhost', true],
    ['127.0.0.1', true],
    ['127.8.9.10', true],
    ['[::1]', true],
    ['10.0.0.1', false],
    ['localhost.example.com', false],
    ['127.0.0.1.nip.io', false]
  ])('%s loopback=%s', (host, expected) => {
    expect(isLoopbackHost(host)).toBe(expected);
  });

  it('fills placeholders, lower-casing owner and repo when a registry requires it', () => {
    expect(fillTemplate('ghcr.io/{owner}/{repo}:{version}', { owner: 'SketchLog', repo: 'App', version: '1.2.3' }, true)).toBe('ghcr.io/sketchlog/app:1.2.3');
    expect(fillTemplate('clients/go/v{version}', { owner: 'O', repo: 'R', version: '2.0.0' })).toBe('clients/go/v2.0.0');
  });
});
