/**
 * In-process cost of generating a deck: buildDeck (read → analyse → compose →
 * render) beside its floor, remark-parse alone on the same text — the least
 * any markdown-reading pipeline has to spend.
 */
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { buildDeck } from './compiled-build.ts'
import { summarise, timeSync, type Timings } from './stats.ts'

export interface GenerateTimings {
  build: Timings
  parse: Timings
  /** Slides in the deck built, so a reader sees the build did its work. */
  slides: number
  /** True when builds were so slow that fewer than `times` fitted in the budget. */
  cut: boolean
}

export interface GenerateOptions {
  /** Timed runs of each (default 20). */
  times?: number
  /** Untimed runs first, so the JIT and lazy tables are warm (default 5). */
  warmUp?: number
  /**
   * A build slower than this (default 1 s) is timed from its first run, with
   * no warm-up (the JIT is no longer what matters), and only as many runs as
   * fit in `budgetMs` (default 60 s; at least one).
   */
  slowMs?: number
  budgetMs?: number
}

const parser = unified().use(remarkParse)

/** Median build and parse times of `markdown`. Throws what buildDeck throws. */
export function measureGenerate(markdown: string, file: string, options: GenerateOptions = {}): GenerateTimings {
  const times = options.times ?? 20
  const warmUp = options.warmUp ?? 5
  let slides = 0
  const build = () => {
    const started = performance.now()
    slides = buildDeck(markdown, file).briefing.slides.length
    return performance.now() - started
  }
  let nodes = 0
  const parseOnce = () => {
    const started = performance.now()
    nodes += parser.parse(markdown).children.length
    return performance.now() - started
  }
  const probe = build()
  let builds: Timings
  let parse: Timings
  let cut = false
  if (probe > (options.slowMs ?? 1000)) {
    const runs = [probe]
    const budget = options.budgetMs ?? 60_000
    while (runs.length < times && runs.reduce((sum, ms) => sum + ms, 0) + probe <= budget) runs.push(build())
    cut = runs.length < times
    builds = summarise(runs)
    parse = timeSync(parseOnce, { times, warmUp: warmUp * 4 })
  } else {
    // The probe was the first warm-up run. Parsing is cheap: extra warm-up lets the JIT settle so the floor is not overstated.
    for (let n = 1; n < warmUp; n += 1) build()
    for (let n = 0; n < warmUp * 4; n += 1) parseOnce()
    // A build and a parse in turn: on a shared machine the load comes and goes, and the ratio of the two
    // medians is only fair when both were timed under the same load.
    const buildRuns: number[] = []
    const parseRuns: number[] = []
    for (let n = 0; n < times; n += 1) {
      buildRuns.push(build())
      parseRuns.push(parseOnce())
    }
    builds = summarise(buildRuns)
    parse = summarise(parseRuns)
  }
  if (nodes === 0) throw new Error(`measureGenerate: remark-parse found no blocks in ${file}`)
  return { build: builds, parse, slides, cut }
}

/** The first buildDeck in this process: lazy tables loaded, nothing compiled by the JIT yet. */
export function timeFirstBuild(markdown: string, file: string): number {
  const started = performance.now()
  buildDeck(markdown, file)
  return performance.now() - started
}
