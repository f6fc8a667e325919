/**
 * A Sigstore instance for tests, on loopback: @sigstore/mock's Fulcio CA (with its CT log), Rekor transparency
 * log and RFC 3161 timestamp authority, served by a real `http.createServer` (the mock's own `mockFulcio()` etc. are
 * nock interceptors; only its handlers and keys are used here). Bundles are made by the REAL @sigstore/sign
 * (FulcioSigner, RekorWitness, TSAWitness, DSSEBundleBuilder, MessageSignatureBundleBuilder) talking HTTP to that
 * server, so every certificate, signature, inclusion proof and timestamp is real cryptography.
 *
 * The identity token given to Fulcio is a JWT signed with a throw-away key (the mock Fulcio reads its claims
 * without checking the signature, as Fulcio would after checking it): `sub` becomes the certificate SAN URI,
 * `iss` the issuer extensions (.1.1 and .1.8), `sha` the source repository digest (.1.3 and .1.13), `ref` the
 * source repository ref (.1.6 and .1.14) — see @sigstore/mock/dist/fulcio/handler.js.
 */
import { createServer, type Server } from 'node:http';
import { createHash, createPublicKey, generateKeyPairSync, sign as cryptoSign, type KeyObject } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleToJSON, type SerializedBundle } from '@sigstore/bundle';
import { fulcioHandler, initializeCA, initializeCTLog, initializeTLog, initializeTSA, rekorHandler, tsaHandler, type HandlerFn } from '@sigstore/mock';
import { HashAlgorithm, PublicKeyDetails, TrustedRoot } from '@sigstore/protobuf-specs';
import { DSSEBundleBuilder, FulcioSigner, MessageSignatureBundleBuilder, RekorWitness, TSAWitness, type Signer, type Witness } from '@sigstore/sign';
import { canonicalRekorEntry } from './rekor-dsse.js';

export const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';
export const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';

/** Who the test certificate says signed. */
export interface TestSignerIdentity {
  /** Certificate SAN URI, e.g. https://github.com/o/r/.github/workflows/release.yml@refs/tags/v1.2.3 */
  san: string;
  /** OIDC issuer; default GitHub Actions'. */
  issuer?: string;
  /** Source repository digest (commit). */
  sourceCommit: string;
  /** Source repository ref, e.g. refs/tags/v1.2.3 (omitted from the certificate when not given). */
  sourceRef?: string;
  /**
   * The `workflow_ref` claim, e.g. acme/widget/.github/workflows/release.yml@refs/tags/v1.2.3: the mock Fulcio writes
   * `https://github.com/{workflowRef}` as the Build Config URI (.1.18). Omitted: a certificate as Fulcio issued before 2023.
   */
  workflowRef?: string;
  /** The `repository` claim, e.g. acme/widget: the Source Repository URI (.1.12) `https://github.com/{repository}`. */
  repository?: string;
}

export interface TestSignOptions {
  /**
   * How the bundle proves when it was signed: `tlog` a Rekor entry (public-good style, the default), `tsa` an
   * RFC 3161 timestamp only (GitHub's own instance), `both`, or `none` (a bundle that must not verify).
   */
  witness?: 'tlog' | 'tsa' | 'both' | 'none';
  /** DSSE only: payload type of the envelope (default application/vnd.in-toto+json). */
  payloadType?: string;
}

/** A key that signs without a certificate, named by its id (npm's registry key: `SHA256:<base64>`). */
export interface TestSigningKey {
  privateKey: KeyObject;
  keyId: string;
}

/** Signs with one CA + tlog + TSA. */
export interface TestSigner {
  /** Signs `statement` (JSON-serialized, or the bytes as they are when a Buffer) in a DSSE envelope; the bundle JSON. */
  signDsse(statement: object | Buffer, identity: TestSignerIdentity, options?: TestSignOptions): Promise<SerializedBundle>;
  /**
   * Signs `statement` in a DSSE envelope with a bare key, as the npm registry signs its publish attestation:
   * bundle v0.2, `verificationMaterial.publicKey.hint` = the key id (also the envelope signature's `keyid`), and a
   * Rekor `dsse` 0.0.1 entry (logged as real Rekor logs it, see rekor-dsse.ts). `witness` 'tlog' (default) or 'none'.
   */
  signDsseWithKey(statement: object | Buffer, key: TestSigningKey, options?: TestSignOptions): Promise<SerializedBundle>;
  /** A message-signature bundle over `bytes` (an artifact such as a tarball); the bundle JSON. */
  signMessage(bytes: Buffer, identity: TestSignerIdentity, options?: TestSignOptions): Promise<SerializedBundle>;
  /** This instance's trusted root (Sigstore trusted_root.json JSON). */
  trustedRoot(): unknown;
}

export interface TestSigstore extends TestSigner {
  /** Base URL of the loopback server. */
  url: string;
  /** Writes `trusted_root.json` (CA, tlog, CT log, TSA of the TRUSTED instance) into `dir`; returns its path. */
  trustedRootFile(dir: string, name?: string): string;
  /** Another CA/tlog/TSA, absent from `trustedRootFile`: its bundles are well-formed but must fail as untrusted. */
  foreign: TestSigner;
  /**
   * A CA and TSA without any transparency or CT log, as GitHub's own instance: its bundles carry an RFC 3161
   * timestamp (`witness: 'tsa'`). Trusted only through `trustedRootLinesFile`.
   */
  github: TestSigner;
  /** Writes the trusted instance and the log-less `github` one as JSON Lines (as `gh attestation trusted-root` does); returns its path. */
  trustedRootLinesFile(dir: string, name?: string): string;
  close(): Promise<void>;
}

interface Instance extends TestSigner {
  routes: Map<string, HandlerFn>;
}

/** A JWT signed with a throw-away ES256 key: the mock Fulcio only reads the claims. */
function identityToken(identity: TestSignerIdentity, key: KeyObject): string {
  const now = Math.floor(Date.now() / 1000);
  const claims: Record<string, unknown> = {
    iss: identity.issuer ?? GITHUB_ACTIONS_ISSUER,
    sub: identity.san,
    aud: 'sigstore',
    iat: now,
    exp: now + 600,
    sha: identity.sourceCommit
  };
  if (identity.sourceRef !== undefined) claims.ref = identity.sourceRef;
  if (identity.workflowRef !== undefined) claims.workflow_ref = identity.workflowRef;
  if (identity.repository !== undefined) claims.repository = identity.repository;
  const encode = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');
  const signingInput = `${encode({ alg: 'ES256', typ: 'JWT' })}.${encode(claims)}`;
  const signature = cryptoSign('sha256', Buffer.from(signingInput), { key, dsaEncoding: 'ieee-p1363' });
  return `${signingInput}.${signature.toString('base64url')}`;
}

/** The bytes a view covers (not the whole, possibly pooled, ArrayBuffer behind it). */
const bytesOf = (view: ArrayBufferView): Buffer => Buffer.from(view.buffer, view.byteOffset, view.byteLength);

const wholeSecondNow = (): number => Math.floor(Date.now() / 1000) * 1000;

const p256 = (): { publicKey: KeyObject; privateKey: KeyObject } => generateKeyPairSync('ec', { namedCurve: 'prime256v1' });

async function createInstance(baseUrl: string, prefix: string, logged = true): Promise<Instance> {
  // Trust starts a minute before the first certificate so a root written later still covers every signature.
  const validFrom = new Date(Date.now() - 60_000);
  // The mock CA and TSA read the time from this (mutable) Date, set to the current WHOLE second before each
  // signing: the mock TSA writes milliseconds into genTime with trailing zeros dropped (".12"), which
  // @sigstore/core's parser (exactly three digits) rejects as "invalid time" — one signing in ten would fail.
  const clock = new Date(wholeSecondNow());
  const ctLog = await initializeCTLog(p256(), clock);
  // A log-less instance's CA embeds no SCT (there is no CT log to ask).
  const ca = await initializeCA(p256(), logged ? ctLog : undefined, clock);
  const tlogKeys = p256();
  const tlog = await initializeTLog(`${baseUrl}/${prefix}/rekor`, tlogKeys);
  const tsa = await initializeTSA(p256(), clock);
  const tokenKey = p256().privateKey;

  const routes = new Map<string, HandlerFn>();
  // The mock Rekor logs the proposed entry as it is; a `dsse` one is first rewritten as real Rekor stores it.
  const rekor = rekorHandler(tlog);
  const rekorLikeReal: HandlerFn = async (body) => {
    let entry: unknown;
    try {
      entry = canonicalRekorEntry(JSON.parse(body));
    } catch (error) {
      return { statusCode: 400, response: String(error) };
    }
    return rekor.fn(JSON.stringify(entry));
  };
  for (const [service, handler] of [
    ['fulcio', fulcioHandler(ca)],
    ...(logged ? ([['rekor', { path: rekor.path, fn: rekorLikeReal }]] as const) : []),
    ['tsa', tsaHandler(tsa)]
  ] as const) {
    routes.set(`/${prefix}/${service}${handler.path}`, handler.fn);
  }

  const fetchOptions = { retry: 0, timeout: 10_000 };
  // signDsse sends a DSSE envelope to Rekor as an `intoto` entry (what Fulcio-signed bundles of 2023 carry);
  // signDsseWithKey sends a `dsse` one, which this server rewrites as real Rekor does (rekorLikeReal above).
  const witnessesFor = (witness: TestSignOptions['witness'] = 'tlog', entryType?: 'intoto' | 'dsse'): Witness[] => {
    const list: Witness[] = [];
    if (witness === 'tlog' || witness === 'both') list.push(new RekorWitness({ rekorBaseURL: `${baseUrl}/${prefix}/rekor`, entryType, ...fetchOptions }));
    // A TSA base URL with a path is used as the full endpoint by @sigstore/sign.
    if (witness === 'tsa' || witness === 'both') list.push(new TSAWitness({ tsaBaseURL: `${baseUrl}/${prefix}/tsa/api/v1/timestamp`, ...fetchOptions }));
    return list;
  };
  const signerFor = (identity: TestSignerIdentity): FulcioSigner => {
    clock.setTime(wholeSecondNow());
    return new FulcioSigner({
      fulcioBaseURL: `${baseUrl}/${prefix}/fulcio`,
      identityProvider: { getToken: () => Promise.resolve(identityToken(identity, tokenKey)) },
      ...fetchOptions
    });
  };

  const tlogPublicKey = tlog.publicKey;
  const trustedRoot = (): unknown =>
    TrustedRoot.toJSON({
      mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
      tlogs: logged
        ? [
            {
              baseUrl: `${baseUrl}/${prefix}/rekor`,
              hashAlgorithm: HashAlgorithm.SHA2_256,
              publicKey: { rawBytes: tlogPublicKey, keyDetails: PublicKeyDetails.PKIX_ECDSA_P256_SHA_256, validFor: { start: validFrom, end: undefined } },
              logId: { keyId: createHash('sha256').update(tlogPublicKey).digest() },
              checkpointKeyId: undefined,
              operator: 'release-gates tests'
            }
          ]
        : [],
      certificateAuthorities: [
        {
          subject: { organization: 'sigstore.mock', commonName: 'sigstore' },
          uri: `${baseUrl}/${prefix}/fulcio`,
          certChain: { certificates: [{ rawBytes: bytesOf(ca.rootCertificate) }] },
          validFor: { start: validFrom, end: undefined },
          operator: 'release-gates tests'
        }
      ],
      ctlogs: logged
        ? [
            {
              baseUrl: `${baseUrl}/${prefix}/ctlog`,
              hashAlgorithm: HashAlgorithm.SHA2_256,
              publicKey: { rawBytes: ctLog.publicKey, keyDetails: PublicKeyDetails.PKIX_ECDSA_P256_SHA_256, validFor: { start: validFrom, end: undefined } },
              logId: { keyId: bytesOf(ctLog.logID) },
              checkpointKeyId: undefined,
              operator: 'release-gates tests'
            }
          ]
        : [],
      timestampAuthorities: [
        {
          subject: { organization: 'sigstore.mock', commonName: 'sigstore-tsa' },
          uri: `${baseUrl}/${prefix}/tsa`,
          // Leaf (the TSA signing certificate) first, then its CA: what @sigstore/verify expects.
          certChain: { certificates: [{ rawBytes: bytesOf(tsa.intCertificate) }, { rawBytes: bytesOf(tsa.rootCertificate) }] },
          validFor: { start: validFrom, end: undefined },
          operator: 'release-gates tests'
        }
      ]
    }) as unknown;

  return {
    routes,
    trustedRoot,
    async signDsse(statement, identity, options = {}) {
      const data = Buffer.isBuffer(statement) ? statement : Buffer.from(JSON.stringify(statement));
      const builder = new DSSEBundleBuilder({ signer: signerFor(identity), witnesses: witnessesFor(options.witness, 'intoto'), certificateChain: false });
      return bundleToJSON(await builder.create({ data, type: options.payloadType ?? IN_TOTO_PAYLOAD_TYPE }));
    },
    async signDsseWithKey(statement, key, options = {}) {
      const data = Buffer.isBuffer(statement) ? statement : Buffer.from(JSON.stringify(statement));
      const publicKey = createPublicKey(key.privateKey).export({ format: 'pem', type: 'spki' }).toString();
      const signer: Signer = {
        sign: (bytes) => Promise.resolve({ signature: cryptoSign('sha256', bytes, key.privateKey), key: { $case: 'publicKey', publicKey, hint: key.keyId } })
      };
      // certificateChain: true is what gives media type v0.2 (npm's publish attestations are v0.2).
      const builder = new DSSEBundleBuilder({ signer, witnesses: witnessesFor(options.witness, 'dsse'), certificateChain: true });
      return bundleToJSON(await builder.create({ data, type: options.payloadType ?? IN_TOTO_PAYLOAD_TYPE }));
    },
    async signMessage(bytes, identity, options = {}) {
      const builder = new MessageSignatureBundleBuilder({ signer: signerFor(identity), witnesses: witnessesFor(options.witness) });
      return bundleToJSON(await builder.create({ data: bytes }));
    }
  };
}

/** Starts the loopback CA/tlog/TSA server with a trusted and a foreign instance. Call `close()` in afterAll. */
export async function startTestSigstore(): Promise<TestSigstore> {
  const routes = new Map<string, HandlerFn>();
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const handler = request.method === 'POST' ? routes.get(new URL(request.url ?? '/', 'http://127.0.0.1').pathname) : undefined;
      if (!handler) {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      handler(Buffer.concat(chunks).toString('utf8')).then(
        ({ statusCode, response: body, contentType }) => {
          const bytes = typeof body === 'string' ? Buffer.from(body) : bytesOf(body);
          response.writeHead(statusCode, { 'content-type': contentType ?? 'text/plain', 'content-length': bytes.length }).end(bytes);
        },
        (error: unknown) => response.writeHead(500, { 'content-type': 'text/plain' }).end(String(error))
      );
    });
  });
  // @sigstore/sign's client (make-fetch-happen) keeps idle sockets longer than Node's 5 s default
  // and ignores the Keep-Alive hint: a socket the server closed just as the next signing reused it
  // failed as "socket hang up". Idle sockets stay open until close() ends them all.
  server.keepAliveTimeout = 10 * 60_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('test sigstore server has no TCP address');
  const url = `http://127.0.0.1:${address.port}`;

  const trusted = await createInstance(url, 'trusted');
  const foreign = await createInstance(url, 'foreign');
  const github = await createInstance(url, 'github', false);
  for (const [path, fn] of [...trusted.routes, ...foreign.routes, ...github.routes]) routes.set(path, fn);

  return {
    url,
    signDsse: trusted.signDsse,
    signMessage: trusted.signMessage,
    signDsseWithKey: trusted.signDsseWithKey,
    trustedRoot: trusted.trustedRoot,
    trustedRootFile(dir: string, name = 'trusted_root.json') {
      const file = join(dir, name);
      writeFileSync(file, `${JSON.stringify(trusted.trustedRoot(), null, 2)}\n`);
      return file;
    },
    foreign: { signDsse: foreign.signDsse, signDsseWithKey: foreign.signDsseWithKey, signMessage: foreign.signMessage, trustedRoot: foreign.trustedRoot },
    github: { signDsse: github.signDsse, signDsseWithKey: github.signDsseWithKey, signMessage: github.signMessage, trustedRoot: github.trustedRoot },
    trustedRootLinesFile(dir: string, name = 'trusted_root.jsonl') {
      const file = join(dir, name);
      writeFileSync(file, `${JSON.stringify(trusted.trustedRoot())}\n${JSON.stringify(github.trustedRoot())}\n`);
      return file;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      })
  };
}
