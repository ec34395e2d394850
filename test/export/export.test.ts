/**
 * One real export of the sample deck, every format, shared by all checks:
 * Slidev and the machine's Chromium, no network.
 */
import { existsSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { parseSync } from '@slidev/parser/core'
import JSZip from 'jszip'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { locateBrowser } from '../../scripts/browser.ts'
import { exportDeck, type ExportResult } from '../../scripts/export/export-deck.ts'
import { noteText } from '../../scripts/export/note-text.ts'
import { readPptxNotes } from '../../scripts/export/pptx-notes.ts'
import { copyDeckFixture, SAMPLE_DECK, type DeckFixture } from '../helpers/deck-fixture.ts'
import { collapse, readPdf } from '../helpers/pdf.ts'

const DECK_TITLE = 'Harbour talks end without a deal'

let fixture: DeckFixture
let outDir: string
let result: ExportResult
const lines: string[] = []
let expected: Array<{ title: string; notes: string }>

beforeAll(async () => {
  const parsed = parseSync(await readFile(SAMPLE_DECK, 'utf8'), SAMPLE_DECK)
  expected = parsed.slides.map((slide) => ({ title: slide.title ?? '', notes: noteText(slide.note) }))
  fixture = await copyDeckFixture()
  outDir = path.join(fixture.dir, 'exports')
  result = await exportDeck({
    deck: fixture.deck,
    outDir,
    formats: ['pptx', 'png', 'notes', 'pdf'],
    browserPath: locateBrowser(),
    log: (line) => lines.push(line),
  })
}, 240_000)

afterAll(async () => {
  await fixture?.remove()
})

describe('export of the sample deck', () => {
  it('the fixture has eight slides, each with notes (guards the checks below)', () => {
    expect(expected).toHaveLength(8)
    for (const slide of expected) expect(slide.notes).not.toBe('')
  })

  it('writes briefing.pdf with exactly one page per slide, titled after the deck', async () => {
    const pdf = await readPdf(path.join(outDir, 'briefing.pdf'))
    expect(pdf.pages).toBe(expected.length)
    expect(pdf.title).toBe(DECK_TITLE)
    expected.forEach((slide, index) => expect(pdf.text[index]).toContain(slide.title))
  })

  it('writes briefing-notes.pdf holding every slide’s notes under its number and title', async () => {
    const pdf = await readPdf(path.join(outDir, 'briefing-notes.pdf'))
    const text = pdf.text.join(' ')
    expect(text).toContain(`${DECK_TITLE} Speaker notes · 8 slides`)
    expected.forEach((slide, index) => {
      expect(text).toContain(`${index + 1}/${expected.length} ${slide.title} ${collapse(slide.notes)}`)
    })
    expect(text).not.toMatch(/\*\*|<!--|\]\(/)
  })

  it('puts each slide’s notes, as clean text, in a notes slide of briefing.pptx', async () => {
    const pptx = await readFile(path.join(outDir, 'briefing.pptx'))
    const zip = await JSZip.loadAsync(pptx)
    expect(zip.file(/^ppt\/notesSlides\/notesSlide\d+\.xml$/)).toHaveLength(expected.length)
    expect(await readPptxNotes(pptx)).toEqual(expected.map((slide) => slide.notes))
    expect(expected[0]?.notes).toBe('Open with the headline: eleven hours of talks, no agreement.\nBoth sides will meet again on Friday.')
  })

  it('keeps the slide text of briefing.pptx editable, not a picture', async () => {
    const zip = await JSZip.loadAsync(await readFile(path.join(outDir, 'briefing.pptx')))
    const slide3 = (await zip.file('ppt/slides/slide3.xml')?.async('string')) ?? ''
    const texts = [...slide3.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map(([, text]) => text)
    expect(texts).toEqual(expect.arrayContaining(['The union', 'The port authority', 'No automation without retraining']))
  })

  it('writes one PNG per slide, at twice the canvas size', async () => {
    const dir = path.join(outDir, 'briefing-png')
    const names = (await readdir(dir)).sort()
    expect(names).toEqual(['01.png', '02.png', '03.png', '04.png', '05.png', '06.png', '07.png', '08.png'])
    const header = await readFile(path.join(dir, '01.png'))
    const [width, height] = [header.readUInt32BE(16), header.readUInt32BE(20)]
    expect(width).toBe(980 * 2)
    expect(width / height).toBeCloseTo(16 / 9, 1)
  })

  it('lists the files it wrote and times each step', () => {
    expect(result.files.map((file) => path.relative(outDir, file))).toEqual([
      'briefing.pdf',
      ...expected.map((_, i) => path.join('briefing-png', `0${i + 1}.png`)),
      'briefing-notes.pdf',
      'briefing.pptx',
    ])
    expect(Object.keys(result.timings).sort()).toEqual(['notes', 'pdf', 'png', 'pptx', 'start'])
    for (const ms of Object.values(result.timings)) expect(ms).toBeGreaterThan(0)
  })

  it('says which file it is writing and how far along it is', () => {
    expect(lines).toEqual(
      expect.arrayContaining([
        '[1/5] starting Slidev and Chromium',
        '[2/5] writing briefing.pdf',
        '[3/5] writing briefing-png',
        '      slide 8 of 8 pictured',
        '[4/5] writing briefing-notes.pdf',
        '[5/5] writing briefing.pptx',
      ]),
    )
    expect(lines.filter((line) => line.trim().startsWith('done in'))).toHaveLength(5)
  })

  it('asked for nothing off this machine and met no error in the deck', () => {
    expect(lines.filter((line) => line.startsWith('warning:'))).toEqual([])
  })

  it('leaves no staging folder behind', async () => {
    const left = (await readdir(fixture.dir)).filter((name) => name.startsWith('.briefdeck-tmp-'))
    expect(left).toEqual([])
    expect(existsSync(path.join(outDir, 'briefing.pdf'))).toBe(true)
  })
})
