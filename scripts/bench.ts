/**
 * `npm run bench`: how fast briefdeck is, measured and printed beside the
 * project's targets (issue 6). It measures; it does not pass or fail — a
 * figure that misses its target is marked MISSES and the exit code stays 0.
 *
 *     npm run bench                                  # every part: generate, scale, cli, live, export
 *     npm run bench -- --only generate,scale,cli     # a subset (live and export drive Chromium and take minutes)
 *     npm run bench -- --only profile                # the generate step under the CPU profiler
 *     npm run bench -- --export-runs 3               # more than one export of each kind
 *
 * Exit codes: 0 measured, 1 usage error, 2 a part could not be measured (its error is in the table).
 */
import os from 'node:os'
import { describeMachine } from './bench/machine.ts'
import { formatProfile, profileGenerate } from './bench/profile.ts'
import { cliSection, describeError, exportSection, generateSection, liveSection, scaleSection, type BenchContext } from './bench/sections.ts'
import type { GenerateTimings } from './bench/generate.ts'
import { formatTable, type Section } from './bench/table.ts'
import { locateBrowser } from './browser.ts'

const PARTS = ['generate', 'scale', 'cli', 'live', 'export', 'profile'] as const
type Part = (typeof PARTS)[number]
/** What runs without --only: every measurement; the profile is asked for by name. */
const DEFAULT_PARTS: readonly Part[] = ['generate', 'scale', 'cli', 'live', 'export']

const USAGE = `usage: npm run bench -- [--only ${PARTS.join(',')}] [--export-runs N] [--browser PATH]`

interface BenchArgs {
  parts: Part[]
  exportRuns: number
  browser?: string
}

function parseArgs(argv: string[]): BenchArgs {
  const args: BenchArgs = { parts: [...DEFAULT_PARTS], exportRuns: 1 }
  for (let i = 0; i < argv.length; i += 1) {
    const [flag, inline] = (argv[i] as string).split(/=(.*)/s, 2) as [string, string | undefined]
    const value = () => {
      const given = inline ?? argv[++i]
      if (given === undefined) throw new UsageError(`${flag} needs a value.`)
      return given
    }
    if (flag === '--only') {
      const names = value()
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean)
      const unknown = names.filter((name) => !(PARTS as readonly string[]).includes(name))
      if (unknown.length > 0 || names.length === 0) throw new UsageError(`--only takes a comma-separated list of ${PARTS.join(', ')}; "${unknown.join(', ') || '(nothing)'}" is not one.`)
      args.parts = PARTS.filter((part) => names.includes(part))
    } else if (flag === '--export-runs') {
      const runs = Number(value())
      if (!Number.isInteger(runs) || runs < 1) throw new UsageError('--export-runs takes a whole number of 1 or more.')
      args.exportRuns = runs
    } else if (flag === '--browser') {
      args.browser = value()
    } else if (flag === '--help' || flag === '-h') {
      process.stdout.write(`${USAGE}\n`)
      process.exit(0)
    } else {
      throw new UsageError(`unknown argument "${argv[i]}".`)
    }
  }
  return args
}

class UsageError extends Error {}

function loadAverage(): string {
  return os
    .loadavg()
    .map((load) => load.toFixed(2))
    .join(' / ')
}

async function main(argv: string[]): Promise<number> {
  let args: BenchArgs
  try {
    args = parseArgs(argv)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    process.stderr.write(`bench: ${error.message}\n${USAGE}\n`)
    return 1
  }
  const cwd = process.cwd()
  const needsBrowser = args.parts.includes('live') || args.parts.includes('export')
  let browserPath = args.browser ?? ''
  if (needsBrowser) {
    try {
      browserPath = locateBrowser(args.browser, process.env)
    } catch (error) {
      process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\nOr leave out the browser parts: --only generate,scale,cli\n`)
      return 1
    }
  }
  const context: BenchContext = {
    cwd,
    source: 'source/article.md',
    browserPath,
    exportRuns: args.exportRuns,
    progress: (line) => process.stderr.write(`${line}\n`),
  }

  const machine = describeMachine(cwd)
  const header = [
    `briefdeck bench — ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')} — parts: ${args.parts.join(', ')}`,
    `machine: ${machine.cpus} CPUs (nproc), ${machine.cpuModel}, ${machine.memoryGiB.toFixed(1)} GiB RAM, Node ${machine.node}${needsBrowser ? `, browser ${context.browserPath}` : ''}`,
    `code:    ${machine.code}`,
    `load average at start (1 / 5 / 15 min): ${loadAverage()}${os.loadavg()[0]! > machine.cpus * 0.5 ? '  — the machine is busy; expect noisy figures' : ''}`,
  ]
  process.stdout.write(`${header.join('\n')}\n\n`)

  const sections: Section[] = []
  let failed = false
  let reference: GenerateTimings | undefined
  const run = async (part: Part, measure: () => Promise<Section>) => {
    if (!args.parts.includes(part)) return
    context.progress(`bench: measuring ${part}…`)
    try {
      sections.push(await measure())
    } catch (error) {
      failed = true
      sections.push({ name: part, rows: [{ measure: `${part} could not be measured`, figure: describeError(error, cwd).split('\n')[0] as string, target: '', verdict: 'MISSES' }], notes: [] })
      if (error instanceof Error && error.stack) context.progress(error.stack)
    }
  }
  await run('generate', async () => {
    const result = await generateSection(context)
    reference = result.timings
    return result.section
  })
  await run('scale', () => scaleSection(context, reference))
  await run('cli', () => cliSection(context))
  await run('live', () => liveSection(context))
  await run('export', () => exportSection(context))
  if (sections.length > 0) process.stdout.write(`${formatTable(sections)}\n`)

  if (args.parts.includes('profile')) {
    context.progress('bench: profiling generate…')
    try {
      const profile = await profileGenerate({ cwd, source: context.source, runs: 50 })
      process.stdout.write(`${sections.length > 0 ? '\n' : ''}${formatProfile(profile)}\n`)
    } catch (error) {
      failed = true
      process.stdout.write(`profile could not be taken: ${describeError(error, cwd)}\n`)
    }
  }
  process.stdout.write(`\nload average at end: ${loadAverage()}\n`)
  return failed ? 2 : 0
}

process.exitCode = await main(process.argv.slice(2))
