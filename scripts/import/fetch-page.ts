import packageJson from '../../package.json' with { type: 'json' }
import { ImportError } from './errors.ts'

/**
 * `briefdeck import <url>`: the one place the import touches the network.
 * It fetches a page with Node's own `fetch` and hands back its bytes and
 * Content-Type; decoding and reading stay pure (`decodeFetchedPage`,
 * `importArticle`). Every way a fetch can fail is an `ImportError` naming
 * the address and saying what to do, so the CLI exits 1 and writes nothing.
 */

export interface FetchPageOptions {
  /** Whole fetch, redirects and body included. Default 20 000 ms. */
  timeoutMs?: number
  /** Redirects followed before giving up. Default 5. */
  maxRedirects?: number
  /** Largest body read. Default 5 MiB: far more than any article page's HTML. */
  maxBytes?: number
  /** Sent as `User-Agent`; it names briefdeck so that a site can tell who asks. */
  userAgent?: string
}

export interface FetchedPage {
  /** The address the page was finally read from, after redirects. */
  url: string
  contentType: string
  bytes: Uint8Array
}

export const DEFAULT_FETCH_OPTIONS = {
  timeoutMs: 20_000,
  maxRedirects: 5,
  maxBytes: 5 * 1024 * 1024,
  userAgent: `briefdeck/${packageJson.version} (article import)`,
} as const satisfies Required<FetchPageOptions>

/* HTML, XHTML and plain text are pages; anything else (images, PDFs, JSON) is not an article to read. */
const READABLE_TYPE = /^(text\/[\w.+-]+|application\/xhtml\+xml)\s*(;|$)/i
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308])

/** Whether an import argument is a web address rather than a file path. */
export function isWebAddress(argument: string): boolean {
  return /^https?:\/\//i.test(argument)
}

/**
 * Fetch `address` (http or https), following redirects up to the limit.
 * Throws `ImportError` when the address is not http(s), the host cannot be
 * reached, the server answers with an error, too many redirects, too
 * slowly, with a body over the size cap, or with a type that is not a page.
 */
export async function fetchPage(address: string, options: FetchPageOptions = {}): Promise<FetchedPage> {
  const settings = { ...DEFAULT_FETCH_OPTIONS, ...options }
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), settings.timeoutMs)
  try {
    const response = await followRedirects(address, settings, controller.signal)
    const contentType = response.headers.get('content-type') ?? ''
    if (contentType !== '' && !READABLE_TYPE.test(contentType)) {
      await response.body?.cancel()
      throw new ImportError(address, `is not a web page (the server sent ${contentType.split(';')[0]})`, 'Give the address of the article itself, or save the page from a browser as .html and import the file.')
    }
    const bytes = await bodyWithin(response, settings.maxBytes, address)
    return { url: response.url || address, contentType, bytes }
  } catch (error) {
    if (controller.signal.aborted) {
      throw new ImportError(address, `did not answer within ${settings.timeoutMs / 1000} s`, 'Check the address and your connection and try again, or save the page from a browser as .html and import the file.')
    }
    throw error
  } finally {
    clearTimeout(timer)
  }
}

async function followRedirects(address: string, settings: Required<FetchPageOptions>, signal: AbortSignal): Promise<Response> {
  let current = parseAddress(address, address)
  for (let redirects = 0; ; redirects += 1) {
    const response = await request(current, settings.userAgent, signal, address)
    if (!REDIRECT_STATUSES.has(response.status)) {
      if (!response.ok) {
        await response.body?.cancel()
        throw new ImportError(address, `could not be fetched: the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`, 'Check the address; if the page needs a login or blocks programs, save it from a browser as .html and import the file.')
      }
      return response
    }
    await response.body?.cancel()
    const location = response.headers.get('location')
    if (location === null) {
      throw new ImportError(address, `could not be fetched: the server answered ${response.status} without saying where to go`, 'Open the address in a browser, then import the address it ends up at.')
    }
    if (redirects >= settings.maxRedirects) {
      throw new ImportError(address, `redirected more than ${settings.maxRedirects} times`, 'Open the address in a browser, then import the address it ends up at.')
    }
    current = parseAddress(new URL(location, current).href, address)
  }
}

async function request(url: URL, userAgent: string, signal: AbortSignal, address: string): Promise<Response> {
  try {
    return await fetch(url, {
      redirect: 'manual',
      signal,
      headers: { 'user-agent': userAgent, accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1' },
    })
  } catch (error) {
    if (signal.aborted) throw error
    const code = networkCodeOf(error)
    throw new ImportError(address, `could not be reached${code === undefined ? '' : ` (${code})`}`, 'Check the address and that you are online, then try again; or save the page from a browser as .html and import the file.')
  }
}

/* Read the body, stopping as soon as it passes the cap, so a huge or endless answer costs no more than the cap. */
async function bodyWithin(response: Response, maxBytes: number, address: string): Promise<Uint8Array> {
  const tooLarge = () =>
    new ImportError(address, `is larger than ${Math.round(maxBytes / 1024 / 1024)} MB`, 'That is not an article page; give the address of the article itself, or save it from a browser as .html and import the file.')
  const declared = Number(response.headers.get('content-length') ?? Number.NaN)
  if (declared > maxBytes) {
    await response.body?.cancel()
    throw tooLarge()
  }
  if (response.body === null) return new Uint8Array()
  const chunks: Uint8Array[] = []
  let length = 0
  const reader = response.body.getReader()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    length += value.byteLength
    if (length > maxBytes) {
      await reader.cancel()
      throw tooLarge()
    }
    chunks.push(value)
  }
  const bytes = new Uint8Array(length)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return bytes
}

function parseAddress(text: string, address: string): URL {
  let url: URL
  try {
    url = new URL(text)
  } catch {
    throw new ImportError(address, 'is not a web address briefdeck can read', 'Give a full address starting with http:// or https://, or the path of a saved file.')
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ImportError(address, `led to a ${url.protocol} address, which is not a web page`, 'Give an address starting with http:// or https://.')
  }
  return url
}

/* undici wraps the system error ("ECONNREFUSED", "ENOTFOUND") in its `cause`. */
function networkCodeOf(error: unknown): string | undefined {
  const cause = (error as { cause?: { code?: unknown; errors?: Array<{ code?: unknown }> } }).cause
  const code = cause?.code ?? cause?.errors?.[0]?.code
  return typeof code === 'string' ? code : undefined
}
