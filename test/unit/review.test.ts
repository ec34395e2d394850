import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { buildSource } from '../helpers/deck.ts'
import { withBriefing } from '../helpers/briefing.ts'
import { reviewTable, wrap } from '../../scripts/review.ts'

const FILE = 'test/fixtures/corrections/harbour-pilots.md'
const SOURCE = readFileSync(FILE, 'utf8')
const { analysis } = buildSource(SOURCE, FILE)
const ANSI = /\u001b\[[0-9;]*m/g

describe('the review table', () => {
  it.each([60, 80, 100, 140])('fits a terminal %i columns wide', (width) => {
    const lines = reviewTable(analysis, { width, color: false }).split('\n')
    const over = lines.filter((line) => [...line].length > width)
    expect(over).toEqual([])
  })

  it('shows every paragraph\'s number, section, speaker and reason, and every side, person and event', () => {
    // Wide enough that nothing wraps: each row is one line.
    const text = reviewTable(analysis, { width: 1000, color: false })
    for (const paragraph of analysis.paragraphs) {
      const row = text.split('\n').find((line) => new RegExp(`^  ${paragraph.n}\\s+${paragraph.section}\\s+`).test(line))
      expect(row, `¶${paragraph.n}`).toBeDefined()
      expect(row).toContain(paragraph.speaker ?? '—')
      expect(row).toContain(paragraph.reason)
    }
    for (const party of analysis.parties) expect(text).toMatch(new RegExp(`^  ${party.name}\\s+${party.stance}\\s`, 'm'))
    for (const person of analysis.people) expect(text).toMatch(new RegExp(`^  ${person.name}\\s+${person.kind}\\s`, 'm'))
    for (const event of analysis.events) expect(text).toContain(event.what)
  })

  it('puts the long columns under each row on a narrow terminal, still with every reason', () => {
    const text = reviewTable(analysis, { width: 60, color: false })
    const reasons = text.split('\n').filter((line) => /^ {6}why: /.test(line))
    expect(reasons.length).toBeGreaterThanOrEqual(analysis.paragraphs.length)
  })

  it('uses colour only when asked (a terminal), and then only as styling: the text is the same', () => {
    const plain = reviewTable(analysis, { width: 100, color: false })
    const coloured = reviewTable(analysis, { width: 100, color: true })
    expect(plain).not.toMatch(ANSI)
    expect(coloured).toMatch(ANSI)
    expect(coloured.replace(ANSI, '')).toBe(plain)
  })

  it('marks what a correction decided: its reason, "out" for a paragraph left out, and the row in colour', () => {
    const corrected = withBriefing(SOURCE, ['  sections: { 7: demands, 2: out }'])
    const build = buildSource(corrected.source, FILE)
    const text = reviewTable(build.analysis, { width: 1000, color: true, omitted: build.omitted })
    const row7 = text.split('\n').find((line) => line.replace(ANSI, '').startsWith('  7   demands'))
    expect(row7).toContain(`set in the source, line ${corrected.line}`)
    expect(row7).toMatch(/^\u001b\[32m/)
    expect(text.replace(ANSI, '')).toMatch(/^ {2}2 {3}out {8}/m)
  })

  it('ends by saying how to correct the reading', () => {
    expect(reviewTable(analysis, { width: 100, color: false })).toMatch(/briefing:\n\s+sections: \{ 8: demands, 14: out \}/)
  })
})

describe('wrap', () => {
  it('breaks between words, never inside one that fits', () => {
    expect(wrap('the pilots want a binding limit', 12)).toEqual(['the pilots', 'want a', 'binding', 'limit'])
  })

  it('cuts a word longer than the width', () => {
    expect(wrap('Hafenlotsenvereinigung ok', 10)).toEqual(['Hafenlotse', 'nvereinigu', 'ng ok'])
  })
})
