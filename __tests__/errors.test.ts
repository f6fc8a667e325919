/** One hierarchy: every error release-gates throws on purpose is a ReleaseGatesError with a code and its cause. */
import { describe, expect, it } from '@jest/globals';
import { HttpError } from '../src/clients/http-errors.js';
import { GitHubError } from '../src/clients/github/errors.js';
import { OciError } from '../src/clients/oci/errors.js';
import { InputError, ReleaseGatesError } from '../src/errors.js';
import { InTotoFormatError } from '../src/formats/in-toto.js';
import { CheckFailed } from '../src/gate.js';
import { BumpRefused } from '../src/maintainer/bump.js';
import { WorkspaceFileError } from '../src/util/workspace-file.js';

describe('ReleaseGatesError', () => {
  it.each([
    [new InputError('bad tag'), 'InputError', 'input'],
    [new CheckFailed('no dist'), 'CheckFailed', 'check-failed'],
    [new WorkspaceFileError('gone', 'missing'), 'WorkspaceFileError', 'workspace-file'],
    [new InTotoFormatError('not JSON', 'json'), 'InTotoFormatError', 'format'],
    [new HttpError('503', 503, 'https://x.test/'), 'HttpError', 'http'],
    [new GitHubError('401', 401), 'GitHubError', 'github'],
    [new OciError('private', { reason: 'private' }), 'OciError', 'oci'],
    [new BumpRefused('dirty', 'state'), 'BumpRefused', 'bump']
  ])('%s keeps its name and message and has its code', (error, name, code) => {
    expect(error).toBeInstanceOf(ReleaseGatesError);
    expect(error).toBeInstanceOf(Error);
    expect([error.name, error.code]).toEqual([name, code]);
  });

  it('keeps the error it wraps as cause', () => {
    const cause = new Error('ENOENT');
    const error = new InputError('config file .github/release-gates.yml not found', { cause });
    expect([error.message, error.cause]).toEqual(['config file .github/release-gates.yml not found', cause]);
  });
});
