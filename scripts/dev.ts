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
  const stop = () => {
    slidev.kill('SIGTERM')
    void watcher.close()
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
  await new Promise<void>((resolvePromise, reject) => {
    slidev.on('exit', (code) => {
      void watcher.close()
      if (code === 0 || code === null) resolvePromise()
      else reject(new Error(`Slidev exited with code ${code}`))
    })
  })
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
