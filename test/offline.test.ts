/**
 * The deck makes no network request at all: every request the page makes, on
 * Slidev's dev server and on the built static site, goes to this machine.
 * Requests elsewhere are recorded, and blocked so the test never depends on
 * the network being there.
 */
import path from 'node:path'
import { createServer, resolveOptions } from '@slidev/cli'
import { chromium, type Browser, type BrowserContext } from 'playwright-core'
import type { ViteDevServer } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { locateBrowser } from '../scripts/browser.ts'
import { isLocalUrl } from '../scripts/export/offline.ts'
import { buildSite } from '../scripts/export/site.ts'
import { copyDeckFixture, type DeckFixture } from './helpers/deck-fixture.ts'
import { serveStatic, type StaticServer } from './helpers/static-server.ts'

/** The routes a viewer and a presenter open: the deck, presenter mode, the overview of every slide. */
const ROUTES = ['/', '/presenter/1', '/overview']

let fixture: DeckFixture
let browser: Browser

beforeAll(async () => {
  fixture = await copyDeckFixture()
  browser = await chromium.launch({ executablePath: locateBrowser() })
}, 60_000)

afterAll(async () => {
  await browser?.close()
  await fixture?.remove()
})

interface Visit {
  /** Every URL requested, websockets included. */
  requested: string[]
  /** Whether the Inter face from @fontsource was loaded by the first page. */
  interLoaded: boolean
}

/** Opens each route of `origin` in a fresh context and records every request. */
async function visit(origin: string): Promise<Visit> {
  const context: BrowserContext = await browser.newContext({ viewport: { width: 1280, height: 720 } })
  const requested: string[] = []
  context.on('request', (request) => requested.push(request.url()))
  await context.route(
    (url) => !isLocalUrl(url.href),
    (route) => route.abort('blockedbyclient'),
  )
  let interLoaded = false
  try {
    const page = await context.newPage()
    page.on('websocket', (socket) => requested.push(socket.url()))
    for (const route of ROUTES) {
      await page.goto(`${origin}${route}`, { waitUntil: 'networkidle', timeout: 120_000 })
      await page.locator('.slidev-layout').first().waitFor({ state: 'attached', timeout: 60_000 })
      if (route === '/') {
        interLoaded = await page.evaluate(async () => {
          await document.fonts.ready
          let loaded = false
          document.fonts.forEach((face) => {
            if (face.family.replace(/["']/g, '') === 'Inter' && face.status === 'loaded') loaded = true
          })
          return loaded
        })
      }
    }
  } finally {
    await context.close()
  }
  return { requested, interLoaded }
}

describe('no network on the dev server', () => {
  let server: ViteDevServer
  let origin: string
  let result: Visit

  beforeAll(async () => {
    const options = await resolveOptions({ entry: fixture.deck }, 'dev')
    server = await createServer(options, { server: { port: 0, host: '127.0.0.1' }, logLevel: 'error', clearScreen: false })
    await server.listen()
    const address = server.httpServer?.address()
    if (typeof address !== 'object' || address === null) throw new Error('dev server has no address')
    origin = `http://127.0.0.1:${address.port}`
    result = await visit(origin)
  }, 240_000)

  afterAll(async () => {
    await server?.close()
  })

  it('requests nothing but this machine', () => {
    expect(result.requested.length).toBeGreaterThan(20)
    expect(result.requested.filter((url) => !isLocalUrl(url))).toEqual([])
  })

  it('renders with the bundled Inter, not a font from the web', () => {
    expect(result.interLoaded).toBe(true)
  })
})

describe('no network on the static site', () => {
  let server: StaticServer
  let result: Visit

  beforeAll(async () => {
    const site = path.join(fixture.dir, 'dist')
    await buildSite({ deck: fixture.deck, outDir: site })
    server = await serveStatic(site)
    result = await visit(server.url)
  }, 240_000)

  afterAll(async () => {
    await server?.close()
  })

  it('requests nothing but this machine', () => {
    expect(result.requested.length).toBeGreaterThan(5)
    expect(result.requested.filter((url) => !isLocalUrl(url))).toEqual([])
  })

  it('renders with the bundled Inter, not a font from the web', () => {
    expect(result.interLoaded).toBe(true)
  })
})
