/**
 * Each part of the benchmark, measured and set beside its target as rows of
 * the table. The targets are the project's (issue 6), in one place.
 */
import { copyFile, mkdir, mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { measureExport } from './export.ts'
import { measureGenerate, timeFirstBuild, type GenerateTimings } from './generate.ts'
import { measureLive } from './live.ts'
import { timeSuccessfulProcess } from './process-time.ts'
import { bodyWords, scaledArticle } from './scaled-article.ts'
import { formatMs, formatTimings, summarise, type Timings } from './stats.ts'
import { verdictOf, type Row, type Section } from './table.ts'

export const TARGETS = {
  /** Median in-process build of the reference article. */
  generateMs: 50,
  /** Build time over remark-parse's time on the same text. */
  generateOverParse: 5,
  /** Cost grows as words^k between 10× and 100×; k at most this counts as linear. */
  scaleExponent: 1.15,
  /** Linear scaling, point by point: ms per 1,000 words at most this many times the reference article's. */
  perKilowordGrowth: 1.5,
  /** `briefdeck --help` as a whole process, over `node -e ''` on the same machine in the same run. */
  helpOverNode: 2,
  /** `briefdeck build` of the reference article, whole process. */
  buildProcessMs: 300,
  /** `briefdeck import` of a saved page, whole process. */
  importProcessMs: 500,
  /** 40 articles built by one `briefdeck build --out-dir` process. */
  batchProcessMs: 2000,
  editToScreenMs: 1000,
  exportOverBare: 1.1,
}

export interface BenchContext {
  /** The project root. */
  cwd: string
  /** The reference article, relative to cwd. */
  source: string
  browserPath: string
  exportRuns: number
  /** Progress lines (to stderr, so the table on stdout stays clean). */
  progress: (line: string) => void
}

const SCALE_FACTORS = [10, 100]

/** buildDeck on the reference article against the remark-parse floor; the timings are reused as the 1× point of the scale section. */
export async function generateSection(context: BenchContext): Promise<{ section: Section; timings: GenerateTimings }> {
  const markdown = await readFile(path.resolve(context.cwd, context.source), 'utf8')
  const first = timeFirstBuild(markdown, context.source)
  const timings = measureGenerate(markdown, context.source, { times: 40, warmUp: 10 })
  const ratio = timings.build.median / timings.parse.median
  const section: Section = {
    name: `generate — ${context.source} (${bodyWords(markdown).toLocaleString('en-US')} words, ${timings.slides} slides), in-process`,
    rows: [
      { measure: 'buildDeck (read → analyse → compose → render)', figure: formatTimings(timings.build), target: `≤ ${TARGETS.generateMs} ms`, verdict: verdictOf(timings.build.median <= TARGETS.generateMs) },
      { measure: 'floor: unified().use(remarkParse).parse', figure: formatTimings(timings.parse), target: '', verdict: '' },
      { measure: 'buildDeck ÷ parse floor', figure: `${ratio.toFixed(1)}×`, target: `≤ ${TARGETS.generateOverParse}×`, verdict: verdictOf(ratio <= TARGETS.generateOverParse) },
      { measure: 'first buildDeck in the process (cold)', figure: formatMs(first), target: '', verdict: '' },
    ],
    notes: [
      'medians of 40 runs after 10 untimed ones, a build and a parse in turn so both see the same load; "cold" is the first call after import: lazy tables (the gazetteer) loaded and nothing JIT-compiled yet, as in every `briefdeck build`.',
    ],
  }
  return { section, timings }
}

/** Cost per 1,000 words at 1×, 10× and 100× the reference article, and how it grows. */
export async function scaleSection(context: BenchContext, reference?: GenerateTimings): Promise<Section> {
  const markdown = await readFile(path.resolve(context.cwd, context.source), 'utf8')
  const fixtureDir = path.resolve(context.cwd, 'test/fixtures')
  const fixtureNames = (await readdir(fixtureDir)).filter((name) => name.endsWith('.md') && name !== 'README.md').sort()
  const fixtures = await Promise.all(fixtureNames.map((name) => readFile(path.join(fixtureDir, name), 'utf8')))
  const one = reference ?? measureGenerate(markdown, context.source, { times: 40, warmUp: 10 })
  const rows: Row[] = []
  const notes: string[] = [
    `articles: the reference frontmatter over the bodies of ${context.source} and the ${fixtureNames.length} test/fixtures/*.md joined in turn, cut at a paragraph once long enough. Medians of 20 runs after 2 untimed ones (1× is the generate measurement); a build slower than 1 s is timed from its first run, as many runs as fit in 60 s.`,
  ]

  const joined = measureScale(markdown, fixtures, 'joined', context, one)
  rows.push(...scaleRows(joined, true))
  let series = joined
  if (joined.stopped) {
    notes.push(`the joined articles could not be measured to 100× (${joined.stopped.reason}); that is the pipeline's doing, not the benchmark's. To still see how cost grows on ordinary text, the "repeated" rows time the reference body repeated to the same lengths.`)
    series = measureScale(markdown, [], 'repeated', context, one)
    rows.push(...scaleRows(series, false))
  }
  const [single, ten, hundred] = [1, 10, 100].map((factor) => series.points.find((point) => point.factor === factor))
  const [from, to] = hundred && ten ? [ten, hundred] : ten && single ? [single, ten] : [undefined, undefined]
  if (from && to) {
    const exponent = Math.log(to.build.median / from.build.median) / Math.log(to.words / from.words)
    const parseExponent = Math.log(to.parse.median / from.parse.median) / Math.log(to.words / from.words)
    rows.push({
      measure: `growth exponent k, ${from.factor}×→${to.factor}× ${series.label} (time ∝ words^k)`,
      figure: `buildDeck ${exponent.toFixed(2)}, parse floor ${parseExponent.toFixed(2)}`,
      target: `linear: k ≤ ${TARGETS.scaleExponent}`,
      verdict: verdictOf(exponent <= TARGETS.scaleExponent),
    })
    rows.push({ measure: `buildDeck ÷ parse floor at ${to.factor}× ${series.label}`, figure: `${(to.build.median / to.parse.median).toFixed(1)}×`, target: '', verdict: '' })
  }
  return { name: 'scale — ms per 1,000 words as the article grows, in-process', rows, notes }
}

interface ScalePoint {
  factor: number
  words: number
  slides: number
  build: Timings
  parse: Timings
  cut: boolean
}

interface ScaleSeries {
  label: string
  points: ScalePoint[]
  /** Why the series ends before 100×: a build that threw, or one so slow the next size would take too long. */
  stopped: { factor: number; words: number; reason: string; threw: boolean } | null
}

/** A size is skipped when, growing only linearly from the last, one build of it would take longer than this. */
const SKIP_ABOVE_MS = 5 * 60_000

function measureScale(markdown: string, others: string[], label: string, context: BenchContext, one: GenerateTimings): ScaleSeries {
  const points: ScalePoint[] = [{ factor: 1, words: bodyWords(markdown), slides: one.slides, build: one.build, parse: one.parse, cut: false }]
  for (const factor of SCALE_FACTORS) {
    const article = scaledArticle(markdown, others, factor)
    const words = bodyWords(article)
    const last = points[points.length - 1] as ScalePoint
    const predicted = last.build.median * (words / last.words)
    if (predicted > SKIP_ABOVE_MS) {
      const reason = `at ${last.factor}× one build took ${formatMs(last.build.median)}, so at ${factor}× one would take at least ${formatMs(predicted)} (more if growth is worse than linear); skipped`
      return { label, points, stopped: { factor, words, reason, threw: false } }
    }
    context.progress(`  scale: ${label} ${factor}× (${words.toLocaleString('en-US')} words)`)
    try {
      const timings = measureGenerate(article, `${label}-${factor}x.md`, { times: 20, warmUp: 2 })
      points.push({ factor, words, ...timings })
    } catch (error) {
      return { label, points, stopped: { factor, words, reason: `buildDeck threw ${describeError(error, context.cwd)}`, threw: true } }
    }
  }
  return { label, points, stopped: null }
}

function scaleRows(series: ScaleSeries, withReference: boolean): Row[] {
  const reference = series.points.find((point) => point.factor === 1)
  const rows: Row[] = series.points
    .filter((point) => withReference || point.factor !== 1)
    .map((point) => {
      const growth = reference && point !== reference ? perKiloword(point) / perKiloword(reference) : null
      return {
        measure: `${point.factor}× ${point.factor === 1 ? 'reference' : series.label} (${point.words.toLocaleString('en-US')} words, ${point.slides} slides)`,
        figure: `buildDeck ${perKiloword(point).toFixed(2)} ms/1k words (median ${formatMs(point.build.median)}, n=${point.build.runs.length}${point.cut ? ', cut by the time budget' : ''}); parse ${((point.parse.median / point.words) * 1000).toFixed(2)} ms/1k words`,
        target: growth === null ? '' : `≤ ${TARGETS.perKilowordGrowth}× the 1× ms/1k words (it is ${growth.toFixed(2)}×)`,
        verdict: verdictOf(growth === null ? null : growth <= TARGETS.perKilowordGrowth),
      }
    })
  const stopped = series.stopped
  if (stopped) {
    rows.push({
      measure: `${stopped.factor}× ${series.label} (${stopped.words.toLocaleString('en-US')} words)`,
      figure: stopped.threw ? `buildDeck FAILED: ${stopped.reason.replace(/^buildDeck threw /, '')}` : 'not measured (see the note)',
      target: 'measurable',
      verdict: 'MISSES',
    })
  }
  return rows
}

function perKiloword(point: { build: { median: number }; words: number }): number {
  return (point.build.median / point.words) * 1000
}

/** The saved page `import` is timed on: the largest of the import fixtures. */
const SAVED_PAGE = 'test/fixtures/import/blog-post.html'
const BATCH_SIZE = 40

/**
 * The commands as a user runs them, whole processes with start-up included,
 * beside the floor: `node -e ''`, a Node process that does nothing. Runs
 * are interleaved (floor, help, build, import; then the batch), so a busy
 * spell of the machine slows all of them alike.
 */
export async function cliSection(context: BenchContext): Promise<Section> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'briefdeck-bench-cli-'))
  try {
    const cli = (args: string[]) => timeSuccessfulProcess(process.execPath, ['scripts/briefdeck.mjs', ...args], { cwd: context.cwd })
    const version = await cli(['--version'])
    // The launcher falls back to tsx, and says so on stderr, when compiled/ is stale: that is not what users run.
    if (version.output.trim().split('\n').length !== 1) throw new Error(`the CLI did not run compiled: ${version.output.trim()} (npm run compile)`)
    const articles = await batchArticles(context, path.join(dir, 'articles'))
    const floor: number[] = []
    const help: number[] = []
    const build: number[] = []
    const buildInProcess: number[] = []
    const imported: number[] = []
    const batch: number[] = []
    const rounds = 10
    for (let n = 0; n <= rounds; n += 1) {
      // Round 0 warms the file cache and is not counted; every build and import writes a new file, as a first run does.
      const runs = [
        await timeSuccessfulProcess(process.execPath, ['-e', ''], { cwd: context.cwd }),
        await cli(['--help']),
        await cli(['build', context.source, '--out', path.join(dir, `slides-${n}.md`)]),
        await cli(['import', SAVED_PAGE, '--out', path.join(dir, `imported-${n}.md`)]),
      ]
      if (n === 0) continue
      runs.forEach((run, index) => [floor, help, build, imported][index]?.push(run.ms))
      const logged = / in (\d+) ms/.exec(runs[2]?.output ?? '')
      if (logged) buildInProcess.push(Number(logged[1]))
    }
    for (let n = 0; n <= 3; n += 1) {
      const run = await cli(['build', articles, '--out-dir', path.join(dir, `decks-${n}`)])
      if (n > 0) batch.push(run.ms)
    }
    const [floorT, helpT, buildT, importT, batchT] = [floor, help, build, imported, batch].map(summarise) as [Timings, Timings, Timings, Timings, Timings]
    const helpRatio = helpT.median / floorT.median
    const rows: Row[] = [
      { measure: "floor: node -e ''", figure: formatTimings(floorT), target: '', verdict: '' },
      { measure: 'briefdeck --help', figure: `${formatTimings(helpT)} = ${helpRatio.toFixed(2)}× the floor`, target: `≤ ${TARGETS.helpOverNode}× the floor`, verdict: verdictOf(helpRatio <= TARGETS.helpOverNode) },
      { measure: `briefdeck build ${context.source} --out <tmp>`, figure: formatTimings(buildT), target: `≤ ${formatMs(TARGETS.buildProcessMs)}`, verdict: verdictOf(buildT.median <= TARGETS.buildProcessMs) },
    ]
    if (buildInProcess.length > 0) {
      const inProcess = summarise(buildInProcess)
      rows.push({ measure: '  of which the build command itself (its "in N ms")', figure: formatTimings(inProcess), target: '', verdict: '' })
      rows.push({ measure: '  so start-up (Node, loading the code) is about', figure: formatMs(buildT.median - inProcess.median), target: '', verdict: '' })
    }
    rows.push({ measure: `briefdeck import ${SAVED_PAGE} --out <tmp>`, figure: formatTimings(importT), target: `≤ ${formatMs(TARGETS.importProcessMs)}`, verdict: verdictOf(importT.median <= TARGETS.importProcessMs) })
    rows.push({ measure: `briefdeck build <${BATCH_SIZE} articles> --out-dir <tmp>`, figure: `${formatTimings(batchT)} = ${formatMs(batchT.median / BATCH_SIZE)} an article`, target: `≤ ${formatMs(TARGETS.batchProcessMs)}`, verdict: verdictOf(batchT.median <= TARGETS.batchProcessMs) })
    return {
      name: 'cli — whole processes, start-up included (node scripts/briefdeck.mjs, running compiled/)',
      rows,
      notes: [
        `medians of ${rounds} interleaved rounds after 1 untimed one (the batch: 3 after 1); the in-process figure is a cold first build, so it is well above the generate median.`,
        `the ${BATCH_SIZE} articles are ${context.source} and test/fixtures/*.md copied in turn under new names.`,
      ],
    }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/** A folder of BATCH_SIZE articles: the reference and the fixtures, repeated under numbered names. */
async function batchArticles(context: BenchContext, folder: string): Promise<string> {
  const fixtureDir = path.resolve(context.cwd, 'test/fixtures')
  const fixtures = (await readdir(fixtureDir)).filter((name) => name.endsWith('.md') && name !== 'README.md').sort().map((name) => path.join(fixtureDir, name))
  const sources = [path.resolve(context.cwd, context.source), ...fixtures]
  await mkdir(folder, { recursive: true })
  for (let n = 0; n < BATCH_SIZE; n += 1) {
    const source = sources[n % sources.length] as string
    await copyFile(source, path.join(folder, `${String(n + 1).padStart(2, '0')}-${path.basename(source)}`))
  }
  return folder
}

/** Save-to-screen time of `briefdeck dev`. */
export async function liveSection(context: BenchContext): Promise<Section> {
  const deck = 'slides/.bench-slides.md'
  const live = await measureLive({ cwd: context.cwd, source: context.source, deck, browserPath: context.browserPath, times: 5, warmUp: 2, pollMs: 5 })
  const rows: Row[] = [
    { measure: `edit saved → marker on slide ${live.slide} in Chromium`, figure: formatTimings(live.editToScreen), target: `≤ ${formatMs(TARGETS.editToScreenMs)}`, verdict: verdictOf(live.editToScreen.median <= TARGETS.editToScreenMs) },
  ]
  if (live.saveToDeck) rows.push({ measure: '  save → briefdeck logs "rebuilt" (watcher + build + write)', figure: formatTimings(live.saveToDeck), target: '', verdict: '' })
  if (live.rebuild) rows.push({ measure: '  of which the rebuild itself (its "in N ms")', figure: formatTimings(live.rebuild), target: '', verdict: '' })
  if (live.saveToDeck) rows.push({ measure: '  deck written → on screen (Slidev, Vite HMR, browser)', figure: `about ${formatMs(live.editToScreen.median - live.saveToDeck.median)}`, target: '', verdict: '' })
  return {
    name: `live — briefdeck dev <tmp copy of ${context.source}> --out ${deck}`,
    rows,
    notes: [
      `each edit replaces "${live.word}" with a new marker (zqbench…); median of 5 after 2 untimed edits; the page is polled every 5 ms (page.waitForFunction); 0.5 s pause between edits. The page ${live.reloads === 0 ? 'never reloaded: every edit arrived by hot update' : `reloaded in full ${live.reloads} time(s) during the 5 edits`}.`,
    ],
  }
}

/** briefing.pdf through runExport beside a bare `slidev export` of the same deck. */
export async function exportSection(context: BenchContext): Promise<Section> {
  const deck = 'slides/.bench-export-slides.md'
  const result = await measureExport({ cwd: context.cwd, source: context.source, deck, browserPath: context.browserPath, times: context.exportRuns })
  const ratio = result.briefdeck.median / result.bare.median
  const steps = Object.entries(result.steps)
    .map(([step, ms]) => `${step} ${formatMs(ms)}`)
    .join(', ')
  const runs = context.exportRuns === 1 ? 'one run each (each takes 10–30 s; --export-runs N for more)' : `median of ${context.exportRuns} runs each`
  return {
    name: `export — briefing.pdf of ${deck}`,
    rows: [
      { measure: "runExport({ formats: ['pdf'] })", figure: formatTimings(result.briefdeck), target: '', verdict: '' },
      { measure: '  its steps (last run)', figure: steps, target: '', verdict: '' },
      { measure: `bare slidev export --executable-path ${context.browserPath}`, figure: formatTimings(result.bare), target: '', verdict: '' },
      { measure: 'runExport ÷ bare Slidev', figure: `${ratio.toFixed(2)}×`, target: `≤ ${TARGETS.exportOverBare}×`, verdict: verdictOf(ratio <= TARGETS.exportOverBare) },
    ],
    notes: [
      `${runs}, alternating, bare Slidev first. runExport runs inside the bench process; the bare export is a whole \`slidev export\` process (Node start-up included, a few hundred ms).`,
      'Slidev loads Chromium through the playwright-chromium package, which briefdeck does not install; the bare run gets a stand-in that re-exports the project\'s playwright-core from a throwaway npm prefix, so both drive the same system Chromium.',
    ],
  }
}

/** An error as one line, with the function, file and line in the project it was thrown from when the stack says. */
export function describeError(error: unknown, cwd: string): string {
  if (!(error instanceof Error)) return String(error)
  const frame = error.stack
    ?.split('\n')
    .slice(1)
    .map((line) => line.trim())
    .find((line) => line.includes(cwd) && !line.includes('/node_modules/') && !line.includes('/scripts/bench/'))
  const match = frame ? /^at (?:(\S+) \()?(?:file:\/\/)?(.+?):(\d+):\d+\)?$/.exec(frame) : null
  if (!match) return `${error.name}: ${error.message}`
  const [, fn, file, line] = match
  return `${error.name}: ${error.message} (${fn ? `in ${fn}, ` : ''}${path.relative(cwd, file as string)}:${line})`
}
