/**
 * Progress lines for long jobs: which step of how many is running, details as
 * they come, and a "still …" line whenever a step has been quiet for a while,
 * so an export never sits silent.
 *
 *     [2/4] writing briefing.pdf
 *           slide 3 of 8
 *           still writing briefing.pdf (10 s)
 *           done in 12.1 s
 */

export interface ProgressOptions {
  /** Where lines go; one call per line, no trailing newline. */
  log: (line: string) => void
  /** How many steps the job has, for `[n/total]`. */
  total: number
  /** Quiet time after which a "still …" line is written (default 5000 ms). */
  heartbeatMs?: number
  /** The clock (default `performance.now`). */
  now?: () => number
}

export interface ProgressStep {
  /** A detail line under the step, e.g. `slide 3 of 8`. */
  note(detail: string): void
  /** Ends the step with a `done in …` line; returns the step's duration in ms. */
  done(): number
  /** Ends the step with a `failed after …` line (the caller reports why); returns its duration. */
  fail(): number
}

export interface Progress {
  /** Starts the next step; `label` says what it does (`writing briefing.pdf`). */
  step(label: string): ProgressStep
}

const INDENT = '      '

/** A progress reporter for a job of `options.total` steps. */
export function createProgress(options: ProgressOptions): Progress {
  const heartbeatMs = options.heartbeatMs ?? 5000
  const now = options.now ?? (() => performance.now())
  let count = 0

  return {
    step(label) {
      count += 1
      const started = now()
      let timer: NodeJS.Timeout | undefined
      let finished = false

      const quiet = () => {
        if (finished) return
        options.log(`${INDENT}still ${label} (${Math.round((now() - started) / 1000)} s)`)
        arm()
      }
      const arm = () => {
        clearTimeout(timer)
        timer = setTimeout(quiet, heartbeatMs)
        timer.unref()
      }

      const finish = (verb: string) => {
        const elapsed = now() - started
        if (!finished) {
          finished = true
          clearTimeout(timer)
          options.log(`${INDENT}${verb} ${formatSeconds(elapsed)}`)
        }
        return elapsed
      }

      options.log(`[${count}/${options.total}] ${label}`)
      arm()
      return {
        note(detail) {
          if (finished) return
          options.log(`${INDENT}${detail}`)
          arm()
        },
        done: () => finish('done in'),
        fail: () => finish('failed after'),
      }
    },
  }
}

/** `1234` → `1.2 s`. */
export function formatSeconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`
}
