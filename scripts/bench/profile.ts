/**
 * The generate step under the CPU profiler: generate-loop.ts runs buildDeck
 * on the source in a fresh `node --cpu-prof` process, and the profile is
 * summarised for the samples taken inside buildDeck.
 */
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { summariseProfile, type CpuProfile, type ProfileSummary } from './cpu-profile.ts'
import { timeSuccessfulProcess } from './process-time.ts'
import { formatMs } from './stats.ts'

/** The pipeline's stages, by the function each is, for the inclusive breakdown. */
export const STAGE_FUNCTIONS = [
  'readArticle',
  'analyseArticle',
  'sentencesOf',
  'findPartyCandidates',
  'findPeople',
  'attributeSentences',
  'chooseParties',
  'findEvents',
  'classifyParagraphs',
  'composeBriefing',
  'renderDeck',
]

/** Functions the known suspects run through, for their inclusive time. */
export const SUSPECT_FUNCTIONS = ['containsWords', 'countryFormsIn', 'countryIndex', 'wordPattern', 'escapeRegExp']

export interface ProfileRun {
  summary: ProfileSummary
  runs: number
  /** What generate-loop.ts printed (its own wall-clock time for the runs). */
  output: string
}

/** Profiles `runs` builds of `source`; the profile is read and then deleted. */
export async function profileGenerate(options: { cwd: string; source: string; runs?: number }): Promise<ProfileRun> {
  const runs = options.runs ?? 50
  const dir = await mkdtemp(path.join(os.tmpdir(), 'briefdeck-bench-prof-'))
  try {
    const run = await timeSuccessfulProcess(
      process.execPath,
      ['--cpu-prof', `--cpu-prof-dir=${dir}`, '--import', 'tsx', 'scripts/bench/generate-loop.ts', options.source, String(runs)],
      { cwd: options.cwd },
    )
    const file = (await readdir(dir)).find((name) => name.endsWith('.cpuprofile'))
    if (!file) throw new Error(`node --cpu-prof wrote no profile into ${dir}`)
    const profile = JSON.parse(await readFile(path.join(dir, file), 'utf8')) as CpuProfile
    const summary = summariseProfile(profile, { entry: 'buildDeck', root: options.cwd, inclusive: [...STAGE_FUNCTIONS, ...SUSPECT_FUNCTIONS] })
    return { summary, runs, output: run.output.trim() }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/** The profile as text: top self-time functions, files, and the stages' and suspects' inclusive time. */
export function formatProfile(run: ProfileRun, top = 10): string {
  const { summary } = run
  const perBuild = (ms: number) => `${(ms / run.runs).toFixed(2)} ms/build`
  const pct = (share: number) => `${(share * 100).toFixed(1)}%`.padStart(6)
  const lines = [
    `profile — ${run.output}`,
    `  ${formatMs(summary.totalMs)} sampled inside buildDeck (${perBuild(summary.totalMs)}); garbage collection, sampled outside any stack, ${formatMs(summary.garbageMs)} over the whole process`,
    `  top ${top} functions by self time, at their source line (mapped back from compiled/; "RegExp: …" is time inside that expression):`,
  ]
  for (const entry of summary.self.slice(0, top)) lines.push(`    ${formatMs(entry.ms).padStart(10)} ${pct(entry.share)}  ${entry.name}  ${entry.where}`)
  lines.push('  self time by file (dependencies summed per package):')
  for (const entry of summary.files.slice(0, top)) lines.push(`    ${formatMs(entry.ms).padStart(10)} ${pct(entry.share)}  ${entry.file}`)
  lines.push('  inclusive time of each stage and suspect (everything it calls; stages nest inside analyseArticle):')
  for (const [name, ms] of summary.inclusive) {
    if (ms > 0) lines.push(`    ${formatMs(ms).padStart(10)} ${pct(summary.totalMs > 0 ? ms / summary.totalMs : 0)}  ${name}`)
  }
  return lines.join('\n')
}
