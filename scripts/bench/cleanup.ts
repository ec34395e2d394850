/**
 * What the benchmark must undo however it ends: servers it started and files
 * it wrote. Each step is synchronous so it can also run from an exit or
 * signal handler, where nothing asynchronous finishes.
 */

const steps = new Set<() => void>()
let installed = false

/** Registers `step` to run at exit (or on Ctrl-C); returns a function that runs it now and unregisters it. */
export function onCleanup(step: () => void): () => void {
  install()
  steps.add(step)
  return () => {
    if (!steps.delete(step)) return
    step()
  }
}

function runAll(): void {
  for (const step of [...steps]) {
    steps.delete(step)
    try {
      step()
    } catch {
      // Best effort: one failed step must not keep the others from running.
    }
  }
}

function install(): void {
  if (installed) return
  installed = true
  process.once('exit', runAll)
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    process.once(signal, () => {
      runAll()
      process.exit(code)
    })
  }
}
