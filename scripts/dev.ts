import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { watch } from 'chokidar'
import { buildDeckFile } from './build.ts'

export interface DevOptions {
  source: string
  deck: string
  port: number
  /** Overwrite a hand-edited deck at start (a backup is kept). */
  force: boolean
  log: (line: string) => void
  warn: (line: string) => void
}

/**
 * Build the deck, start Slidev's dev server on it, and rebuild on every save
 * of the source. Slidev's own watcher sees the new deck and the open browser
 * follows; a source that fails to build leaves the last good deck in place.
 */
export async function runDev(options: DevOptions): Promise<void> {
  const first = await buildDeckFile(options.source, options.deck, { force: options.force })
  if (first.backup) options.log(`kept the hand-edited deck as ${first.backup}`)
  options.log(`${first.written ? 'wrote' : 'unchanged'} ${options.deck} (${first.build.briefing.slides.length} slides)`)

  const watcher = watchSource(options)
  const require = createRequire(import.meta.url)
  const slidevBin = join(dirname(require.resolve('@slidev/cli/package.json')), 'bin', 'slidev.mjs')
  const slidev = spawn(process.execPath, [slidevBin, options.deck, '--port', String(options.port), '--open', 'false'], { stdio: 'inherit' })
  options.log(`Slidev: http://localhost:${options.port}/ (presenter: http://localhost:${options.port}/presenter/)`)
  // Stopping dev (Ctrl-C, or SIGTERM from a process manager) is its normal end:
  // Slidev is stopped, the watcher closed, and the command exits 0 without a word.
  let stopping = false
  const stop = () => {
    stopping = true
    slidev.kill('SIGTERM')
    void watcher.close()
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
  await new Promise<void>((resolvePromise, reject) => {
    slidev.on('exit', (code, signal) => {
      process.off('SIGINT', stop)
      process.off('SIGTERM', stop)
      void watcher.close()
      if (code === 0 || stopping || stoppedBySignal(code, signal)) resolvePromise()
      else reject(new Error(signal ? `Slidev was killed by ${signal}` : `Slidev exited with code ${code}`))
    })
  })
}

/**
 * Whether Slidev ended because it was told to stop: killed by SIGINT or
 * SIGTERM, or exiting with 130 or 143 (128 + the signal's number) after
 * handling one. Ctrl-C reaches Slidev too (it shares the terminal's process
 * group), and its exit may be seen before our own handler runs.
 */
export function stoppedBySignal(code: number | null, signal: NodeJS.Signals | null): boolean {
  return signal === 'SIGINT' || signal === 'SIGTERM' || code === 130 || code === 143
}

/**
 * Rebuild the deck on every save of the source, one build at a time. A
 * source that fails to build is reported and leaves the last good deck in
 * place (the open browser keeps showing it); the next good save recovers.
 */
export function watchSource(options: Pick<DevOptions, 'source' | 'deck' | 'log' | 'warn'>): { ready: Promise<void>; close: () => Promise<void> } {
  const watcher = watch(resolve(options.source), { ignoreInitial: true, awaitWriteFinish: { stabilityThreshold: 30, pollInterval: 10 } })
  let queue = Promise.resolve()
  const rebuild = () => {
    queue = queue.then(async () => {
      const started = performance.now()
      try {
        const result = await buildDeckFile(options.source, options.deck)
        options.log(`${result.written ? 'rebuilt' : 'unchanged'} ${options.deck} in ${Math.round(performance.now() - started)} ms`)
      } catch (error) {
        options.warn(`briefdeck: ${error instanceof Error ? error.message : String(error)}`)
        options.warn('briefdeck: kept the last good deck; fix the source and save again.')
      }
    })
  }
  watcher.on('change', rebuild).on('add', rebuild)
  return {
    ready: new Promise((resolveReady) => watcher.once('ready', () => resolveReady())),
    close: async () => {
      await watcher.close()
      await queue
    },
  }
}
