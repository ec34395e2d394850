import { randomUUID } from 'node:crypto'
import { existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { ImportError } from './errors.ts'

/* File-system failures that are the user's to fix (a path, a permission), not bugs. */
const USER_FIXABLE = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOTDIR', 'EISDIR', 'ENOSPC', 'EEXIST'])

/**
 * Write imported markdown to `outPath` — the import's only I/O.
 *
 * Refuses to replace an existing file unless `force` is set. Writes a
 * temporary file beside the target (named `.briefdeck-tmp-*`, which git
 * ignores) and renames it into place, so a crash never leaves half an
 * article behind. Creates missing parent directories.
 *
 * Throws `ImportError` naming `outPath` when the file exists without
 * `force`, the path is a directory, or the file system refuses the write.
 */
export function writeImported(markdown: string, outPath: string, opts: { force: boolean }): void {
  if (existsSync(outPath)) {
    if (statSync(outPath).isDirectory()) {
      throw new ImportError(outPath, 'is a directory', 'Give the path of a markdown file with --out, for example --out source/article.md.')
    }
    if (!opts.force) {
      throw new ImportError(outPath, 'already exists and was left as it is', 'Pass --force to overwrite it, or write somewhere else with --out <file>.')
    }
  }
  const directory = dirname(outPath)
  const temporary = join(directory, `.briefdeck-tmp-${basename(outPath)}-${randomUUID()}`)
  try {
    mkdirSync(directory, { recursive: true })
    writeFileSync(temporary, markdown, { encoding: 'utf8', flag: 'wx' })
    renameSync(temporary, outPath)
  } catch (error) {
    removeIfPresent(temporary)
    const code = (error as NodeJS.ErrnoException).code
    if (code !== undefined && USER_FIXABLE.has(code)) {
      throw new ImportError(outPath, `could not be written (${code})`, 'Check that its directory exists and is writable, or write somewhere else with --out <file>.')
    }
    throw error
  }
}

/* Cleanup after a failed write must not hide the failure itself. */
function removeIfPresent(file: string): void {
  try {
    rmSync(file, { force: true })
  } catch {
    // The temporary file could not have been created where it cannot be removed.
  }
}
