/**
 * The deck lint over every deck we can build: the reference article, the
 * fixtures (ours, in test/fixtures and test/fixtures/deck) and, when
 * ../shared/corpus is present, every corpus article. A table of what it found
 * per article is printed; every count must be zero. The first block shows the
 * lint itself failing on bullets and decks made to break each rule.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildDeck } from '../scripts/build.ts'
import { bulletProblems, lintBriefing, lintTable, MAX_SLIDES, type LintReport } from '../scripts/deck/lint.ts'
import type { Bullet } from '../scripts/types.ts'

const CORPUS = path.resolve('../shared/corpus/articles')
const bullet = (text: string, speaker: string | null = null): Bullet => ({ text, paragraph: 2, speaker })
const checksOf = (text: string, speaker: string | null = null) => bulletProblems(bullet(text, speaker)).map((problem) => problem.check)

describe('the deck lint fails on what a presenter could not show', () => {
  it('a clause with only a participle has no verb', () => expect(checksOf('Holmvik refusing.')).toContain('verb'))
  it('a bullet opening on "It" or "Which" leans on another slide', () => {
    expect(checksOf("It would also cover the crews' back pay.")).toContain('opening')
    expect(checksOf('Which the guild has refused since March.')).toContain('opening')
    expect(checksOf('While the council weighs the offer, the pickets stay.')).toContain('opening')
  })
  it('a cut that lost the main verb ("the owners that they needed …") opens mid-sentence', () => {
    expect(checksOf('the harbour owners that they needed a deal within the month to keep their licences')).toContain('opening')
    expect(checksOf('the harbour owners that they needed a deal within the month', 'the officials')).toContain('opening')
  })
  it('a bullet that is only a reduced clause ("as detected by …") hangs off a sentence not on the slide', () => {
    expect(checksOf('as detected by patrol aircraft.', 'Ilse Morrow')).toContain('opening')
    expect(checksOf('When asked about the deadline.')).toContain('opening')
    expect(checksOf('As agreed, the board will vote on Friday.')).toEqual([])
    expect(checksOf('As talks resumed the pickets stayed home.')).toEqual([])
  })
  it('a bullet that ends on a preposition or article ends mid-phrase', () => expect(checksOf('The guild set out its terms, the union said in a letter to the')).toContain('ending'))
  it('unbalanced quotation marks', () => {
    expect(checksOf('The guild called it "a fair offer, the union said.')).toContain('quotes')
    expect(checksOf('The guild called it “a fair offer, the union said.')).toContain('quotes')
  })
  it('a bracket left open or closed alone', () => {
    expect(checksOf('The guild turned down a 4bn crown ($390m bid from its rival.')).toContain('brackets')
    expect(checksOf('The guild turned down a bid of $390m) from its rival.')).toContain('brackets')
    expect(checksOf('The guild turned down a 4bn crown ($390m; £310m) bid from its rival.')).not.toContain('brackets')
  })
  it('more than 25 words', () => expect(checksOf(`${'The guild said the offer was fair and '.repeat(4)}final.`)).toContain('length'))
  it('a photo credit as a bullet', () => {
    const built = buildDeck(readFileSync('test/fixtures/deck/harbour-bullets.md', 'utf8'), 'harbour-bullets.md')
    const slides = built.briefing.slides.map((slide) => (slide.kind === 'summary' ? { ...slide, bullets: [bullet('Trawlers tied up at the quay in Vessby on Tuesday. Photo: Staff'), ...slide.bullets] } : slide))
    expect(lintBriefing({ ...built.briefing, slides }, built.analysis).problems.map((problem) => problem.check)).toContain('furniture')
  })
  it('a side\'s slide with the other side\'s words, a slide over its limit, and a deck over twelve slides', () => {
    const built = buildDeck(readFileSync('test/fixtures/deck/harbour-bullets.md', 'utf8'), 'harbour-bullets.md')
    const demands = built.briefing.slides.find((slide) => slide.kind === 'demands')
    expect(demands).toBeDefined()
    const broken = built.briefing.slides.map((slide) => (slide === demands ? { ...slide, bullets: [...slide.bullets, bullet('Ostmark will not give in to pressure.', 'Ilmar Sten'), ...Array.from({ length: 5 }, (_, n) => bullet(`The guild met on day ${n + 1}.`))] } : slide))
    const padded = [...broken, ...Array.from({ length: MAX_SLIDES }, () => broken[1]!)]
    const checks = lintBriefing({ ...built.briefing, slides: padded }, built.analysis).problems.map((problem) => problem.check)
    expect(checks).toEqual(expect.arrayContaining(['side', 'slide-bullets', 'slides']))
  })
  it('a line that only answers another ("… agreed.") or says no comment holds nothing', () => {
    expect(checksOf('The harbour board\'s spokeswoman agreed.')).toContain('content')
    expect(checksOf('Management replied.')).toContain('content')
    expect(checksOf('The ferry line declined to comment on Tuesday.')).toContain('content')
    expect(checksOf('The guild did not respond to a request for comment.')).toContain('content')
    expect(checksOf('A spokesman for the port could not be reached.')).toContain('content')
    // With a complement, or a refusal of something named, the line is a position.
    expect(checksOf('The harbour board agreed to a pay freeze.')).not.toContain('content')
    expect(checksOf('The guild did not respond to the offer.')).not.toContain('content')
    expect(checksOf('The strikers did not return to work on Monday.')).not.toContain('content')
  })
  it('compose passes over a line that only answers another and keeps one that says something', () => {
    const article = [
      '---', 'title: Ferry crews and the harbour board far apart', 'date: 2025-05-06', '---', '',
      'Ferry crews in Ostby walked out on Monday after the harbour board refused their demand for a 7% raise.', '',
      'The crews\' union said the board had offered only 2%, which it called an insult.', '',
      'The board\'s chairwoman, Liv Arnesen, said the port could not afford more. Her deputy agreed.', '',
      'The ferry line declined to comment.', '',
    ].join('\n')
    const built = buildDeck(article, 'ferry.md')
    const texts = built.briefing.slides.flatMap((slide) => (slide.kind === 'positions' ? slide.columns.flatMap((column) => column.bullets) : slide.bullets)).map((item) => item.text)
    expect(texts.length).toBeGreaterThan(0)
    expect(texts).not.toContain('Her deputy agreed.')
    expect(texts).not.toContain('The ferry line declined to comment.')
  })
  it('passes bullets that stand on their own', () => {
    expect(checksOf('The guild rejected the offer on Tuesday.')).toEqual([])
    expect(checksOf('"We will not be rushed," Petra Holm said.')).toEqual([])
    expect(checksOf('the offer was an insult', 'Ines Ferrante')).toEqual([])
  })
})

const ours = [
  'source/article.md',
  ...readdirSync('test/fixtures').filter((name) => name.endsWith('.md') && name !== 'README.md').map((name) => `test/fixtures/${name}`),
  ...readdirSync('test/fixtures/deck').filter((name) => name.endsWith('.md')).map((name) => `test/fixtures/deck/${name}`),
]
const corpus = existsSync(CORPUS) ? readdirSync(CORPUS).filter((name) => name.endsWith('.md')).sort().map((name) => path.join(CORPUS, name)) : []

function lintAll(files: string[]): Array<{ name: string; report: LintReport }> {
  return files.map((file) => {
    const built = buildDeck(readFileSync(file, 'utf8'), file)
    return { name: path.basename(file, '.md').slice(0, 44), report: lintBriefing(built.briefing, built.analysis) }
  })
}

function expectClean(rows: Array<{ name: string; report: LintReport }>): void {
  console.log(lintTable(rows))
  const problems = rows.flatMap(({ name, report }) => report.problems.map((problem) => `${name} slide ${problem.slide} ${problem.check}: ${problem.why} — "${problem.text}"`))
  expect(problems).toEqual([])
}

describe('the deck lint over every deck', () => {
  it('the reference article and our fixtures', () => expectClean(lintAll(ours)), 60_000)
  it.skipIf(corpus.length === 0)('every corpus article (needs ../shared/corpus)', () => expectClean(lintAll(corpus)), 120_000)
  if (corpus.length === 0) console.log('deck-lint: ../shared/corpus is not here; the corpus articles are not linted')
})
