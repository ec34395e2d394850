#!/usr/bin/env node
// The package's bin. It runs the compiled JavaScript in compiled/ (made by
// `npm run compile`, which `npm install` and `npm test` run), so a command
// starts as fast as Node does. When compiled/ is missing or older than the
// sources, it says so and runs the TypeScript sources through tsx instead:
// slower to start, but never stale.
import module from 'node:module'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { compiledState } from './compiled-state.mjs'

// Node 22.1+ keeps V8's compiled code of the modules between runs (in the
// system's temporary folder); Node 20 has no such cache, and this does nothing.
module.enableCompileCache?.()
// Stack traces name the TypeScript lines only when asked for; reading the maps costs start-up time.
if (process.argv.includes('--debug')) process.setSourceMapsEnabled(true)

const state = compiledState(fileURLToPath(new URL('..', import.meta.url)))
if (state.fresh) {
  await import(pathToFileURL(state.entry).href)
} else {
  process.stderr.write(`briefdeck: ${state.reason}; running the TypeScript sources with tsx, which starts slower. \`npm run compile\` brings the fast start back.\n`)
  const { register } = await import('tsx/esm/api')
  register()
  await import('./run.ts')
}
