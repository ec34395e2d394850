/**
 * The export and site commands as the CLI calls them: format parsing, the
 * missing-browser failure, and one real export of the reference article.
 */
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import { parseSync } from '@slidev/parser/core'
import { afterAll, describe, expect, it } from 'vitest'
import { BrowserNotFoundError, locateBrowser } from '../../scripts/browser.ts'
import { InputError } from '../../scripts/errors.ts'
import { parseFormats, runExport } from '../../scripts/export/command.ts'
import { PROJECT_ROOT } from '../helpers/deck-fixture.ts'
import { readPdf } from '../helpers/pdf.ts'

const SOURCE = path.join(PROJECT_ROOT, 'source/article.md')
// Beside slides/slides.md, so the deck finds the project's components and styles, under a name of its own.
const DECK = path.join(PROJECT_ROOT, 'slides', `.test-export-${process.pid}.md`)
const scratch: string[] = []

afterAll(async () => {
  await rm(DECK, { force: true })
  for (const dir of scratch) await rm(dir, { recursive: true, force: true })
})

async function scratchDir(): Promise<string> {
  const dir = await mkdtemp(path.join(PROJECT_ROOT, '.briefdeck-tmp-test-'))
  scratch.push(dir)
  return dir
}

describe('parseFormats', () => {
  it('reads a comma-separated list in any order, case and spacing, into the export order', () => {
    expect(parseFormats('pptx, PDF,png')).toEqual(['pdf', 'png', 'pptx'])
    expect(parseFormats('notes,notes')).toEqual(['notes'])
  })

  it('gives the default formats for an empty value', () => {
    expect(parseFormats(' , ')).toEqual(['pdf', 'notes', 'pptx'])
  })

  it('names an unknown format and the known ones', () => {
    expect(() => parseFormats('pdf,docx')).toThrow(InputError)
    expect(() => parseFormats('pdf,docx')).toThrow('Unknown export format "docx". Choose from: pdf, png, notes, pptx.')
  })
})

describe('runExport without a browser', () => {
  it('fails on a BRIEFDECK_BROWSER that does not exist, before building or writing anything', async () => {
    const dir = await scratchDir()
    const outDir = path.join(dir, 'exports')
    const deck = path.join(dir, 'slides.md')
    const attempt = runExport({ source: SOURCE, deck, outDir, formats: ['pdf'], log: () => undefined, env: { BRIEFDECK_BROWSER: '/nonexistent/chrome' } })
    await expect(attempt).rejects.toThrow(/No browser at \/nonexistent\/chrome \(from \$BRIEFDECK_BROWSER\)[\s\S]*apt-get install chromium/)
    expect(existsSync(outDir)).toBe(false)
    expect(existsSync(deck)).toBe(false)
  })

  it('fails on a --browser path that does not exist, leaving no output folder and no deck', async () => {
    const dir = await scratchDir()
    const outDir = path.join(dir, 'exports')
    const deck = path.join(dir, 'slides.md')
    const attempt = runExport({ source: SOURCE, deck, outDir, formats: ['pdf', 'pptx'], browser: '/nonexistent/chromium', log: () => undefined, env: {} })
    await expect(attempt).rejects.toThrow(BrowserNotFoundError)
    await expect(runExport({ source: SOURCE, deck, outDir, formats: ['pdf'], browser: '/nonexistent/chromium', log: () => undefined, env: {} })).rejects.toThrow(
      'No browser at /nonexistent/chromium (from --browser)',
    )
    expect(existsSync(outDir)).toBe(false)
    expect(existsSync(deck)).toBe(false)
  })
})

describe('runExport of the reference article', () => {
  it('builds the deck from the source, then writes a PDF with one page per slide', async () => {
    const outDir = path.join(await scratchDir(), 'exports')
    const lines: string[] = []
    const result = await runExport({ source: SOURCE, deck: DECK, outDir, formats: ['pdf'], browser: locateBrowser(), log: (line) => lines.push(line) })
    expect(lines[0]).toBe(`rebuilt ${DECK} from ${SOURCE}`)
    const slides = parseSync(await readFile(DECK, 'utf8'), DECK).slides
    expect(slides.length).toBeGreaterThan(5)
    const pdf = await readPdf(path.join(outDir, 'briefing.pdf'))
    expect(pdf.pages).toBe(slides.length)
    expect(pdf.title).toBe('US, Russia still far apart over Ukraine')
    expect(result.files).toEqual([path.join(outDir, 'briefing.pdf')])
    expect(Object.keys(result.timings)).toEqual(['build', 'start', 'pdf'])
    expect(lines.filter((line) => line.startsWith('warning:'))).toEqual([])
  }, 180_000)
})
