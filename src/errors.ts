/**
 * The one root of every error release-gates throws on purpose. A catcher tells the kinds apart
 * by `code` (or by a subclass where one carries more than its message), and the error it wraps
 * stays reachable as `cause`, as sigstore-js's errors do. Messages are written for the person
 * reading the job log: one line naming the value and the fix. This file imports nothing, so
 * every layer (util included) may throw these.
 */

/** What went wrong, as a catcher needs to know it. */
export type ErrorCode =
  /** Bad input from the person running the action or the command (exit 2 in the CLI). */
  | 'input'
  /** A check's answer, stated in one line: the engine reports it as the summary. */
  | 'check-failed'
  /** A workspace file that cannot be used (outside, missing, not regular, too large). */
  | 'workspace-file'
  /** A document or bytes not in the format a reader expects (in-toto, cosign, SPDX, PyPI, …). */
  | 'format'
  /** A wheel, sdist or chart whose contents cannot be read or disagree with its name. */
  | 'artifact-content'
  /** A manifest or changelog value that cannot be replaced without changing something else. */
  | 'rewrite'
  /** bump refuses to write. */
  | 'bump'
  | 'git'
  | 'http'
  | 'github'
  | 'npm'
  | 'go-proxy'
  | 'oci'
  /** A Sigstore bundle that does not verify. */
  | 'sigstore-verify'
  /** Sigstore's trusted material could not be loaded. */
  | 'sigstore-trust';

export class ReleaseGatesError extends Error {
  override name = 'ReleaseGatesError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: ErrorOptions
  ) {
    super(message, options);
  }
}

/**
 * Bad input from the person running the action: an unknown gate, a malformed
 * tag, an invalid config. The message is shown as it is, with no stack trace,
 * and must name the offending value and what is allowed.
 */
export class InputError extends ReleaseGatesError {
  override name = 'InputError';
  constructor(message: string, options?: ErrorOptions) {
    super('input', message, options);
  }
}
