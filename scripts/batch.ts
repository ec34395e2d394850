/**
 * `briefdeck build a.md b.md … --out-dir decks/`: many articles in one
 * process, each into decks/<name>/slides.md. The pipeline's modules and
 * tables load once for all of them; an article that fails is reported and
 * the rest still build.
 */
import { readdir, stat } from 'node:fs/promises'
import path from 'node:path'
import { buildDeckFile } from './build.ts'
import { InputError } from './errors.ts'

/** What the command line named: files, folders and glob patterns, as given. */
export interface ExpandedSources {
  files: string[]
  /** True when a folder or a pattern stood for its files, so the result may be any number of articles. */
  expanded: boolean
}

const GLOB_CHARACTERS = /[*?[\]{}]/
const MARKDOWN_FILE = /\.(md|markdown)$/i

/**
 * The article files `args` name, in order, each once: a file as it is
 * (a missing one too: its build reports it), a folder as the markdown files
 * directly in it, and a pattern (quoted, so the shell left it alone) as the
 * files it matches. A folder or pattern that yields nothing is an InputError.
 */
export async function expandSources(args: string[]): Promise<ExpandedSources> {
  const files: string[] = []
  let expanded = false
  for (const arg of args) {
    const info = await stat(arg).catch(() => null)
    if (info?.isDirectory()) {
      expanded = true
      const entries = await readdir(arg, { withFileTypes: true })
      const articles = entries.filter((entry) => entry.isFile() && MARKDOWN_FILE.test(entry.name)).map((entry) => path.join(arg, entry.name))
      if (articles.length === 0) throw new InputError(`${arg}: holds no .md files. Give a folder of article markdown, or the files themselves.`, { file: arg })
      files.push(...articles.sort())
    } else if (!info && GLOB_CHARACTERS.test(arg)) {
      expanded = true
      // Loaded only here: most runs name files, and the shell has expanded any unquoted pattern.
      const { glob } = await import('tinyglobby')
      const matches = await glob(arg, { onlyFiles: true, expandDirectories: false, absolute: path.isAbsolute(arg) })
      if (matches.length === 0) throw new InputError(`${arg}: matches no file. Check the pattern, or name the files.`, { file: arg })
      files.push(...matches.sort())
    } else {
      files.push(arg)
    }
  }
  const seen = new Set<string>()
  return { files: files.filter((file) => !seen.has(path.resolve(file)) && seen.add(path.resolve(file))), expanded }
}

export interface PlannedDeck {
  source: string
  /** outDir/<name>/slides.md, where name is the source's file name without .md. */
  deck: string
}

/** Where each article's deck goes; two articles of the same name would overwrite each other, so that is refused before anything is built. */
export function planDecks(sources: string[], outDir: string): PlannedDeck[] {
  const byDeck = new Map<string, string>()
  return sources.map((source) => {
    const name = path.basename(source).replace(MARKDOWN_FILE, '')
    const deck = path.join(outDir, name, 'slides.md')
    const other = byDeck.get(deck)
    if (other !== undefined) {
      throw new InputError(`${source}: has the same name as ${other}, so both would be built into ${deck}. Rename one, or build them into different --out-dir folders.`, { file: source })
    }
    byDeck.set(deck, source)
    return { source, deck }
  })
}

export interface BatchOptions {
  force: boolean
  /** Print stack traces of internal errors. */
  debug: boolean
  log: (line: string) => void
  warn: (line: string) => void
}

export interface BatchResult {
  built: PlannedDeck[]
  /** Articles refused for their input (exit 1). */
  refused: PlannedDeck[]
  /** Articles that hit a bug (exit 2). */
  crashed: PlannedDeck[]
  ms: number
}

/** Build every planned deck in turn, a progress line for each; failures are reported and counted, never thrown. */
export async function buildDecks(plan: PlannedDeck[], options: BatchOptions): Promise<BatchResult> {
  const started = performance.now()
  const result: BatchResult = { built: [], refused: [], crashed: [], ms: 0 }
  const width = String(plan.length).length
  for (const [index, planned] of plan.entries()) {
    const counter = `[${String(index + 1).padStart(width)}/${plan.length}]`
    const articleStarted = performance.now()
    try {
      const file = await buildDeckFile(planned.source, planned.deck, { force: options.force })
      const ms = Math.round(performance.now() - articleStarted)
      if (file.backup) options.log(`${counter} kept the hand-edited deck as ${file.backup}`)
      options.log(`${counter} ${file.written ? 'wrote' : 'unchanged'} ${planned.deck} (${file.build.briefing.slides.length} slides from ${planned.source}) in ${ms} ms`)
      result.built.push(planned)
    } catch (error) {
      if (error instanceof InputError) {
        options.warn(`${counter} briefdeck: ${error.message}`)
        result.refused.push(planned)
      } else {
        options.warn(`${counter} briefdeck: internal error building ${planned.source}: ${error instanceof Error ? error.message : String(error)}`)
        if (options.debug && error instanceof Error && error.stack) options.warn(error.stack)
        result.crashed.push(planned)
      }
    }
  }
  result.ms = performance.now() - started
  return result
}

/** The closing line: how many were built where, in how long, and which failed. */
export function batchSummary(result: BatchResult, outDir: string): string {
  const total = result.built.length + result.refused.length + result.crashed.length
  const failed = [...result.refused, ...result.crashed].map((planned) => planned.source)
  const time = result.ms < 1000 ? `${Math.round(result.ms)} ms` : `${(result.ms / 1000).toFixed(1)} s`
  const built = failed.length === 0 ? `built ${total} article${total === 1 ? '' : 's'}` : `built ${result.built.length} of ${total} articles`
  return `${built} into ${outDir} in ${time}${failed.length === 0 ? '' : `; ${failed.length} failed: ${failed.join(', ')}`}`
}
