import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { main } from '../../scripts/cli.ts'
import { withBriefing } from '../helpers/briefing.ts'

const SOURCE = readFileSync('test/fixtures/corrections/harbour-pilots.md', 'utf8')

let dir: string
let source: string
let deck: string
let good: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'briefdeck-corrections-'))
  source = join(dir, 'article.md')
  deck = join(dir, 'slides.md')
  await writeFile(source, SOURCE)
  expect(await main(['build', source, '--out', deck], { out: () => {}, err: () => {} })).toBe(0)
  good = await readFile(deck, 'utf8')
})
afterAll(() => rm(dir, { recursive: true, force: true }))

/**
 * Each bad correction, the line of it the message must name (0 for the
 * first correction line, 1 for the next), and what the message must say:
 * what went wrong, and what to write instead.
 */
const BAD: Array<[what: string, lines: string[], offset: number, says: RegExp[]]> = [
  ['an unknown paragraph number', ['  sections: { 30: demands }'], 0, [/there is no ¶30/, /paragraphs ¶1–¶12/]],
  ['a paragraph number that is not a number', ['  sections: { seven: demands }'], 0, [/"seven" is not a paragraph number/, /sections: \{ 7: demands \}/]],
  ['an unknown section name', ['  sections: { 7: demand }'], 0, [/unknown section "demand"/, /standoff, demands, rejections, experts, next, out/, /did you mean "demands"/]],
  ['a person not in the article', ['  people: { "Jane Roe": { kind: expert } }'], 0, [/"Jane Roe" is not in the article/, /Tova Brenner, Elias Marrow, Greta Solberg, Olaf Dunne/]],
  ['words of the article that are not a person', ['  people: { "Norhaven University": expert }'], 0, [/did not find "Norhaven University" as a person/, /Tova Brenner/]],
  ['an unknown kind of person', ['  people: { "Olaf Dunne": { kind: scholar } }'], 0, [/unknown kind of person "scholar"/, /party, expert, other/]],
  ['a person\'s side that is not a side', ['  people: { "Olaf Dunne": { side: City Council } }'], 0, [/"City Council" is not one of the sides/, /Coastal Pilots Association \(demands\), Lindmark Port Authority \(responds\)/]],
  ['a party person with no side', ['  people: { "Olaf Dunne": { kind: party } }'], 0, [/say which side Olaf Dunne speaks for/, /side: Coastal Pilots Association/]],
  ['a side not in the article', ['  sides: { demands: Harbour Guild }'], 0, [/the side "Harbour Guild" is not in the article/, /the reading found Coastal Pilots Association \(demands\)/]],
  ['a short name not in the article', ['  sides: { demands: { name: Coastal Pilots Association, short: [CPA] } }'], 0, [/the short name "CPA" of Coastal Pilots Association is not in the article/]],
  ['the same side twice', ['  sides: { demands: Coastal Pilots Association, responds: association }'], 0, [/are the same side, named as both/]],
  ['an impossible date', ['  events:', '    - { paragraph: 7, add: true, date: 2025-02-30, label: Review }'], 1, [/"2025-02-30" is not a calendar date/, /YYYY-MM-DD/]],
  ['a date in another format', ['  events: [{ paragraph: 11, date: 21/03/2025 }]'], 0, [/"21\/03\/2025" is not a calendar date/]],
  ['an event the reading did not find', ['  events: [{ paragraph: 11, when: on Thursday, drop: true }]'], 0, [/¶11 has no event read from "on Thursday"/, /when: "on Friday"/]],
  ['an event in a paragraph with none', ['  events: [{ paragraph: 2, label: Talks }]'], 0, [/no event in ¶2/, /add: true/]],
  ['an added event with no label', ['  events: [{ paragraph: 2, add: true, date: 2025-03-24 }]'], 0, [/needs a label/]],
  ['an unknown field of an event', ['  events: [{ paragraph: 11, title: Mediation }]'], 0, [/unknown field "title" of an event/]],
  ['a paragraph in next with no upcoming event', ['  events:', '    - { paragraph: 11, drop: true }', '    - { paragraph: 12, drop: true }', '  sections: { 2: next }'], 3, [/¶2 cannot go in next/, /add: true/]],
  ['a paragraph in experts with no expert speaking', ['  sections: { 10: experts }'], 0, [/¶10 cannot go in experts: Olaf Dunne speaks in it/, /people: \{ "Olaf Dunne": \{ kind: expert \} \}/]],
  ['a pull quote from a paragraph without one', ['  quote: 2'], 0, [/¶2 holds no quotation/, /Paragraphs that do: ¶4, ¶6, ¶9/]],
  ['a bottom line with a paragraph left out', ['  sections: { 2: out }', '  bottomLine: [1, 2]'], 1, [/¶2 is left out of the deck/]],
  ['a bottom line too long for its slide', ['  bottomLine: [1, 2, 3, 4, 5, 6, 7]'], 0, [/at most 6 bullets/]],
  ['an unknown slide to retitle', ['  titles: { cover: Pilots }'], 0, [/unknown slide "cover"/, /summary, standoff/]],
  ['an unknown correction', ['  section: { 7: demands }'], 0, [/unknown correction "section"/, /did you mean "sections"/]],
  ['corrections that are not key: value lines', ['  - sections'], 0, [/briefing: must hold corrections as key: value lines/]],
]

describe('a bad correction', () => {
  it.each(BAD)('%s: FILE:LINE and what to write instead, exit 1, the deck untouched', async (_what, lines, offset, says) => {
    const bad = withBriefing(SOURCE, lines)
    // The block's own line for a block that is not a mapping; else the correction's line.
    const line = lines[0]?.startsWith('  -') ? bad.line - 1 : bad.line + offset
    await writeFile(deck, good)
    await writeFile(source, bad.source)
    const err: string[] = []
    const code = await main(['build', source, '--out', deck], { out: () => {}, err: (text) => err.push(text) })
    expect(code).toBe(1)
    expect(err).toHaveLength(1)
    expect(err[0]).toMatch(new RegExp(`^briefdeck: ${source.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:${line}: `))
    for (const pattern of says) expect(err[0]).toMatch(pattern)
    expect(await readFile(deck, 'utf8')).toBe(good)
  })

  it('fails `briefdeck analyse` the same way', async () => {
    const bad = withBriefing(SOURCE, ['  sections: { 30: demands }'])
    await writeFile(source, bad.source)
    const err: string[] = []
    expect(await main(['analyse', source], { out: () => {}, err: (text) => err.push(text) })).toBe(1)
    expect(err[0]).toContain(`${source}:${bad.line}: there is no ¶30`)
  })
})
