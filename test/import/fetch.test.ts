/**
 * `briefdeck import <url>` against a server the test starts on 127.0.0.1
 * (never the internet): redirects, a slow server, a huge body, a wrong
 * content type, pages that are not UTF-8, a host that refuses, and the CLI
 * exiting 1 without writing anything when the fetch fails.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { main } from '../../scripts/cli.ts'
import { charsetDeclaredIn, decodeFetchedPage } from '../../scripts/import/charset.ts'
import { fetchPage, isWebAddress } from '../../scripts/import/fetch-page.ts'
import { readWebPage } from '../../scripts/import/read-web-page.ts'
import { savedPage } from './saved-page.ts'

const PAGE = savedPage({ head: '<meta charset="utf-8"><meta property="og:title" content="Ceasefire talks stall in Geneva">' })
const seenUserAgents: string[] = []

/* Each path is one way a server can answer. */
function answer(request: http.IncomingMessage, response: http.ServerResponse): void {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1')
  seenUserAgents.push(request.headers['user-agent'] ?? '')
  const hops = Number(url.searchParams.get('hops') ?? 0)
  switch (url.pathname) {
    case '/article':
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE)
      return
    case '/redirect':
      response.writeHead(hops % 2 === 0 ? 301 : 307, { location: hops > 1 ? `/redirect?hops=${hops - 1}` : '/article' }).end()
      return
    case '/loop':
      response.writeHead(302, { location: '/loop' }).end()
      return
    case '/to-ftp':
      response.writeHead(302, { location: 'ftp://127.0.0.1/file' }).end()
      return
    case '/slow':
      response.writeHead(200, { 'content-type': 'text/html' })
      response.write('<!doctype html><html><body>')
      return // never finishes: the client's timeout must end it
    case '/huge':
      streamForever(response)
      return
    case '/huge-declared':
      response.writeHead(200, { 'content-type': 'text/html', 'content-length': String(50 * 1024 * 1024) })
      response.write('<!doctype html>')
      return
    case '/image':
      response.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47]))
      return
    case '/latin1':
      response.writeHead(200, { 'content-type': 'text/html; charset=ISO-8859-1' }).end(Buffer.from(PAGE.replace('Geneva', 'Genève'), 'latin1'))
      return
    case '/missing':
      response.writeHead(404, 'Not Found').end('nothing here')
      return
    default:
      response.writeHead(500).end()
  }
}

function streamForever(response: http.ServerResponse): void {
  response.writeHead(200, { 'content-type': 'text/html' })
  const chunk = Buffer.alloc(64 * 1024, 'a')
  const push = () => {
    while (!response.destroyed && response.write(chunk));
    if (!response.destroyed) response.once('drain', push)
  }
  push()
}

let server: http.Server
let base = ''

beforeAll(async () => {
  server = http.createServer(answer)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  server.closeAllConnections()
  await new Promise<void>((resolve) => server.close(() => resolve()))
})

describe('fetching a page', () => {
  it('reads a page, naming briefdeck in the User-Agent', async () => {
    const page = await fetchPage(`${base}/article`)
    expect(new TextDecoder().decode(page.bytes)).toBe(PAGE)
    expect(page.contentType).toBe('text/html; charset=utf-8')
    expect(seenUserAgents.at(-1)).toMatch(/^briefdeck\/\d+\.\d+\.\d+ /)
  })

  it('follows redirects, up to the limit', async () => {
    const page = await fetchPage(`${base}/redirect?hops=3`)
    expect(page.url).toBe(`${base}/article`)
    await expect(fetchPage(`${base}/redirect?hops=3`, { maxRedirects: 2 })).rejects.toThrow(/redirected more than 2 times\. Open the address in a browser/)
    await expect(fetchPage(`${base}/loop`)).rejects.toThrow(/\/loop redirected more than 5 times/)
  })

  it('refuses a redirect to an address that is not http(s)', async () => {
    await expect(fetchPage(`${base}/to-ftp`)).rejects.toThrow(/led to a ftp: address, which is not a web page/)
  })

  it('gives up on a server that does not finish in time', async () => {
    const started = Date.now()
    await expect(fetchPage(`${base}/slow`, { timeoutMs: 300 })).rejects.toThrow(/\/slow did not answer within 0\.3 s\. Check the address/)
    expect(Date.now() - started).toBeLessThan(5000)
  })

  it('stops reading a body past the size cap, declared or not', async () => {
    await expect(fetchPage(`${base}/huge`, { maxBytes: 1024 * 1024 })).rejects.toThrow(/\/huge is larger than 1 MB\. That is not an article page/)
    await expect(fetchPage(`${base}/huge-declared`)).rejects.toThrow(/is larger than 5 MB/)
  })

  it('refuses what is not a web page', async () => {
    await expect(fetchPage(`${base}/image`)).rejects.toThrow(/\/image is not a web page \(the server sent image\/png\)/)
  })

  it('says what the server answered when it is an error', async () => {
    await expect(fetchPage(`${base}/missing`)).rejects.toThrow(/\/missing could not be fetched: the server answered 404 Not Found\./)
  })

  it('says when the host cannot be reached', async () => {
    const closed = http.createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const port = (closed.address() as AddressInfo).port
    await new Promise<void>((resolve) => closed.close(() => resolve()))
    await expect(fetchPage(`http://127.0.0.1:${port}/article`)).rejects.toThrow(/could not be reached \(ECONNREFUSED\)\. Check the address and that you are online/)
  })

  it('tells an address from a file path', () => {
    expect(isWebAddress('https://example.org/a')).toBe(true)
    expect(isWebAddress('HTTP://example.org/a')).toBe(true)
    expect(isWebAddress('pages/https-notes.html')).toBe(false)
  })
})

describe('decoding a fetched page', () => {
  it('uses the charset of the Content-Type header', async () => {
    expect(await readWebPage(`${base}/latin1`)).toContain('Genève')
  })

  it("uses the page's own <meta charset> when the header names none", () => {
    // 日本 in Shift_JIS.
    const bytes = Uint8Array.from([...Buffer.from('<html><head><meta charset="Shift_JIS"></head><body>'), 0x93, 0xfa, 0x96, 0x7b, ...Buffer.from('</body></html>')])
    expect(charsetDeclaredIn(bytes)).toBe('shift_jis')
    expect(decodeFetchedPage(bytes, 'text/html', 'https://example.org/')).toContain('<body>日本</body>')
  })

  it('reads an undeclared page as UTF-8 when it is, else as windows-1252', () => {
    expect(decodeFetchedPage(Buffer.from('<p>Genève</p>'), 'text/html', 'x')).toBe('<p>Genève</p>')
    expect(decodeFetchedPage(Buffer.from('<p>Genève</p>', 'latin1'), 'text/html', 'x')).toBe('<p>Genève</p>')
  })

  it('refuses an encoding nobody knows', () => {
    expect(() => decodeFetchedPage(Buffer.from('<p>x</p>'), 'text/html; charset=klingon-8', 'https://example.org/')).toThrow(/^https:\/\/example\.org\/ is in an encoding briefdeck does not know \("klingon-8"\)/)
  })
})

describe('briefdeck import <url>', () => {
  const run = async (args: string[]) => {
    const out: string[] = []
    const err: string[] = []
    const code = await main(['import', ...args], { out: (line) => out.push(line), err: (line) => err.push(line) })
    return { code, out: out.join('\n'), err: err.join('\n') }
  }
  let directory = ''
  beforeAll(() => {
    directory = mkdtempSync(path.join(tmpdir(), 'briefdeck-fetch-'))
  })
  afterAll(() => rmSync(directory, { recursive: true, force: true }))

  it('writes the article read from the address', async () => {
    const target = path.join(directory, 'article.md')
    const result = await run([`${base}/article`, '--out', target])
    expect(result).toMatchObject({ code: 0, out: `wrote ${target} from ${base}/article` })
    expect(readFileSync(target, 'utf8')).toContain('title: "Ceasefire talks stall in Geneva"')
  })

  it('exits 1 with the reason and writes nothing when the fetch fails', async () => {
    for (const page of ['/image', '/missing']) {
      const target = path.join(directory, `failed${page}.md`)
      const result = await run([`${base}${page}`, '--out', target])
      expect(result.code).toBe(1)
      expect(result.err).toMatch(new RegExp(`^briefdeck: ${base}${page} (is not a web page|could not be fetched)`))
      expect(existsSync(target)).toBe(false)
    }
  })
})
