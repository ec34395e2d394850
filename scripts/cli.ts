import { Command, CommanderError, Option } from 'commander'
import { InputError } from './errors.ts'
import { packageVersion } from './version.ts'

const DEFAULT_SOURCE = 'source/article.md'
const DEFAULT_DECK = 'slides/slides.md'

/** Where the CLI writes; tests pass their own to capture output. */
export interface Console {
  out: (line: string) => void
  err: (line: string) => void
  /** Width of the output in columns (default 100). */
  columns?: number
  /** Whether the output may be coloured (default no). */
  color?: boolean
}

const processConsole: Console = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  // A pipe has no width: $COLUMNS if the shell exports it, else a width that reads well in a pager.
  get columns() {
    return process.stdout.columns ?? (Number(process.env.COLUMNS) || undefined)
  },
  get color() {
    return process.stdout.isTTY === true && !process.env.NO_COLOR && process.env.TERM !== 'dumb'
  },
}

/**
 * Run the briefdeck command line and return its exit code: 0 ok, 1 a problem
 * with the input or the usage (the message says what and where), 2 a bug.
 */
export async function main(argv: string[], io: Console = processConsole): Promise<number> {
  const debug = argv.includes('--debug')
  const program = new Command('briefdeck')
    .description('Turn a news article about talks or a standoff into a Slidev briefing with speaker notes.')
    .version(packageVersion(), '-V, --version', 'print the version')
    .option('--debug', 'print stack traces for errors')
    .exitOverride()
    .configureOutput({ writeOut: (text) => io.out(text.trimEnd()), writeErr: (text) => io.err(text.trimEnd()) })

  /** Set by a command that finished its work but must still exit non-zero (a batch with failed articles). */
  let exitCode = 0

  program
    .command('build')
    .description('generate the deck from the article; with --out-dir, from many articles at once')
    .argument('[sources...]', 'the article markdown; with --out-dir, any number of files, folders of .md files or quoted glob patterns', [DEFAULT_SOURCE])
    .option('-o, --out <file>', 'where to write the deck', DEFAULT_DECK)
    .addOption(new Option('-d, --out-dir <dir>', 'build each article into <dir>/<name>/slides.md').conflicts('out'))
    .option('-f, --force', 'overwrite a deck edited by hand (a backup copy is kept)')
    .action(async (sources: string[], options: { out: string; outDir?: string; force?: boolean }) => {
      const started = performance.now()
      const force = options.force === true
      const { batchSummary, buildDecks, expandSources, planDecks } = await import('./batch.ts')
      const { files, expanded } = await expandSources(sources)
      if (options.outDir === undefined) {
        if (expanded || files.length !== 1) {
          throw new InputError(`${sources.join(' ')}: names several articles (more than one file, a folder or a pattern). Add --out-dir <dir>: each is then built into <dir>/<name>/slides.md.`)
        }
        const { buildDeckFile } = await import('./build.ts')
        const source = files[0] as string
        const result = await buildDeckFile(source, options.out, { force })
        const slides = result.build.briefing.slides.length
        if (result.backup) io.out(`kept the hand-edited deck as ${result.backup}`)
        io.out(`${result.written ? 'wrote' : 'unchanged'} ${options.out} (${slides} slides from ${source}) in ${Math.round(performance.now() - started)} ms`)
        return
      }
      const result = await buildDecks(planDecks(files, options.outDir), { force, debug, log: io.out, warn: io.err })
      io.out(batchSummary(result, options.outDir))
      exitCode = result.crashed.length > 0 ? 2 : result.refused.length > 0 ? 1 : 0
    })

  program
    .command('analyse')
    .alias('analyze')
    .description('print what the analysis read from the article')
    .argument('[source]', 'the article markdown', DEFAULT_SOURCE)
    .option('--json', 'print JSON (the format is in the README)')
    .action(async (source: string, options: { json?: boolean }) => {
      const { buildDeck, readSource } = await import('./build.ts')
      const { analysis, omitted } = buildDeck(await readSource(source), source)
      if (options.json) {
        const { analysisReport } = await import('./report.ts')
        io.out(JSON.stringify(analysisReport(analysis), null, 2))
        return
      }
      const { reviewTable } = await import('./review.ts')
      io.out(reviewTable(analysis, { width: io.columns ?? 100, color: io.color ?? false, omitted }))
    })

  program
    .command('dev')
    .description('build, then serve the deck with Slidev and rebuild on every save of the source')
    .argument('[source]', 'the article markdown', DEFAULT_SOURCE)
    .option('-o, --out <file>', 'where to write the deck', DEFAULT_DECK)
    .option('-p, --port <port>', 'port for the Slidev server', '3030')
    .option('-f, --force', 'overwrite a deck edited by hand (a backup copy is kept)')
    .action(async (source: string, options: { out: string; port: string; force?: boolean }) => {
      const { runDev } = await import('./dev.ts')
      await runDev({ source, deck: options.out, port: Number(options.port), force: options.force === true, log: io.out, warn: io.err })
    })

  program
    .command('import')
    .description('make source markdown from a raw web-page paste (.txt), a saved page (.html) or a page\'s address')
    .argument('<file>', 'the pasted text, saved HTML, or an http(s):// address')
    .option('-o, --out <file>', 'where to write the markdown', DEFAULT_SOURCE)
    .option('-f, --force', 'overwrite an existing file')
    .action(async (file: string, options: { out: string; force?: boolean }) => {
      const { readFile } = await import('node:fs/promises')
      const { decodeInput, importArticle } = await import('./import/index.ts')
      const { writeImported } = await import('./import/write.ts')
      const { readWebPage, isWebAddress } = await import('./import/read-web-page.ts')
      const text = isWebAddress(file)
        ? await readWebPage(file)
        : decodeInput(
            await readFile(file).catch(() => {
              throw new InputError(`${file}: no such file. Give the path of a pasted article (.txt) or a saved page (.html), or a page's http(s):// address.`, { file })
            }),
            file,
          )
      const markdown = importArticle({ text, fileName: file })
      writeImported(markdown, options.out, { force: options.force === true })
      io.out(`wrote ${options.out} from ${file}`)
    })

  program
    .command('export')
    .description('write the deck as PDF, a notes handout, PPTX and PNGs, with the system Chromium')
    .argument('[source]', 'the article markdown', DEFAULT_SOURCE)
    .option('-d, --out-dir <dir>', 'where to write the files', 'exports')
    .option('--deck <file>', 'the generated deck', DEFAULT_DECK)
    .addOption(new Option('--format <formats...>', 'which files to write').choices(['pdf', 'notes', 'pptx', 'png']).default(['pdf', 'notes', 'pptx']))
    .option('--png', 'also write a PNG of each slide')
    .option('--browser <path>', 'Chromium or Chrome to use (else $BRIEFDECK_BROWSER, then the usual install paths)')
    .action(async (source: string, options: { outDir: string; deck: string; format: Array<'pdf' | 'notes' | 'pptx' | 'png'>; png?: boolean; browser?: string }) => {
      const { runExport } = await import('./export/command.ts')
      const formats = options.png && !options.format.includes('png') ? [...options.format, 'png' as const] : options.format
      await runExport({ source, deck: options.deck, outDir: options.outDir, formats, ...(options.browser ? { browser: options.browser } : {}), log: io.out })
    })

  program
    .command('site')
    .description('build the deck as a static site with presenter mode')
    .argument('[source]', 'the article markdown', DEFAULT_SOURCE)
    .option('-d, --out-dir <dir>', 'where to write the site', 'dist')
    .option('--deck <file>', 'the generated deck', DEFAULT_DECK)
    .action(async (source: string, options: { outDir: string; deck: string }) => {
      const { runSite } = await import('./export/command.ts')
      await runSite({ source, deck: options.deck, outDir: options.outDir, log: io.out })
    })

  try {
    await program.parseAsync(argv, { from: 'user' })
    return exitCode
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 1
    // Every stage's user-fixable error (import's and export's included) is an InputError.
    if (error instanceof InputError) {
      io.err(`briefdeck: ${error.message}`)
      if (debug && error.stack) io.err(error.stack)
      return 1
    }
    io.err(`briefdeck: internal error: ${error instanceof Error ? error.message : String(error)}`)
    io.err(debug && error instanceof Error && error.stack ? error.stack : 'Run again with --debug for the stack trace, and report it with the input that caused it.')
    return 2
  }
}
