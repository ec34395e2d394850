/** writeImported: the import's one piece of I/O. */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ImportError } from '../../scripts/import/index.ts'
import { writeImported } from '../../scripts/import/write.ts'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'briefdeck-import-write-'))
})
afterEach(() => {
  rmSync(dir, { recursive: true, force: true })
})

describe('writeImported', () => {
  it('writes a new file, creating its directory, and leaves no temporary file', () => {
    const out = path.join(dir, 'source', 'article.md')
    writeImported('# Title\n', out, { force: false })
    expect(readFileSync(out, 'utf8')).toBe('# Title\n')
    expect(readdirSync(path.dirname(out))).toEqual(['article.md'])
  })

  it('refuses to overwrite an existing file without force, leaving it untouched', () => {
    const out = path.join(dir, 'article.md')
    writeFileSync(out, 'hand edits\n')
    let error: unknown
    try {
      writeImported('# New\n', out, { force: false })
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(ImportError)
    expect((error as ImportError).file).toBe(out)
    expect((error as ImportError).message).toBe(`${out} already exists and was left as it is. Pass --force to overwrite it, or write somewhere else with --out <file>.`)
    expect(readFileSync(out, 'utf8')).toBe('hand edits\n')
    expect(readdirSync(dir)).toEqual(['article.md'])
  })

  it('overwrites an existing file with force', () => {
    const out = path.join(dir, 'article.md')
    writeFileSync(out, 'old\n')
    writeImported('# New\n', out, { force: true })
    expect(readFileSync(out, 'utf8')).toBe('# New\n')
    expect(readdirSync(dir)).toEqual(['article.md'])
  })

  it('refuses a directory as the output, even with force', () => {
    const out = path.join(dir, 'source')
    mkdirSync(out)
    expect(() => writeImported('# T\n', out, { force: true })).toThrow(/source is a directory\. Give the path of a markdown file with --out/)
  })

  it('reports an unwritable place as an ImportError naming the path', () => {
    const blocker = path.join(dir, 'not-a-dir')
    writeFileSync(blocker, '')
    const out = path.join(blocker, 'article.md')
    expect(() => writeImported('# T\n', out, { force: false })).toThrow(ImportError)
    expect(() => writeImported('# T\n', out, { force: false })).toThrow(new RegExp(`^${out.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} could not be written`))
  })
})
