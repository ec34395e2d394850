/**
 * The deck's print page, open in Chromium: every export starts here. Slidev's
 * own server runs in export mode (so `/print` renders every slide one below
 * the other), and one Chromium, the machine's own, loads it once. Requests
 * that would leave the machine are blocked and remembered.
 */
import path from 'node:path'
import { createServer, resolveOptions } from '@slidev/cli'
import { chromium, type Browser, type Page } from 'playwright-core'
import { isLocalUrl } from './offline.ts'
import { freePort } from '../free-port.ts'

/** One slide of the deck as the exports need it. */
export interface DeckSlide {
  /** 1-based slide number, as shown in Slidev. */
  no: number
  title: string
  /** The speaker note as Slidev parsed it: markdown, possibly empty. */
  note: string
}

export interface PrintSession {
  browser: Browser
  /** The print page: every slide, each in a `.print-slide-container`. */
  page: Page
  /** Deck title (headmatter `title`). */
  title: string
  slides: DeckSlide[]
  /** Slide canvas size in CSS pixels. */
  width: number
  height: number
  /** Every request the page tried to make off this machine (all blocked). */
  blocked: string[]
  /** Errors thrown by the deck's own scripts while rendering. */
  pageErrors: string[]
  /** Local files the deck asked for that the server did not have (an image path gone wrong). */
  missing: string[]
  /**
   * Loads the print page (`'print'`) or one slide in print mode, and waits
   * until it has rendered. Same contract as Slidev's exporter uses.
   */
  go(target: 'print' | number): Promise<void>
  /** Closes Chromium and the server. */
  close(): Promise<void>
}

export interface OpenPrintSessionOptions {
  /** The Slidev markdown file. */
  deck: string
  /** Chromium executable (see `findBrowser`). */
  browserPath: string
  /** Pixel density of screenshots (default 2, like Slidev's own export). */
  scale?: number
  /** How long a page may take to load, in ms (default 120 s: the first Vite load is cold). */
  timeout?: number
}

type SlidevOptions = Awaited<ReturnType<typeof resolveOptions>>

/** Starts Slidev on a free loopback port and opens the deck's print page. */
export async function openPrintSession(options: OpenPrintSessionOptions): Promise<PrintSession> {
  const timeout = options.timeout ?? 120_000
  const slidev = await resolveOptions({ entry: path.resolve(options.deck) }, 'export')
  const { width, height } = canvasSize(slidev)
  const slides = deckSlides(slidev)
  const port = await freePort()
  const server = await createServer(slidev, {
    server: { port, strictPort: true, host: '127.0.0.1' },
    logLevel: 'error',
    clearScreen: false,
  })
  let browser: Browser | undefined
  try {
    await server.listen()
    browser = await launch(options.browserPath)
    const context = await browser.newContext({
      viewport: { width, height: Math.ceil(height) * Math.max(1, slides.length) },
      deviceScaleFactor: options.scale ?? 2,
    })
    const blocked: string[] = []
    await context.route(
      (url) => !isLocalUrl(url.href),
      (route) => {
        blocked.push(route.request().url())
        return route.abort('blockedbyclient')
      },
    )
    const page = await context.newPage()
    page.setDefaultTimeout(timeout)
    const pageErrors: string[] = []
    page.on('pageerror', (error) => pageErrors.push(error.message))
    // Vite answers 500 for a module it could not compile: a slide Slidev cannot render.
    const serverErrors: string[] = []
    const missing: string[] = []
    // Told of the first 500 while a page is shown: a module that failed to compile can keep the print view from
    // ever appearing, and waiting the whole timeout for it would hide the error behind a timeout.
    let onServerError: (() => void) | null = null
    page.on('response', (response) => {
      if (response.status() >= 500) {
        serverErrors.push(response.url())
        onServerError?.()
      } else if (response.status() >= 400) missing.push(`${response.status()} ${response.url()}`)
    })
    const base = `http://127.0.0.1:${port}${slidev.data.config.routerMode === 'hash' ? '/#' : ''}`
    const openedBrowser = browser
    const session: PrintSession = {
      browser,
      page,
      title: String(slidev.data.config.title ?? slides[0]?.title ?? 'Briefing'),
      slides,
      width,
      height,
      blocked,
      pageErrors,
      missing,
      async go(target) {
        serverErrors.length = 0
        const shown = showPrint(page, `${base}/${target === 'print' ? 'print' : target}?print=true`, target, timeout)
        // The page is still waited for in the background once an error has won; its own failure then means nothing.
        shown.catch(() => undefined)
        const failed = new Promise<'failed'>((resolve) => {
          onServerError = () => resolve('failed')
        })
        try {
          const outcome = await Promise.race([shown, failed])
          // A failed module may come with others: give them a moment to arrive, so the error names every slide.
          if (outcome === 'failed') await new Promise((resolve) => setTimeout(resolve, 500))
        } finally {
          onServerError = null
        }
        if (serverErrors.length > 0) throw new DeckRenderError(options.deck, serverErrors)
      },
      async close() {
        await openedBrowser.close().catch(() => undefined)
        await server.close()
      },
    }
    await session.go('print')
    return session
  } catch (error) {
    await browser?.close().catch(() => undefined)
    await server.close()
    throw error
  }
}

/**
 * Slidev could not compile part of the deck; Vite has printed the error with
 * the slide's file and line. Exports stop rather than print a blank slide.
 */
export class DeckRenderError extends Error {
  constructor(deck: string, urls: string[]) {
    const slides = [...new Set(urls.map((url) => url.match(/__slidev_(\d+)\.md/)?.[1]).filter((no) => no !== undefined))]
    const where = slides.length > 0 ? `slide ${slides.join(', ')}` : [...new Set(urls)].slice(0, 3).join(', ')
    super(
      `Slidev could not compile ${where} of ${deck}; its error, with the line, is printed above. ` +
        'Fix the deck and export again; if briefdeck generated it, report the source article: the renderer let through text Slidev cannot compile.',
    )
    this.name = 'DeckRenderError'
  }
}

/** The slides Slidev shows, in order, with their notes; hidden ones left out. */
function deckSlides(slidev: SlidevOptions): DeckSlide[] {
  return slidev.data.slides
    .filter((slide) => !slide.frontmatter?.hide && !slide.frontmatter?.disabled)
    .map((slide, index) => ({ no: index + 1, title: slide.title ?? '', note: slide.note ?? '' }))
}

function canvasSize(slidev: SlidevOptions): { width: number; height: number } {
  const width = slidev.data.config.canvasWidth
  return { width, height: width / slidev.data.config.aspectRatio }
}

async function launch(executablePath: string): Promise<Browser> {
  try {
    return await chromium.launch({ executablePath, headless: true })
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
    throw new Error(`Chromium at ${executablePath} did not start: ${reason}`, { cause: error })
  }
}

/** Vue's defineAsyncComponent waits this long before it shows the loading component (its `delay` default). */
const ASYNC_COMPONENT_DELAY_MS = 200

async function showPrint(page: Page, url: string, target: 'print' | number, timeout: number): Promise<void> {
  await page.goto(url, { waitUntil: 'networkidle', timeout })
  await page.emulateMedia({ colorScheme: 'light', media: 'screen' })
  const root = target === 'print' ? page.locator('.print-slide-container').first() : page.locator(`[data-slidev-no="${target}"]`)
  await root.waitFor({ timeout })
  // Each slide is an async component: one not loaded within Vue's 200 ms delay shows Slidev's "Loading slide..."
  // placeholder, and one still loading before then shows nothing yet. Past that delay every slide still loading
  // has its placeholder, so none left means all are in (under load, the placeholders counted at once missed
  // the ones that came later, and a PDF page read "Loading slide...").
  await page.waitForTimeout(ASYNC_COMPONENT_DELAY_MS + 50)
  await page.waitForFunction(() => document.querySelectorAll('.slidev-slide-loading').length === 0, undefined, { timeout })
  await page.evaluate(async () => {
    await document.fonts.ready
  })
}

