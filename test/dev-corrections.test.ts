/**
 * A correction saved during `briefdeck dev`, as an analyst makes one: the
 * dev server runs on a copy of an article, Chromium shows the timeline
 * slide, and a `briefing:` correction saved to the source reaches the open
 * page by hot update (the page is never reloaded). A bad correction then
 * leaves the corrected slide on screen and the deck on disk as it was, and
 * the dev server names the file and line.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { delay, startDevServer, type DevServer } from '../scripts/bench/dev-server.ts'
import { CHROMIUM_ARGS } from '../scripts/bench/live.ts'
import { locateBrowser } from '../scripts/browser.ts'
import { buildSource } from './helpers/deck.ts'
import { withBriefing } from './helpers/briefing.ts'
import { PROJECT_ROOT } from './helpers/deck-fixture.ts'

const FIXTURE = path.join(PROJECT_ROOT, 'test/fixtures/corrections/harbour-pilots.md')
const ARTICLE = readFileSync(FIXTURE, 'utf8')
const NEXT_SLIDE = buildSource(ARTICLE, FIXTURE).briefing.slides.findIndex((slide) => slide.kind === 'next') + 1
const CORRECTION = ['  events: [{ paragraph: 12, label: Strike deadline for the pilots }]', '  titles: { next: The week ahead }']

const dir = mkdtempSync(path.join(tmpdir(), 'briefdeck-dev-corrections-'))
const source = path.join(dir, 'article.md')
// Inside slides/ so the deck's components and styles resolve (gitignored).
const deck = path.join(PROJECT_ROOT, 'slides/.test-dev-corrections.md')
const log: string[] = []
let server: DevServer | undefined
let browser: Browser | undefined
let page: Page

beforeAll(async () => {
  await writeFile(source, ARTICLE)
  server = await startDevServer({ cwd: PROJECT_ROOT, source, deck })
  browser = await chromium.launch({ executablePath: locateBrowser(), headless: true, args: CHROMIUM_ARGS })
  page = await browser.newPage()
  page.on('console', (message) => log.push(`console ${message.type()}: ${message.text()}`))
  await page.goto(`${server.url}/${NEXT_SLIDE}`, { waitUntil: 'networkidle', timeout: 120_000 })
  await page.locator(`[data-slidev-no="${NEXT_SLIDE}"]`).waitFor({ timeout: 60_000 })
}, 180_000)

afterAll(async () => {
  await browser?.close().catch(() => undefined)
  await server?.stop()
  rmSync(dir, { recursive: true, force: true })
  rmSync(deck, { force: true })
})

const slideText = () => page.locator(`[data-slidev-no="${NEXT_SLIDE}"]`).innerText()

/** Resolves when the open slide shows `text`, or fails with the dev server's log. */
async function shows(text: string): Promise<void> {
  await page.waitForFunction(
    ({ slide, text }) => document.querySelector(`[data-slidev-no="${slide}"]`)?.textContent?.includes(text) ?? false,
    { slide: NEXT_SLIDE, text },
    { timeout: 30_000 },
  ).catch((error: unknown) => {
    throw new Error(`slide ${NEXT_SLIDE} did not show "${text}" (${error instanceof Error ? error.message.split('\n')[0] : String(error)})\n${server?.tail() ?? ''}`)
  })
}

describe('a correction saved during briefdeck dev', () => {
  it('reaches the open slide by hot update, without a reload', async () => {
    expect(await slideText()).not.toContain('Strike deadline for the pilots')
    let loads = 0
    page.on('load', () => (loads += 1))
    // A reload would lose this.
    await page.evaluate(() => Object.assign(window, { __sameSession: true }))
    await writeFile(source, withBriefing(ARTICLE, CORRECTION).source)
    await shows('Strike deadline for the pilots')
    await shows('The week ahead')
    expect(await page.evaluate(() => (window as unknown as { __sameSession?: boolean }).__sameSession)).toBe(true)
    expect(loads).toBe(0)
    expect(await readFile(deck, 'utf8')).toContain('The week ahead')
  })

  it('keeps the corrected slide on screen and the deck as it was after a bad correction, naming the file and line', async () => {
    const before = await readFile(deck, 'utf8')
    const bad = withBriefing(ARTICLE, [...CORRECTION, '  sections: { 40: demands }'])
    await writeFile(source, bad.source)
    const deadline = Date.now() + 20_000
    while (!(server?.tail() ?? '').includes('kept the last good deck') && Date.now() < deadline) await delay(50)
    expect(server?.tail()).toContain(`${source}:${bad.line + 2}: there is no ¶40`)
    expect(server?.tail()).toContain('kept the last good deck')
    expect(await readFile(deck, 'utf8')).toBe(before)
    expect(await slideText()).toContain('Strike deadline for the pilots')
  })
})
