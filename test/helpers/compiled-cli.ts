/**
 * Vitest global setup: tests that spawn scripts/briefdeck.mjs must run the
 * compiled JavaScript users run. `npm test` compiles first; a bare
 * `npx vitest run` after an edit compiles here, once, before any test starts.
 */
import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { compiledState } from '../../scripts/compiled-state.mjs'

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

export default function compileIfStale(): void {
  if (compiledState(PROJECT_ROOT).fresh) return
  execFileSync(process.execPath, ['scripts/compile.mjs'], { cwd: PROJECT_ROOT, stdio: 'inherit' })
}
