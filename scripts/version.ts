import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * briefdeck's version, from its package.json: the first one above this module
 * that names briefdeck. Looked up rather than imported because this module
 * runs from scripts/ under tsx and from compiled/ (at another depth) when built.
 */
export function packageVersion(from: string = path.dirname(fileURLToPath(import.meta.url))): string {
  for (let folder = from; ; folder = path.dirname(folder)) {
    try {
      const manifest = JSON.parse(readFileSync(path.join(folder, 'package.json'), 'utf8')) as { name?: string; version?: string }
      if (manifest.name === 'briefdeck' && manifest.version) return manifest.version
    } catch {
      // No package.json here (or not JSON): look one folder up.
    }
    if (path.dirname(folder) === folder) return 'unknown'
  }
}
