/**
 * buildDeck as users run it: from compiled/build.js, which `npm run bench`
 * compiles first. The benchmark itself runs under tsx, whose on-the-fly
 * compile of the sources is not the code `briefdeck build` runs (it rewrites
 * every `\p{…}` regular expression literal as a `new RegExp` built on each
 * call, for one), so timing the sources would time something no user runs.
 */
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { buildDeck as BuildDeck } from '../build.ts'

const compiled = new URL('../../compiled/build.js', import.meta.url)
if (!existsSync(fileURLToPath(compiled))) {
  throw new Error(`${fileURLToPath(compiled)} is missing: run \`npm run compile\` (or \`npm run bench\`, which compiles first) before timing the build`)
}

export const { buildDeck } = (await import(compiled.href)) as { buildDeck: typeof BuildDeck }
