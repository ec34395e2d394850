/**
 * buildDeck on one source, over and over: the workload the generate step is
 * profiled on. Run under the profiler, e.g.
 *
 *     node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx scripts/bench/generate-loop.ts source/article.md 50
 *
 * and read the profile with `npm run bench -- --only profile` (which runs this itself).
 */
import { readFileSync } from 'node:fs'
import { buildDeck } from './compiled-build.ts'

const [source = 'source/article.md', runsArg = '50'] = process.argv.slice(2)
const runs = Number(runsArg)
if (!Number.isInteger(runs) || runs < 1) {
  process.stderr.write(`generate-loop: runs must be a whole number above 0, not "${runsArg}"\n`)
  process.exit(1)
}
const markdown = readFileSync(source, 'utf8')
let slides = 0
const started = performance.now()
for (let n = 0; n < runs; n += 1) slides += buildDeck(markdown, source).briefing.slides.length
process.stdout.write(`${runs} builds of ${source} (${slides / runs} slides each) in ${Math.round(performance.now() - started)} ms\n`)
