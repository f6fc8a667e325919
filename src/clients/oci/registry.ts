import { clip } from '../../util/text.js';
import { createHash } from 'node:crypto';
import { rethrowAs, type HttpClient, type HttpRequest, type HttpResponse, type HttpStream } from '../http.js';
import { parseChallenges, type AnonymousTokens } from './auth.js';
import { OciError, PRIVATE_PACKAGE_FIX } from './errors.js';
import { MANIFEST_ACCEPT, MAX_MANIFEST_BYTES, ManifestError, parseManifest, type ManifestDocument } from './manifest.js';
import { DIGEST, digestOf, isDigest, shownReference, type ImageRef } from './reference.js';

/** What a registry says about a manifest it holds (a HEAD: headers only). */
export interface OciManifest {
  digest: string | null;
  mediaType: string | null;
}

/** A manifest read with its body: the digest is computed from the bytes, and the body is validated. */
export interface FetchedManifest {
  /** sha256 of the body as served (what `docker pull` and `helm pull` pin). */
  digest: string;
  mediaType: string;
  size: number;
  document: ManifestDocument;
  /** The registry answered 304 to a revalidation: the same document as last time. */
  unchanged: boolean;
  /** The bytes as served (what a signature over the manifest, e.g. a Sigstore message signature, is over). */
  body: Buffer;
}

export interface BlobOptions {
  /** Largest blob accepted; a larger one fails (a config or chart, never an image layer). */
  maxBytes: number;
}

type Ask = Omit<HttpRequest, 'url' | 'credential' | 'accept'>;

/** Room for a registry's error answer. */
const MIN_BODY_BYTES = 64 * 1024;

/** Requests under `/v2/{repository}/`, anonymously, answering the registry's Bearer challenge with a kept token. */
export class RegistryRequests {
  constructor(
    private readonly http: HttpClient,
    private readonly tokens: AnonymousTokens
  ) {}

  /** One request; a 401 is answered with an anonymous token once. 401/403/404/405 come back as they are. */
  async send(image: ImageRef, path: string, ask: Ask, where: string): Promise<HttpResponse> {
    const url = `${image.baseUrl}/v2/${image.repository}/${path}`;
    const once = async (token: string | null): Promise<HttpResponse> => {
      try {
        return await this.http.request({
          ...ask,
          url,
          // The registry token goes to the registry host only, never along a redirect to blob storage.
          credential: token ? { header: 'authorization', value: `Bearer ${token}` } : undefined,
          accept: [401, 403, 404, 405]
        });
      } catch (error) {
        rethrowAs(error, (m, o) => new OciError(m, o), `${image.registry} could not answer`);
      }
    };
    const cached = await this.tokens.cached(image);
    const response = await once(cached);
    if (response.status !== 401) return response;
    // A kept token the registry no longer takes (expired early) is renegotiated once.
    if (cached) this.tokens.forget(image);
    const header = response.headers.get('www-authenticate') ?? '';
    const challenges = parseChallenges(header);
    const bearer = challenges.find((c) => c.scheme === 'bearer');
    if (!bearer) {
      const schemes = challenges.map((c) => c.scheme).join(', ') || 'none';
      throw new OciError(
        `${image.registry} requires credentials for ${where} (401, challenge: ${clip(schemes, 40)}) and offers no anonymous Bearer token; the check cannot tell whether the tag exists — ${PRIVATE_PACKAGE_FIX}, or use a registry that allows anonymous pulls`,
        { reason: 'private' }
      );
    }
    // A request running beside this one may have started negotiating already: share its token.
    const token = (await this.tokens.cached(image)) ?? (await this.tokens.negotiate(bearer, image));
    return once(token);
  }

  /** 401/403 after the token dance: the anonymous pull is refused. */
  static refuse(response: { status: number }, image: ImageRef, where: string, consequence: string): void {
    if (response.status === 401 || response.status === 403) {
      throw new OciError(`${image.registry} denied an anonymous pull of ${where} (${response.status}): ${PRIVATE_PACKAGE_FIX}; ${consequence}`, {
        reason: 'private'
      });
    }
    if (response.status === 405) throw new OciError(`${image.registry} does not allow ${where} to be read (405)`);
  }

  /** HEAD (GET where HEAD is not allowed) of a manifest: its digest and media type as the headers say. Null when absent. */
  async headManifest(image: ImageRef, reference: string): Promise<OciManifest | null> {
    const where = shownReference(image, reference);
    const path = `manifests/${encodeURIComponent(reference)}`;
    let response = await this.send(image, path, { method: 'HEAD', headers: { accept: MANIFEST_ACCEPT } }, where);
    if (response.status === 405) {
      // Some registries do not allow HEAD on manifests; a GET answers the same question.
      response = await this.send(image, path, { method: 'GET', headers: { accept: MANIFEST_ACCEPT }, maxBytes: MAX_MANIFEST_BYTES }, where);
    }
    RegistryRequests.refuse(response, image, where, 'until then the check cannot tell whether the tag exists');
    if (response.status === 404) return null;
    const digest = response.headers.get('docker-content-digest');
    const mediaType = response.headers.get('content-type');
    return {
      digest: digest && DIGEST.test(digest) ? digest : null,
      mediaType: mediaType ? clip(mediaType.split(';')[0]!.trim(), 100) : null
    };
  }

  /**
   * GET of a manifest with its body. The body's digest is computed and must equal the digest asked
   * for and the registry's Docker-Content-Digest; the document is validated for its media type.
   * Null when the registry has no such manifest (yet).
   */
  async getManifest(image: ImageRef, reference: string): Promise<FetchedManifest | null> {
    const where = shownReference(image, reference);
    const response = await this.send(
      image,
      `manifests/${encodeURIComponent(reference)}`,
      // A tag is polled while a push propagates: revalidate, so an unchanged answer is not sent again.
      { method: 'GET', headers: { accept: MANIFEST_ACCEPT }, maxBytes: MAX_MANIFEST_BYTES, revalidate: !isDigest(reference) },
      where
    );
    RegistryRequests.refuse(response, image, where, 'until then nobody can pull it');
    if (response.status === 404) return null;
    const body = response.body;
    const header = response.headers.get('docker-content-digest');
    if (header !== null) {
      if (!DIGEST.test(header)) throw new OciError(`${image.registry} sent a malformed Docker-Content-Digest "${clip(header, 140)}" for ${where}`);
      const actual = digestOf(body, header);
      if (actual !== header) {
        throw new OciError(
          `${where}: the manifest body hashes to ${actual}, but the registry says ${header} (Docker-Content-Digest); the answer was altered on the way or the registry is corrupt`
        );
      }
    }
    if (isDigest(reference)) {
      const actual = digestOf(body, reference);
      if (actual !== reference) throw new OciError(`${where}: the registry served a manifest that hashes to ${actual}, not the digest asked for`);
    }
    let document: ManifestDocument;
    try {
      document = parseManifest(body, response.headers.get('content-type'));
    } catch (error) {
      if (error instanceof ManifestError) throw new OciError(`the manifest of ${where} ${error.message}`, { cause: error });
      throw error;
    }
    return { digest: digestOf(body), mediaType: document.mediaType, size: body.length, document, unchanged: response.notModified === true, body };
  }

  /** GET of a blob, bounded and verified against its digest. Null when the registry does not have it (yet). */
  async getBlob(image: ImageRef, digest: string, options: BlobOptions): Promise<Buffer | null> {
    const where = shownReference(image, digest);
    if (!isDigest(digest)) throw new OciError(`blob digest "${clip(digest)}" is not a sha256/sha512 digest`);
    // Registries redirect blobs to storage hosts; the bytes are checked against the digest below.
    // The bound covers a registry's error answer (a 404's JSON) too, so it is never below a few KiB;
    // a blob over the caller's bound is refused below. Blob storage may be another host (GHCR
    // redirects to its CDN): allowed, since the bytes are checked against the digest.
    const response = await this.send(
      image,
      `blobs/${digest}`,
      { method: 'GET', maxBytes: Math.max(options.maxBytes, MIN_BODY_BYTES), crossHost: 'allow' },
      `blob ${where}`
    );
    RegistryRequests.refuse(response, image, `blob ${where}`, 'until then nobody can pull it');
    if (response.status === 404) return null;
    if (response.body.length > options.maxBytes) {
      throw new OciError(`blob ${where} is ${response.body.length} bytes, larger than the ${options.maxBytes} allowed for it`);
    }
    const actual = digestOf(response.body, digest);
    if (actual !== digest)
      throw new OciError(`blob ${where}: the registry served ${response.body.length} bytes that hash to ${actual}, not the digest asked for`);
    return response.body;
  }

  /**
   * GET of a blob read chunk by chunk: `read` is given the bytes as they arrive and holds only what it
   * keeps, where getBlob holds the whole blob (twice while its chunks are joined). The bytes are hashed
   * as they pass; once `read` is done the rest is drained and hashed, and a digest that differs throws
   * (whatever `read` answered is dropped), so nothing read from a blob is believed before it is verified.
   * A HEAD first answers the registry's token challenge (a stream cannot be replayed). Null when absent.
   */
  async readBlob<T>(image: ImageRef, digest: string, options: BlobOptions, read: (chunks: AsyncIterable<Uint8Array>) => Promise<T>): Promise<T | null> {
    const where = `blob ${shownReference(image, digest)}`;
    if (!isDigest(digest)) throw new OciError(`blob digest "${clip(digest)}" is not a sha256/sha512 digest`);
    const head = await this.send(image, `blobs/${digest}`, { method: 'HEAD', crossHost: 'allow' }, where);
    if (head.status !== 405) RegistryRequests.refuse(head, image, where, 'until then nobody can pull it');
    if (head.status === 404) return null;
    const size = Number(head.headers.get('content-length') ?? NaN);
    if (Number.isSafeInteger(size) && size > options.maxBytes)
      throw new OciError(`${where} is ${size} bytes, larger than the ${options.maxBytes} allowed for it`);
    const token = await this.tokens.cached(image);
    const wrap = (error: unknown): never => rethrowAs(error, (m, o) => new OciError(m, o), `${image.registry} could not answer`);
    let stream: HttpStream;
    try {
      stream = await this.http.stream({
        url: `${image.baseUrl}/v2/${image.repository}/blobs/${digest}`,
        credential: token ? { header: 'authorization', value: `Bearer ${token}` } : undefined,
        crossHost: 'allow',
        maxBytes: options.maxBytes,
        accept: [401, 403, 404]
      });
    } catch (error) {
      wrap(error);
    }
    const hash = createHash(digest.startsWith('sha512:') ? 'sha512' : 'sha256');
    const iterator = stream!.body[Symbol.asyncIterator]();
    // A transfer that breaks off (too large, stalled) is the cause to name; its bytes hash to nothing useful.
    let broken: unknown = null;
    const hashed: AsyncIterable<Uint8Array> = {
      [Symbol.asyncIterator]: () => ({
        next: async () => {
          if (broken !== null) throw broken;
          const step = await iterator.next().catch((error: unknown) => {
            try {
              return wrap(error);
            } catch (wrapped) {
              throw (broken = wrapped);
            }
          });
          if (!step.done) hash.update(step.value);
          return step;
        }
      })
    };
    if (stream!.status !== 200) {
      // Drained so the connection is freed.
      for await (const _ of hashed);
      RegistryRequests.refuse(stream!, image, where, 'until then nobody can pull it');
      if (stream!.status === 404) return null;
      throw new OciError(`${image.registry} answered ${stream!.status} for ${where}`);
    }
    let answer: { value: T } | { error: unknown };
    try {
      answer = { value: await read(hashed) };
    } catch (error) {
      answer = { error };
    }
    // The rest is hashed even when read stopped early or failed: bytes that are not the blob are the cause
    // to name, before anything read made of them.
    if (broken === null) for await (const _ of hashed);
    if (broken !== null) throw broken;
    const actual = `${digest.startsWith('sha512:') ? 'sha512' : 'sha256'}:${hash.digest('hex')}`;
    if (actual !== digest) throw new OciError(`${where}: the registry served bytes that hash to ${actual}, not the digest asked for`);
    if ('error' in answer) throw answer.error;
    return answer.value;
  }
}
