/**
 * Edit-to-screen time of `briefdeck dev`: with the dev server running on a
 * copy of the source and the edited slide open in headless Chromium, the
 * time from saving an edit to the source to the edit showing on that slide.
 */
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { chromium, type Browser } from 'playwright-core'
import { onCleanup } from './cleanup.ts'
import { delay, startDevServer, type DevServer } from './dev-server.ts'
import { findVisibleEdit, markerFor } from './live-edit.ts'
import { summarise, type Timings } from './stats.ts'

/** The flags the system Chromium needs here: running as root, headless, no network chatter. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync']

export interface LiveOptions {
  /** The project root (where scripts/briefdeck.mjs is). */
  cwd: string
  /** The source to copy and edit. */
  source: string
  /** Where the dev server writes the deck; inside slides/ so the deck's components resolve. Removed afterwards. */
  deck: string
  browserPath: string
  /** Timed edits (default 5), after `warmUp` untimed ones (default 1). */
  times?: number
  warmUp?: number
  /** How often the page is checked for the edit, in ms (default 5). */
  pollMs?: number
}

export interface LiveTimings {
  /** Save to marker on screen. */
  editToScreen: Timings
  /** The dev server's own rebuild of the deck, as it logged it, per timed edit. */
  rebuild: Timings | null
  /** Save to the dev server's "rebuilt" line: the watcher noticing, the build, the deck written. */
  saveToDeck: Timings | null
  /** Full page loads during the timed edits (0 when every edit arrived by hot update). */
  reloads: number
  slide: number
  word: string
}

/** Runs the measurement; the server, Chromium, the source copy and the deck are cleaned up however it ends. */
export async function measureLive(options: LiveOptions): Promise<LiveTimings> {
  const times = options.times ?? 5
  const warmUp = options.warmUp ?? 1
  const original = await readFile(path.resolve(options.cwd, options.source), 'utf8')
  const edit = findVisibleEdit(original, options.source)

  const dir = await mkdtemp(path.join(os.tmpdir(), 'briefdeck-bench-live-'))
  const deck = path.resolve(options.cwd, options.deck)
  const removeFiles = onCleanup(() => {
    rmSync(dir, { recursive: true, force: true })
    rmSync(deck, { force: true })
  })
  const source = path.join(dir, 'article.md')
  await copyFile(path.resolve(options.cwd, options.source), source)

  let server: DevServer | undefined
  let browser: Browser | undefined
  try {
    server = await startDevServer({ cwd: options.cwd, source, deck })
    browser = await chromium.launch({ executablePath: options.browserPath, headless: true, args: CHROMIUM_ARGS })
    const page = await browser.newPage()
    await page.goto(`${server.url}/${edit.slide}`, { waitUntil: 'networkidle', timeout: 120_000 })
    await page.locator(`[data-slidev-no="${edit.slide}"]`).waitFor({ timeout: 60_000 })

    const runs: number[] = []
    const rebuilds: number[] = []
    const decksWritten: number[] = []
    let loads = 0
    page.on('load', () => (loads += 1))
    let reloads = 0
    for (let n = 0; n < warmUp + times; n += 1) {
      const marker = markerFor(n)
      const started = performance.now()
      await writeFile(source, edit.apply(marker))
      await page
        .waitForFunction(
          ({ slide, marker }) => document.querySelector(`[data-slidev-no="${slide}"]`)?.textContent?.includes(marker) ?? false,
          { slide: edit.slide, marker },
          { polling: options.pollMs ?? 5, timeout: 30_000 },
        )
        .catch((error: unknown) => {
          throw new Error(`the edit "${marker}" did not show on slide ${edit.slide} within 30 s (${error instanceof Error ? error.message.split('\n')[0] : String(error)})\n${server?.tail() ?? ''}`)
        })
      const elapsed = performance.now() - started
      // Let the watcher and Vite settle before the next save, so edits do not overlap.
      await delay(500)
      if (n < warmUp) {
        loads = 0
        continue
      }
      runs.push(elapsed)
      const logged = server.rebuilds.filter((entry) => entry.at >= started).at(0)
      if (logged) {
        rebuilds.push(logged.ms)
        decksWritten.push(logged.at - started)
      }
      reloads = loads
    }
    return {
      editToScreen: summarise(runs),
      rebuild: rebuilds.length > 0 ? summarise(rebuilds) : null,
      saveToDeck: decksWritten.length > 0 ? summarise(decksWritten) : null,
      reloads,
      slide: edit.slide,
      word: edit.word,
    }
  } finally {
    await browser?.close().catch(() => undefined)
    await server?.stop()
    await rm(dir, { recursive: true, force: true })
    removeFiles()
  }
}
