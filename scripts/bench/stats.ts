/** Summary statistics over repeated timings, in milliseconds. */

export interface Timings {
  /** Every run, in the order taken. */
  runs: number[]
  median: number
  min: number
  max: number
}

/** The median, min and max of `runs` (at least one). */
export function summarise(runs: number[]): Timings {
  if (runs.length === 0) throw new Error('summarise: no runs to summarise')
  const sorted = [...runs].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  const median = sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2
  return { runs, median, min: sorted[0] as number, max: sorted[sorted.length - 1] as number }
}

/** Time `run` `times` times after `warmUp` untimed calls; each run's result is handed to `keep` so it is not optimised away. */
export function timeSync<T>(run: () => T, options: { times: number; warmUp: number; keep?: (value: T) => void }): Timings {
  for (let i = 0; i < options.warmUp; i += 1) options.keep?.(run())
  const runs: number[] = []
  for (let i = 0; i < options.times; i += 1) {
    const started = performance.now()
    const value = run()
    runs.push(performance.now() - started)
    options.keep?.(value)
  }
  return summarise(runs)
}

/** `ms` as the table shows it: two decimals under 10 ms, one under 1 s, whole milliseconds under 10 s, then seconds. */
export function formatMs(ms: number): string {
  if (ms < 10) return `${ms.toFixed(2)} ms`
  if (ms < 1000) return `${ms.toFixed(1)} ms`
  if (ms < 10_000) return `${Math.round(ms).toLocaleString('en-US')} ms`
  return `${(ms / 1000).toFixed(1)} s`
}

/** A timing as `median (min–max, n=…)`. */
export function formatTimings(timings: Timings): string {
  return `${formatMs(timings.median)}  (min ${formatMs(timings.min)}, max ${formatMs(timings.max)}, n=${timings.runs.length})`
}
