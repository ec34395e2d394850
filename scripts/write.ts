import { randomBytes } from 'node:crypto'
import { mkdir, rename, rm, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/**
 * Write a file so that readers (Slidev's watcher, a presenter's browser) see
 * the old content or the new, never half of it: write a temporary file in the
 * same directory, then rename it over the target.
 */
export async function writeFileAtomic(path: string, content: string): Promise<void> {
  const directory = dirname(path)
  await mkdir(directory, { recursive: true })
  const temporary = join(directory, `.briefdeck-tmp-${basename(path)}-${randomBytes(6).toString('hex')}`)
  try {
    await writeFile(temporary, content, 'utf8')
    await rename(temporary, path)
  } catch (error) {
    await rm(temporary, { force: true })
    throw error
  }
}
