/**
 * Every deck we can generate, in a real browser: the reference article, each
 * fixture article and the hostile fixture are built into slides/.test-browser-*.md
 * (Slidev resolves slides/components and slides/style.css beside the deck),
 * built with one `slidev build` run, served like any static host, and opened in
 * the machine's Chromium. On every slide: nothing overflows the canvas, the
 * browser shows the words the deck holds, no console error, no request off this
 * machine; in presenter mode every slide shows its notes. On the hostile deck:
 * no article text runs, injects an element or disappears.
 */
import { execFile } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { locateBrowser } from '../scripts/browser.ts'
import { isLocalUrl } from '../scripts/export/offline.ts'
import { buildFixture, buildSource, visibleText, wordsOf, type BuiltFixture } from './helpers/deck.ts'
import { noteAsText } from './helpers/deck-contract.ts'
import { PROJECT_ROOT } from './helpers/deck-fixture.ts'
import { serveStatic, type StaticServer } from './helpers/static-server.ts'

const run = promisify(execFile)
const SLIDEV = path.join(PROJECT_ROOT, 'node_modules/@slidev/cli/bin/slidev.mjs')
const HOSTILE = 'test/fixtures/hostile/hostile.md'

/** Pixels a layout may exceed its canvas by (sub-pixel rounding of the scaled slide). */
const TOLERANCE = 2

/**
 * Slides known to overflow their canvas, by deck and slide number, with the
 * measurement when it was found. They run as `it.fails`: when the renderer or
 * the CSS is fixed the test goes red, and the entry must be struck off.
 */
const KNOWN_OVERFLOWS: Record<string, Record<number, string>> = {}

interface Deck {
  name: string
  built: BuiltFixture
  /** slides/.test-browser-<name>.md */
  file: string
  hostile: boolean
}

function deck(name: string, built: BuiltFixture, hostile = false): Deck {
  return { name, built, file: path.join(PROJECT_ROOT, `slides/.test-browser-${name}.md`), hostile }
}

const fixtureNames = readdirSync('test/fixtures').filter((name) => name.endsWith('.md') && name !== 'README.md')
/** Every deck by name, with the source it is built from. */
const SOURCES: Array<[name: string, build: () => BuiltFixture, hostile?: boolean]> = [
  ['article', () => buildFixture('source/article.md')],
  ...fixtureNames.map((name): [string, () => BuiltFixture] => [name.replace(/\.md$/, ''), () => buildFixture(`test/fixtures/${name}`)]),
  ['hostile', () => buildFixture(HOSTILE), true],
  ...corpusDecks(),
]

/**
 * Six real articles of ../shared/corpus when it is there (four in the genre,
 * one quote-heavy, two of other genres): real copy finds what our fixtures do
 * not. Without the corpus they are skipped, and the run says so.
 */
function corpusDecks(): Array<[string, () => BuiltFixture]> {
  const folder = path.join(PROJECT_ROOT, '../shared/corpus/articles')
  let files: string[]
  try {
    files = readdirSync(folder)
  } catch {
    console.log(`browser decks: ${folder} not found; the six corpus decks are skipped`)
    return []
  }
  const chosen = ['01-', '10-', '12-', '22-', '34-', '38-']
  return files.filter((file) => chosen.some((prefix) => file.startsWith(prefix))).map((file) => [`corpus-${file.slice(0, 2)}`, () => buildFixture(path.join(folder, file))])
}
/** `BRIEFDECK_TEST_DECKS=article,hostile` checks only those decks, while fixing one. */
const only = process.env.BRIEFDECK_TEST_DECKS?.split(',')
const DECKS = SOURCES.filter(([name]) => !only || only.includes(name)).map(([name, build, hostile]) => deck(name, build(), hostile))
const HOSTILE_LITERAL = (JSON.parse(readFileSync(HOSTILE.replace(/\.md$/, '.expect.json'), 'utf8')) as { literal: string[] }).literal

const sites = mkdtempSync(path.join(tmpdir(), 'briefdeck-browser-'))
let browser: Browser

const siteOf = (item: Deck) => path.join(sites, path.basename(item.file, '.md'))

/** `slidev build` of every deck in one process; each site lands in {@link siteOf}. */
async function buildSites(decks: Deck[]): Promise<void> {
  for (const item of decks) writeFileSync(item.file, item.built.deck)
  // With several entries Slidev builds each into `<out>/<entry name>/`; with one, into `<out>` itself.
  const out = decks.length === 1 && decks[0] ? siteOf(decks[0]) : sites
  await run(process.execPath, [SLIDEV, 'build', ...decks.map((item) => item.file), '--out', out], { cwd: path.join(PROJECT_ROOT, 'slides'), timeout: 170_000, maxBuffer: 64 * 1024 * 1024 })
}

beforeAll(async () => {
  await buildSites(DECKS)
  browser = await chromium.launch({ executablePath: locateBrowser() })
}, 180_000)

afterAll(async () => {
  await browser?.close()
  for (const item of DECKS) rmSync(item.file, { force: true })
  rmSync(sites, { recursive: true, force: true })
})

interface Box {
  scrollWidth: number
  clientWidth: number
  scrollHeight: number
  clientHeight: number
}

interface SlideSeen {
  no: number
  box: Box | null
  /** The slide's text as the browser lays it out (innerText). */
  text: string
  /** Where a screenshot of the slide was saved, when it overflows. */
  screenshot: string | null
}

interface DeckVisit {
  slides: SlideSeen[]
  /** Where the app is after "next" on the last slide. */
  lastRoute: string
  /** Each slide's notes text in presenter mode. */
  notes: string[]
  consoleErrors: string[]
  offMachine: string[]
  dialogs: string[]
  /** `window.__pwned` after every slide and every presenter page. */
  pwned: unknown[]
  /** Elements that carry article markup: handlers, the payload, a stylesheet hiding the page. */
  injected: string[]
}

/** A context that records console errors, dialogs and requests, and blocks every request off this machine. */
async function watchedContext(visit: Pick<DeckVisit, 'consoleErrors' | 'offMachine' | 'dialogs'>): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
  await context.route((url) => !isLocalUrl(url.href), (route) => route.abort('blockedbyclient'))
  context.on('request', (request) => {
    if (!isLocalUrl(request.url())) visit.offMachine.push(request.url())
  })
  context.on('page', (page) => watchPage(page, visit))
  return context
}

function watchPage(page: Page, visit: Pick<DeckVisit, 'consoleErrors' | 'offMachine' | 'dialogs'>): void {
  page.on('console', (message) => {
    if (message.type() === 'error') visit.consoleErrors.push(`${page.url()}: ${message.text()}`)
  })
  page.on('pageerror', (error) => visit.consoleErrors.push(`${page.url()}: ${error.message}`))
  page.on('dialog', (dialog) => {
    visit.dialogs.push(`${dialog.type()}: ${dialog.message()}`)
    void dialog.dismiss()
  })
  page.on('websocket', (socket) => {
    if (!isLocalUrl(socket.url())) visit.offMachine.push(socket.url())
  })
}

/** What the page holds that article text could have injected: event handlers, the payload, a page-hiding style. */
function injectedElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = []
    for (const element of Array.from(document.querySelectorAll('*'))) {
      const handlers = Array.from(element.attributes).filter((attribute) => attribute.name.startsWith('on'))
      const tag = element.tagName.toLowerCase()
      const payload = ['script', 'style', 'img', 'iframe', 'object', 'embed'].includes(tag) && /__pwned|display:\s*none\s*}/.test(element.outerHTML)
      if (handlers.length > 0 || payload) found.push(element.outerHTML.slice(0, 160))
    }
    if (getComputedStyle(document.body).display === 'none') found.push('body { display: none }')
    return found
  })
}

function pwnedOf(page: Page): Promise<unknown> {
  return page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)
}

/** Waits until slide `no` is the current one and laid out, fonts loaded. */
async function settle(page: Page, route: string, no: number): Promise<void> {
  await page.waitForFunction(
    ([prefix, n]) => location.pathname === `${prefix}${n}` && document.querySelector(`.slidev-page-${n} .slidev-layout`) !== null,
    [route, no] as const,
    { timeout: 30_000 },
  )
  await page.evaluate(async () => {
    await document.fonts.ready
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
  })
}

/** Opens every slide, then every presenter page, of the site at `origin`. */
async function visitDeck(origin: string, item: Deck): Promise<DeckVisit> {
  const visit: DeckVisit = { slides: [], lastRoute: '', notes: [], consoleErrors: [], offMachine: [], dialogs: [], pwned: [], injected: [] }
  const context = await watchedContext(visit)
  const count = item.built.parsed.slides.length
  try {
    const page = await context.newPage()
    await page.goto(`${origin}/1`, { waitUntil: 'networkidle' })
    for (let no = 1; no <= count; no++) {
      if (no > 1) await page.keyboard.press('ArrowRight')
      await settle(page, '/', no)
      const seen = await page.evaluate((n) => {
        const slide = document.querySelector<HTMLElement>(`.slidev-page-${n}`)
        const layout = slide?.querySelector<HTMLElement>('.slidev-layout')
        return {
          box: layout ? { scrollWidth: layout.scrollWidth, clientWidth: layout.clientWidth, scrollHeight: layout.scrollHeight, clientHeight: layout.clientHeight } : null,
          text: slide?.innerText ?? '',
        }
      }, no)
      const screenshot = seen.box && overflows(seen.box) ? path.join(tmpdir(), `briefdeck-overflow-${item.name}-${no}.png`) : null
      if (screenshot) await page.screenshot({ path: screenshot })
      visit.slides.push({ no, ...seen, screenshot })
      visit.pwned.push(await pwnedOf(page))
      visit.injected.push(...(await injectedElements(page)))
    }
    // Past the last slide there is nowhere to go: the deck has no slide the parser did not see.
    await page.keyboard.press('ArrowRight')
    await page.waitForTimeout(300)
    visit.lastRoute = new URL(page.url()).pathname

    await page.goto(`${origin}/presenter/1`, { waitUntil: 'networkidle' })
    for (let no = 1; no <= count; no++) {
      if (no > 1) await page.keyboard.press('ArrowRight')
      await settle(page, '/presenter/', no)
      const note = page.locator('.slidev-presenter .slidev-note').first()
      await note.waitFor({ timeout: 30_000 })
      visit.notes.push(await note.innerText())
      visit.pwned.push(await pwnedOf(page))
      visit.injected.push(...(await injectedElements(page)))
    }
  } finally {
    await context.close()
  }
  return visit
}

function overflows(box: Box): boolean {
  return box.scrollHeight > box.clientHeight + TOLERANCE || box.scrollWidth > box.clientWidth + TOLERANCE
}

/** A slide's text as the deck holds it: its markup's text, without the layout's slot markers. */
function deckText(content: string): string {
  return visibleText(content.replace(/^::(?:left|right)::$/gm, ''))
}

/**
 * Letters and digits only, lower-cased: the browser lays inline blocks out
 * with no space between them ("2025" + "upcoming") and upper-cases labels, so
 * only the characters themselves are compared.
 */
function characters(text: string): string {
  return text.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase()
}

/** Words as a reader compares them: typographic quotes as plain ones. */
function words(text: string): string[] {
  return wordsOf(text.replace(/[‘’]/g, "'"))
}

/** Whitespace collapsed, for finding a phrase in laid-out text. */
function flat(text: string): string {
  return text.replace(/\s+/g, ' ')
}

describe.each(DECKS)('$name deck in Chromium', (item) => {
  let server: StaticServer
  let visit: DeckVisit
  const known = KNOWN_OVERFLOWS[item.name] ?? {}

  beforeAll(async () => {
    server = await serveStatic(siteOf(item))
    visit = await visitDeck(server.url, item)
  }, 120_000)

  afterAll(async () => {
    await server?.close()
  })

  it('has exactly the slides the deck holds', () => {
    expect(visit.lastRoute).toBe(`/${item.built.parsed.slides.length}`)
    expect(visit.slides.every((slide) => slide.box !== null)).toBe(true)
  })

  describe.each(item.built.parsed.slides.map((slide, index) => ({ no: index + 1, title: slide.title ?? '' })))('slide $no ($title)', ({ no }) => {
    const fits = () => {
      const seen = visit.slides[no - 1]
      expect(seen?.box, `slide ${no} has no .slidev-layout`).toBeTruthy()
      if (seen?.box && overflows(seen.box)) {
        expect.fail(`${item.name} slide ${no} overflows its canvas: scroll ${seen.box.scrollWidth}×${seen.box.scrollHeight} in client ${seen.box.clientWidth}×${seen.box.clientHeight}; screenshot ${seen.screenshot}`)
      }
    }
    if (known[no]) it.fails(`fits its canvas [known overflow: ${known[no]}]`, fits)
    else it('fits its canvas', fits)

    it('shows the words the deck holds, none evaluated or swallowed', () => {
      expect(characters(visit.slides[no - 1]?.text ?? '')).toBe(characters(deckText(item.built.parsed.slides[no - 1]?.content ?? '')))
    })

    it('shows its notes in presenter mode', () => {
      const note = noteAsText(item.built.parsed.slides[no - 1]?.note ?? '')
      expect(note.length).toBeGreaterThan(5)
      expect(words(visit.notes[no - 1] ?? '')).toEqual(words(note))
    })
  })

  it('logs no console error', () => {
    expect(visit.consoleErrors).toEqual([])
  })

  it('requests nothing off this machine', () => {
    expect(visit.offMachine).toEqual([])
  })

  if (item.hostile) {
    it('opens no dialog and runs no article text: window.__pwned stays undefined', () => {
      expect(visit.dialogs).toEqual([])
      expect(visit.pwned.filter((value) => value !== undefined)).toEqual([])
    })

    it('injects no element from article text: no script, no handler, no stylesheet', () => {
      expect([...new Set(visit.injected)]).toEqual([])
    })

    it('shows the hostile text literally, on the slides', () => {
      const shown = flat(visit.slides.map((slide) => slide.text).join('\n'))
      expect(shown).toContain('{{ Object.constructor')
      expect(shown).toContain('<script>')
      const onSlides = HOSTILE_LITERAL.filter((text) => item.built.slideText.some((slide) => slide.includes(text)))
      expect(onSlides.length).toBeGreaterThan(8)
      for (const text of onSlides) expect(shown, text).toContain(text)
    })

    it('shows the hostile text in the notes as text', () => {
      const notes = flat(visit.notes.join('\n'))
      expect(notes).toContain('{{ Object.constructor')
      expect(notes).toContain('<script>window.__pwned=1</script>')
      expect(notes).toContain('<img src=x onerror="window.__pwned=1">')
    })
  }
})

const HOSTILE_BUILT = DECKS.find((candidate) => candidate.name === 'hostile')

describe.runIf(HOSTILE_BUILT)('the hostile deck\'s title outside the slides', () => {
  const item = HOSTILE_BUILT as Deck
  let server: StaticServer
  let goto: Aftermath

  interface Aftermath {
    /** What the dialog shows. */
    shown: string
    pwned: unknown
    injected: string[]
    dialogs: string[]
  }

  /** Opens slide 1 in a fresh context, opens a dialog with `act`, and reports what it shows and what ran or was injected. */
  async function after(act: (page: Page) => Promise<string>): Promise<Aftermath> {
    const visit = { consoleErrors: [] as string[], offMachine: [] as string[], dialogs: [] as string[] }
    const context = await watchedContext(visit)
    try {
      const page = await context.newPage()
      await page.goto(`${server.url}/1`, { waitUntil: 'networkidle' })
      await settle(page, '/', 1)
      const shown = await act(page)
      await page.waitForTimeout(300)
      return { shown, pwned: await pwnedOf(page), injected: await injectedElements(page), dialogs: visit.dialogs }
    } finally {
      await context.close()
    }
  }

  beforeAll(async () => {
    server = await serveStatic(siteOf(item))
    goto = await after(async (page) => {
      await page.keyboard.press('g')
      // fill() waits until the dialog has enabled its input.
      await page.locator('#slidev-goto-input').fill('Japan', { timeout: 10_000 })
      const results = page.locator('#slidev-goto-dialog li')
      await results.first().waitFor({ timeout: 10_000 })
      return (await results.allInnerTexts()).join('\n')
    })
  }, 60_000)

  afterAll(async () => {
    await server?.close()
  })

  it('lists the cover in the Go-to dialog when its title is searched for', () => {
    expect(goto.shown).toContain('Japan and South Korea deadlocked')
  })

  // Slidev renders frontmatter titles through its own markdown and Vue compiler
  // (the Go-to dialog, <Toc>), so the renderer leaves code-like characters out there.
  it('runs nothing when the Go-to dialog lists the title', () => {
    expect({ pwned: goto.pwned, dialogs: goto.dialogs }).toEqual({ pwned: undefined, dialogs: [] })
    expect(goto.shown).not.toContain('{{')
    expect(goto.shown).not.toContain('<script>')
  })

})
