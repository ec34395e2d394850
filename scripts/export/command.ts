/**
 * `briefdeck export` and `briefdeck site`: bring the deck up to date with its
 * source, then write the exports or the static site. The CLI parses flags and
 * calls these; everything here reports through `log`.
 */
import path from 'node:path'
import { buildDeckFile } from '../build.ts'
import { locateBrowser } from '../browser.ts'
import { InputError } from '../errors.ts'
import { DEFAULT_FORMATS, EXPORT_FORMATS, exportDeck, failing, type ExportFormat, type ExportResult } from './export-deck.ts'
import { createProgress } from './progress.ts'
import { buildSite } from './site.ts'

export { DEFAULT_FORMATS, EXPORT_FORMATS, OUTPUT_NAMES, type ExportFormat } from './export-deck.ts'

export interface RunExportOptions {
  /** The article markdown the deck is generated from. */
  source: string
  /** The Slidev deck (`slides/slides.md`); regenerated when the source changed. */
  deck: string
  /** Output folder (the CLI's default: `exports/`). */
  outDir: string
  formats: ExportFormat[]
  /** `--browser PATH`, if given; else `$BRIEFDECK_BROWSER`, else the usual install paths. */
  browser?: string
  log: (line: string) => void
  /** Environment for the browser lookup (default `process.env`). */
  env?: NodeJS.ProcessEnv
}

/**
 * Rebuilds the deck if its source changed, then writes each requested format
 * into `outDir`. The browser is looked up first, so a machine without one
 * fails before anything is built or written.
 *
 * @throws {BrowserNotFoundError} (an {@link InputError}) when no browser is found.
 */
export async function runExport(options: RunExportOptions): Promise<ExportResult> {
  if (options.formats.length === 0) throw new InputError(`Nothing to export: give at least one of ${EXPORT_FORMATS.join(', ')}.`)
  const browserPath = locateBrowser(options.browser, options.env ?? process.env)
  const started = performance.now()
  await refreshDeck(options.source, options.deck, options.log)
  const build = performance.now() - started
  const result = await exportDeck({
    deck: options.deck,
    outDir: options.outDir,
    formats: options.formats,
    browserPath,
    log: options.log,
  })
  for (const file of result.files) options.log(`wrote ${path.relative(process.cwd(), file) || file}`)
  return { files: result.files, timings: { build, ...result.timings } }
}

export interface RunSiteOptions {
  source: string
  deck: string
  /** Where the site goes (the CLI's default: `dist/`); replaced as a whole. */
  outDir: string
  /** URL path the site will be served under (default `/`). */
  base?: string
  log: (line: string) => void
}

/**
 * Rebuilds the deck if its source changed, then builds the static site (with
 * presenter mode) into `outDir`.
 *
 * @throws {InputError} when `outDir` holds something other than a site built before.
 */
export async function runSite(options: RunSiteOptions): Promise<{ outDir: string }> {
  const outDir = path.resolve(options.outDir)
  await refreshDeck(options.source, options.deck, options.log)
  const progress = createProgress({ log: options.log, total: 1 })
  const step = progress.step(`building the static site into ${path.relative(process.cwd(), outDir) || outDir}`)
  await failing(step, () =>
    buildSite({
      deck: options.deck,
      outDir,
      ...(options.base === undefined ? {} : { base: options.base }),
      onOutput: (line) => {
        if (/modules transformed|built in/i.test(line)) step.note(line.trim())
      },
    }),
  )
  step.done()
  const shown = path.relative(process.cwd(), outDir) || outDir
  options.log(`site in ${shown}/: serve it from any static host (see the README), or here with \`npx vite preview --outDir ${shown}\``)
  return { outDir }
}

/**
 * Parses a `--format` value: comma-separated names from {@link EXPORT_FORMATS},
 * in any order, duplicates ignored.
 *
 * @throws {InputError} naming the unknown format and the known ones.
 */
export function parseFormats(value: string): ExportFormat[] {
  const names = value
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter((name) => name !== '')
  if (names.length === 0) return [...DEFAULT_FORMATS]
  const unknown = names.filter((name) => !(EXPORT_FORMATS as readonly string[]).includes(name))
  if (unknown.length > 0) {
    throw new InputError(`Unknown export format ${unknown.map((n) => `"${n}"`).join(', ')}. Choose from: ${EXPORT_FORMATS.join(', ')}.`)
  }
  return EXPORT_FORMATS.filter((format) => names.includes(format))
}

async function refreshDeck(source: string, deck: string, log: (line: string) => void): Promise<void> {
  const { written } = await buildDeckFile(source, deck)
  log(written ? `rebuilt ${deck} from ${source}` : `${deck} is up to date with ${source}`)
}
