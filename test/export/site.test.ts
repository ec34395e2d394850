/**
 * The static site of the sample deck, served the way any static host serves
 * it, opened in the machine's Chromium.
 */
import { existsSync } from 'node:fs'
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { locateBrowser } from '../../scripts/browser.ts'
import { InputError } from '../../scripts/errors.ts'
import { buildSite } from '../../scripts/export/site.ts'
import { copyDeckFixture, type DeckFixture } from '../helpers/deck-fixture.ts'
import { serveStatic, type StaticServer } from '../helpers/static-server.ts'

let fixture: DeckFixture
let site: string
let server: StaticServer
let browser: Browser
let page: Page

beforeAll(async () => {
  fixture = await copyDeckFixture()
  site = path.join(fixture.dir, 'dist')
  await buildSite({ deck: fixture.deck, outDir: site })
  server = await serveStatic(site)
  browser = await chromium.launch({ executablePath: locateBrowser() })
  page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
}, 240_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
  await fixture?.remove()
})

describe('static site of the sample deck', () => {
  it('has index.html, a 404.html copy for GitHub Pages and _redirects for Netlify, readable by any web server', async () => {
    for (const name of ['index.html', '404.html', '_redirects']) expect(existsSync(path.join(site, name))).toBe(true)
    expect(await readFile(path.join(site, '_redirects'), 'utf8')).toContain('/index.html   200')
    expect((await stat(site)).mode & 0o755).toBe(0o755)
  })

  it('loads in headless Chromium and shows the first slide’s title', async () => {
    await page.goto(`${server.url}/`, { waitUntil: 'networkidle' })
    await expect.poll(() => page.locator('.slidev-page-1 h1').textContent()).toBe('Harbour talks end without a deal')
  })

  it('follows a deep link to a slide', async () => {
    await page.goto(`${server.url}/3`, { waitUntil: 'networkidle' })
    await expect.poll(() => page.locator('.slidev-page-3 h1').first().textContent()).toBe('The union')
  })

  it('opens presenter mode with the slide’s notes', async () => {
    await page.goto(`${server.url}/presenter/2`, { waitUntil: 'networkidle' })
    await page.locator('.slidev-presenter').waitFor()
    await expect.poll(() => page.locator('.slidev-presenter .slidev-note').first().textContent()).toContain('Stress that the gap is five points')
  })
})

describe('buildSite refuses to replace what is not a site', () => {
  it('leaves a non-empty folder without index.html alone', async () => {
    const other = path.join(fixture.dir, 'not-a-site')
    await mkdir(other)
    await writeFile(path.join(other, 'keep.txt'), 'mine')
    await expect(buildSite({ deck: fixture.deck, outDir: other })).rejects.toThrow(InputError)
    await expect(buildSite({ deck: fixture.deck, outDir: other })).rejects.toThrow('not empty and holds no index.html')
    expect(await readFile(path.join(other, 'keep.txt'), 'utf8')).toBe('mine')
  })

  it('will not build over the deck’s own folder', async () => {
    await expect(buildSite({ deck: fixture.deck, outDir: fixture.dir })).rejects.toThrow("the deck's own folder")
  })
})
