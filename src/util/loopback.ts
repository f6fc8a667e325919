/** True for hosts Docker and this action treat as loopback: plain HTTP is allowed there only. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

/** The one transport rule for registries, realms and redirects: https, or http on a loopback address only. */
export function isAllowedUrl(url: URL): boolean {
  return url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname));
}

/**
 * The rule for a URL taken from an answer (a packument's tarball, an attestation's `bundle_url`): https, or plain
 * http on loopback only when the configured base it came from is itself on loopback — so a registry on the
 * internet cannot make the runner request `http://localhost:…`, while a test or mirror on loopback still works.
 */
export function isAllowedAnswerUrl(url: URL, configuredBase: URL): boolean {
  return url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname) && isLoopbackHost(configuredBase.hostname));
}
