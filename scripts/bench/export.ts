/**
 * `briefing.pdf` through briefdeck's export (runExport, formats ['pdf'])
 * beside a bare `slidev export` of the same deck, so the cost briefdeck adds
 * on top of Slidev shows as a ratio.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { buildDeckFile } from '../build.ts'
import { onCleanup } from './cleanup.ts'
import { timeSuccessfulProcess } from './process-time.ts'
import { summarise, type Timings } from './stats.ts'

export interface ExportOptions {
  cwd: string
  source: string
  /** The deck both export; inside slides/ so its components resolve. Removed afterwards. */
  deck: string
  browserPath: string
  /** Runs of each, alternating, bare Slidev first (default 1). */
  times?: number
}

export interface ExportTimings {
  briefdeck: Timings
  /** runExport's own split of its time (start = Slidev and Chromium, pdf = printing), from its last run. */
  steps: Record<string, number>
  bare: Timings
}

/** Times both exports; the deck, the PDFs and the shim are removed however it ends. */
export async function measureExport(options: ExportOptions): Promise<ExportTimings> {
  const times = options.times ?? 1
  const dir = await mkdtemp(path.join(os.tmpdir(), 'briefdeck-bench-export-'))
  const deck = path.resolve(options.cwd, options.deck)
  const removeFiles = onCleanup(() => {
    rmSync(dir, { recursive: true, force: true })
    rmSync(deck, { force: true })
  })
  try {
    await buildDeckFile(path.resolve(options.cwd, options.source), deck)
    const prefix = await playwrightChromiumShim(dir)
    const slidevBin = path.join(path.dirname(createRequire(import.meta.url).resolve('@slidev/cli/package.json')), 'bin', 'slidev.mjs')
    const { runExport } = await import('../export/command.ts')

    const bare: number[] = []
    const ours: number[] = []
    let steps: Record<string, number> = {}
    for (let n = 0; n < times; n += 1) {
      const pdf = path.join(dir, `bare-${n}.pdf`)
      const run = await timeSuccessfulProcess(process.execPath, [slidevBin, 'export', deck, '--executable-path', options.browserPath, '--output', pdf], {
        cwd: options.cwd,
        env: { ...process.env, npm_config_prefix: prefix },
      })
      bare.push(run.ms)

      const started = performance.now()
      const result = await runExport({
        source: path.resolve(options.cwd, options.source),
        deck,
        outDir: path.join(dir, `briefdeck-${n}`),
        formats: ['pdf'],
        browser: options.browserPath,
        log: () => undefined,
      })
      ours.push(performance.now() - started)
      steps = result.timings
    }
    return { briefdeck: summarise(ours), steps, bare: summarise(bare) }
  } finally {
    await rm(dir, { recursive: true, force: true })
    removeFiles()
  }
}

/**
 * Slidev's exporter loads Chromium through the `playwright-chromium` package,
 * which briefdeck does not install (it downloads a browser of its own). A
 * package of that name that re-exports the project's playwright-core, in a
 * throwaway npm prefix Slidev finds as a global install, lets the bare
 * export drive the same system Chromium. Returns the prefix.
 */
async function playwrightChromiumShim(dir: string): Promise<string> {
  const prefix = path.join(dir, 'npm-prefix')
  const shim = path.join(prefix, 'lib', 'node_modules', 'playwright-chromium')
  await mkdir(shim, { recursive: true })
  const core = createRequire(import.meta.url).resolve('playwright-core')
  await writeFile(path.join(shim, 'package.json'), JSON.stringify({ name: 'playwright-chromium', version: '0.0.0-bench-shim', main: 'index.js' }))
  await writeFile(path.join(shim, 'index.js'), `module.exports = require(${JSON.stringify(core)})\n`)
  return prefix
}
