/**
 * A static file server for tests, like any static host with single-page-app
 * fallback: a path that is not a file gets `index.html`, so deep links such as
 * `/3` or `/presenter/1` load the app.
 */
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
}

export interface StaticServer {
  /** `http://127.0.0.1:PORT` (no trailing slash). */
  url: string
  close(): Promise<void>
}

/** Serves `root` on a free loopback port. */
export async function serveStatic(root: string): Promise<StaticServer> {
  const base = path.resolve(root)
  const server = http.createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)
    let file = path.join(base, pathname)
    if (!file.startsWith(base)) {
      response.writeHead(403).end()
      return
    }
    const info = await stat(file).catch(() => null)
    if (info?.isDirectory()) file = path.join(file, 'index.html')
    else if (info === null) file = path.join(base, 'index.html')
    const found = await stat(file).catch(() => null)
    if (found === null) {
      response.writeHead(404).end()
      return
    }
    response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' })
    createReadStream(file).pipe(response)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}
