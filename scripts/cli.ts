import { Command, CommanderError, Option } from 'commander'
import { buildDeckFile } from './build.ts'
import { InputError } from './errors.ts'

const DEFAULT_SOURCE = 'source/article.md'
const DEFAULT_DECK = 'slides/slides.md'

/** Where the CLI writes; tests pass their own to capture output. */
export interface Console {
  out: (line: string) => void
  err: (line: string) => void
}

const processConsole: Console = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
}

/**
 * Run the briefdeck command line and return its exit code: 0 ok, 1 a problem
 * with the input or the usage (the message says what and where), 2 a bug.
 */
export async function main(argv: string[], io: Console = processConsole): Promise<number> {
  const debug = argv.includes('--debug')
  const program = new Command('briefdeck')
    .description('Turn a news article about talks or a standoff into a Slidev briefing with speaker notes.')
    .option('--debug', 'print stack traces for errors')
    .exitOverride()
    .configureOutput({ writeOut: (text) => io.out(text.trimEnd()), writeErr: (text) => io.err(text.trimEnd()) })

  program
    .command('build')
    .description('generate the deck from the article')
    .argument('[source]', 'the article markdown', DEFAULT_SOURCE)
    .option('-o, --out <file>', 'where to write the deck', DEFAULT_DECK)
    .option('-f, --force', 'overwrite a deck edited by hand (a backup copy is kept)')
    .action(async (source: string, options: { out: string; force?: boolean }) => {
      const started = performance.now()
      const result = await buildDeckFile(source, options.out, { force: options.force === true })
      const slides = result.build.briefing.slides.length
      if (result.backup) io.out(`kept the hand-edited deck as ${result.backup}`)
      io.out(`${result.written ? 'wrote' : 'unchanged'} ${options.out} (${slides} slides from ${source}) in ${Math.round(performance.now() - started)} ms`)
    })

  program
    .command('analyse')
    .alias('analyze')
    .description('print what the analysis read from the article')
    .argument('[source]', 'the article markdown', DEFAULT_SOURCE)
    .option('--json', 'print JSON (the format is in the README)')
    .action(async (source: string, options: { json?: boolean }) => {
      const { analysisReport, analysisText } = await import('./report.ts')
      const { buildDeck, readSource } = await import('./build.ts')
      const { analysis } = buildDeck(await readSource(source), source)
      io.out(options.json ? JSON.stringify(analysisReport(analysis), null, 2) : analysisText(analysis))
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
    return 0
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
