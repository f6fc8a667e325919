import { createHash } from 'node:crypto';
import { clip } from '../../util/text.js';
import { isLoopbackHost } from '../../util/loopback.js';
import { OciError } from './errors.js';

/** An image or chart repository on an OCI registry, e.g. `ghcr.io/sketchlog/charts/sketchlog`. */
export interface ImageRef {
  /** The registry host as written (with its port), e.g. `ghcr.io` or `127.0.0.1:5000`. */
  registry: string;
  /** The repository path inside the registry, e.g. `sketchlog/release-gates`. */
  repository: string;
  /** `https://host`, or `http://host` for a loopback registry (as Docker does). */
  baseUrl: string;
}

// The distribution reference grammar (distribution/reference): path components and domain.
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const DOMAIN = /^(?:(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)(?:\.(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?))*|\[[0-9a-fA-F:.]+\])(?::[0-9]+)?$/;

/** Parses an image or chart reference without tag or digest; throws OciError naming the problem. */
export function parseImageRef(text: string): ImageRef {
  const ref = text.replace(/^oci:\/\//, '');
  const parts = ref.split('/');
  // A colon in the last component is a tag (a registry port sits in the first one).
  if (ref.includes('@') || (parts[parts.length - 1] ?? '').includes(':')) {
    throw new OciError(`reference "${clip(text)}" carries a tag or digest; give the repository only (the tag is the release version)`);
  }
  const first = parts[0] ?? '';
  // As Docker decides: the first component is a registry when it looks like a host.
  const hasRegistry = parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost' || first.startsWith('['));
  let registry = hasRegistry ? first : 'docker.io';
  const path = hasRegistry ? parts.slice(1) : parts;
  if (!DOMAIN.test(registry)) throw new OciError(`reference "${clip(text)}" has an invalid registry host "${clip(registry)}"`);
  if (path.length === 0 || !path.every((c) => PATH_COMPONENT.test(c))) {
    throw new OciError(`reference "${clip(text)}" is not a valid repository (lower-case letters, digits and . _ - separators)`);
  }
  let repository = path.join('/');
  if (registry === 'docker.io' || registry === 'index.docker.io') {
    registry = 'registry-1.docker.io';
    if (path.length === 1) repository = `library/${repository}`;
  }
  const hostname = new URL(`http://${registry}`).hostname;
  const scheme = isLoopbackHost(hostname) ? 'http' : 'https';
  return { registry, repository, baseUrl: `${scheme}://${registry}` };
}

/** A content digest as the OCI image spec registers them (sha256, sha512), lower-case hex. */
export const DIGEST = /^sha(256:[a-f0-9]{64}|512:[a-f0-9]{128})$/;

export function isDigest(reference: string): boolean {
  return DIGEST.test(reference);
}

/** The digest of `bytes` in the algorithm of `like` (sha256 unless `like` is a sha512 digest). */
export function digestOf(bytes: Uint8Array, like = 'sha256:'): string {
  const algorithm = like.startsWith('sha512:') ? 'sha512' : 'sha256';
  return `${algorithm}:${createHash(algorithm).update(bytes).digest('hex')}`;
}

/** `registry/repository:tag` or `registry/repository@digest`, for messages. */
export function shownReference(image: ImageRef, reference: string): string {
  return `${image.registry}/${image.repository}${isDigest(reference) ? '@' : ':'}${clip(reference, 140)}`;
}
