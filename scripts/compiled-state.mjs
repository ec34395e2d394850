/**
 * Whether compiled/ holds the CLI as the sources are now: the launcher runs
 * it only then, so an edit to scripts/ is never met by yesterday's code.
 * A stat of each source (about a hundred) costs about a millisecond.
 */
import { readFileSync, statSync } from 'node:fs'
import path from 'node:path'

/**
 * `{ fresh: true, entry }` with the compiled entry's path, or `{ fresh: false, reason }`
 * saying in a few words why the compiled output cannot be used.
 * @param {string} root the project folder (where package.json and compiled/ are)
 * @returns {{ fresh: true, entry: string } | { fresh: false, reason: string }}
 */
export function compiledState(root) {
  let manifest
  try {
    manifest = JSON.parse(readFileSync(path.join(root, 'compiled', 'manifest.json'), 'utf8'))
  } catch {
    return { fresh: false, reason: 'compiled/ is missing' }
  }
  for (const [file, mtimeMs] of Object.entries(manifest.inputs ?? {})) {
    let now
    try {
      now = statSync(path.join(root, file)).mtimeMs
    } catch {
      return { fresh: false, reason: `${file} is gone since the last compile` }
    }
    if (now !== mtimeMs) return { fresh: false, reason: `${file} changed since the last compile` }
  }
  return { fresh: true, entry: path.join(root, 'compiled', manifest.entry ?? 'run.js') }
}
