/**
 * What counts as staying on this machine. Exports block every request this
 * says no to, and the offline tests fail on one.
 */

/** Schemes that never leave the page: inline data, object URLs, blank pages. */
const INLINE_SCHEMES = new Set(['data:', 'blob:', 'about:'])

/** Schemes that name a host, whose host must be this machine's loopback. */
const HOST_SCHEMES = new Set(['http:', 'https:', 'ws:', 'wss:'])

/**
 * Whether a request to `url` stays on this machine: inline schemes, and
 * http(s)/ws(s) to `localhost`, `127.0.0.0/8` or `[::1]`. Anything else —
 * another host, `file:` (a page has no business reading the disk),
 * an unparsable URL — is not local.
 */
export function isLocalUrl(url: string): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  if (INLINE_SCHEMES.has(parsed.protocol)) return true
  if (!HOST_SCHEMES.has(parsed.protocol)) return false
  return isLoopbackHost(parsed.hostname)
}

function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase()
  if (host === 'localhost' || host.endsWith('.localhost')) return true
  if (host === '[::1]') return true
  return /^127(?:\.\d{1,3}){3}$/.test(host)
}
