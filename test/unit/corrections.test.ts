import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { buildSource, type BuiltFixture } from '../helpers/deck.ts'
import { withBriefing } from '../helpers/briefing.ts'
import type { Slide } from '../../scripts/types.ts'

const FILE = 'test/fixtures/corrections/harbour-pilots.md'
const SOURCE = readFileSync(FILE, 'utf8')
const plain = buildSource(SOURCE, FILE)

/** The fixture built with a `briefing:` block of these lines; `line` is the file line of the first. */
function corrected(...lines: string[]): BuiltFixture & { line: number } {
  const { source, line } = withBriefing(SOURCE, lines)
  return { ...buildSource(source, FILE), line }
}

const cites = (slide: Slide, paragraph: number) => slide.bullets.some((bullet) => bullet.paragraph === paragraph)
  || slide.columns.some((column) => column.bullets.some((bullet) => bullet.paragraph === paragraph))
const slidesOf = (build: BuiltFixture, kind: Slide['kind']) => build.briefing.slides.filter((slide) => slide.kind === kind)
const section = (build: BuiltFixture, n: number) => build.analysis.paragraphs[n - 1]?.section

/** The kinds of slide that differ from the uncorrected deck's (slides matched by kind and order). */
function changedKinds(build: BuiltFixture): Set<Slide['kind']> {
  const changed = new Set<Slide['kind']>()
  const kinds = new Set([...plain.briefing.slides, ...build.briefing.slides].map((slide) => slide.kind))
  for (const kind of kinds) {
    if (JSON.stringify(slidesOf(plain, kind)) !== JSON.stringify(slidesOf(build, kind))) changed.add(kind)
  }
  return changed
}

function expectChangedOnly(build: BuiltFixture, allowed: Array<Slide['kind']>): void {
  expect([...changedKinds(build)].filter((kind) => !allowed.includes(kind))).toEqual([])
}

describe('the reading before corrections (what the tests below correct)', () => {
  it('puts ¶7 (an offer) in the standoff, ¶4 in demands, ¶10 (a councillor) in the standoff and labels ¶12\'s event from the clause', () => {
    expect(section(plain, 7)).toBe('standoff')
    expect(section(plain, 4)).toBe('demands')
    expect(section(plain, 10)).toBe('standoff')
    expect(plain.analysis.events.find((event) => event.paragraph === 12)?.what).toMatch(/strike/)
  })
})

describe('an empty briefing: block', () => {
  it.each([['briefing:'], ['briefing: {}'], ['briefing:\n  sections: {}']])('gives a byte-identical deck: %s', (block) => {
    const source = SOURCE.replace('date: 2025-03-19\n---', `date: 2025-03-19\n${block}\n---`)
    expect(source).not.toBe(SOURCE)
    expect(buildSource(source, FILE).deck).toBe(plain.deck)
  })
})

describe('an empty briefing: block on every article we have', () => {
  const articles = ['source/article.md', ...readdirSync('test/fixtures').filter((name) => name.endsWith('.md') && name !== 'README.md').map((name) => `test/fixtures/${name}`)]
  it.each(articles)('gives a byte-identical deck: %s', (path) => {
    const text = readFileSync(path, 'utf8')
    expect(buildSource(withBriefing(text, []).source, path).deck).toBe(buildSource(text, path).deck)
  })
})

describe('sections: a paragraph put in a section', () => {
  it('moves a standoff paragraph onto the demands slide, with the correction as its reason', () => {
    const build = corrected('  sections: { 7: demands }')
    expect(section(build, 7)).toBe('demands')
    expect(build.analysis.paragraphs[6]?.reason).toBe(`set in the source, line ${build.line}`)
    expect(slidesOf(build, 'demands').some((slide) => cites(slide, 7))).toBe(true)
    expect(slidesOf(build, 'standoff').some((slide) => cites(slide, 7))).toBe(false)
    expect(build.analysis.positions.filter((position) => position.paragraph === 7).map((position) => [position.stance, position.side])).toEqual([['demand', 'Coastal Pilots Association']])
    expectChangedOnly(build, ['standoff', 'demands', 'positions', 'summary', 'quote'])
  })

  it('moves a paragraph onto the response slide as the responding side\'s', () => {
    const build = corrected('  sections: { 7: rejections }')
    expect(slidesOf(build, 'rejections').some((slide) => cites(slide, 7))).toBe(true)
    expect(build.analysis.positions.find((position) => position.paragraph === 7)?.side).toBe('Lindmark Port Authority')
    expectChangedOnly(build, ['standoff', 'rejections', 'positions', 'summary', 'quote'])
  })

  it('takes a demand off the demands slide and puts it in the standoff', () => {
    const build = corrected('  sections: { 4: standoff }')
    expect(slidesOf(plain, 'demands').some((slide) => cites(slide, 4))).toBe(true)
    expect(slidesOf(build, 'demands').some((slide) => cites(slide, 4))).toBe(false)
    expect(slidesOf(build, 'standoff').some((slide) => cites(slide, 4))).toBe(true)
    expectChangedOnly(build, ['standoff', 'demands', 'positions', 'summary', 'quote'])
  })

  it('puts a paragraph in what\'s next as an expectation of the nearest upcoming event', () => {
    const build = corrected('  sections: { 10: next }')
    const timeline = slidesOf(build, 'next')[0]?.timeline ?? []
    expect(timeline.some((entry) => entry.expectations.some((item) => item.paragraph === 10))).toBe(true)
    expect(slidesOf(build, 'standoff').some((slide) => cites(slide, 10))).toBe(false)
    expectChangedOnly(build, ['standoff', 'next'])
  })

  it('leaves a paragraph out: no slide and no note shows it', () => {
    expect(plain.deck).toContain('¶2 — ')
    const build = corrected('  sections: { 2: out }')
    expect(build.deck).not.toContain('data-paragraph="2"')
    expect(build.deck).not.toContain('¶2 — ')
    expect(build.omitted).toEqual([2])
    expect(build.analysis.paragraphs[1]?.reason).toBe(`left out of the deck: set in the source, line ${build.line}`)
    expectChangedOnly(build, ['standoff', 'summary'])
  })

  it('puts a paragraph in the expert views once its speaker is set as an expert', () => {
    const build = corrected('  people: { "Olaf Dunne": { kind: expert } }', '  sections: { 10: experts }')
    expect(slidesOf(build, 'experts').flatMap((slide) => slide.people.map((person) => person.name))).toContain('Olaf Dunne')
    expect(slidesOf(build, 'experts').some((slide) => cites(slide, 10))).toBe(true)
  })
})

describe('sides: the two sides, their short names, and which one demands', () => {
  it('makes the side named alone the demanding one, and the reading\'s other side the responding one', () => {
    const build = corrected('  sides: { demands: Lindmark Port Authority }')
    expect(build.analysis.parties.map((party) => [party.name, party.stance, party.reason])).toEqual([
      ['Lindmark Port Authority', 'demands', `set in the source, line ${build.line}`],
      ['Coastal Pilots Association', 'responds', plain.analysis.parties[0]?.reason],
    ])
    // Who said what does not change: each position stays with the side whose clause states it.
    expect(build.analysis.positions.map((position) => [position.paragraph, position.stance, position.side])).toEqual(plain.analysis.positions.map((position) => [position.paragraph, position.stance, position.side]))
    expect(build.briefing.slides.map((slide) => slide.title)).not.toContain("Coastal Pilots Association's demands")
    // People keep the side they speak for; only which side demands changed.
    expect(build.analysis.people.map((person) => person.party)).toEqual(plain.analysis.people.map((person) => person.party))
  })

  it('reads the positions again with the short names given: the lede then carries both sides', () => {
    const build = corrected('  sides:', '    demands: { name: Coastal Pilots Association, short: [pilots, association] }', '    responds: { name: Lindmark Port Authority, short: [port authority, authority] }')
    expect(build.analysis.parties.map((party) => party.aliases)).toEqual([['Coastal Pilots Association', 'pilots', 'association'], ['Lindmark Port Authority', 'port authority', 'authority']])
    expect(build.analysis.positions.filter((position) => position.paragraph === 1).map((position) => position.stance).sort()).toEqual(['demand', 'refusal'])
    expect(slidesOf(build, 'demands').some((slide) => cites(slide, 1))).toBe(true)
  })

  it('renames a side: its people follow it, and its slides carry the new name', () => {
    const build = corrected('  sides: { demands: { name: Association, short: [pilots] } }')
    expect(build.analysis.parties[0]?.name).toBe('Association')
    expect(build.analysis.people.find((person) => person.name === 'Tova Brenner')?.party).toBe('Association')
    expect(slidesOf(build, 'demands')[0]?.title).toBe("Association's demands")
  })
})

describe('people: a person\'s kind and side', () => {
  it('makes an expert one who speaks for a side: their paragraphs leave the expert views', () => {
    const build = corrected('  people: { "Greta Solberg": { kind: party, side: Lindmark Port Authority } }')
    const person = build.analysis.people.find((item) => item.name === 'Greta Solberg')
    expect([person?.kind, person?.party, person?.reason]).toEqual(['party', 'Lindmark Port Authority', `set in the source, line ${build.line}`])
    expect(slidesOf(build, 'experts')).toEqual([])
    expect(section(build, 8)).not.toBe('experts')
  })

  it('makes an official an expert: the expert views show them', () => {
    const build = corrected('  people: { "Olaf Dunne": expert }')
    expect(build.analysis.people.find((item) => item.name === 'Olaf Dunne')?.kind).toBe('expert')
    expect(section(build, 10)).toBe('experts')
    expect(slidesOf(build, 'experts').flatMap((slide) => slide.people.map((item) => item.name))).toContain('Olaf Dunne')
  })

  it('finds a person by the name the article refers back to them by', () => {
    const build = corrected('  people: { Dunne: { kind: expert } }')
    expect(build.analysis.people.find((item) => item.name === 'Olaf Dunne')?.kind).toBe('expert')
  })
})

describe('events: fix, drop, add', () => {
  it('fixes a label and a place, keeping the date', () => {
    const build = corrected('  events:', '    - { paragraph: 12, label: Strike deadline, place: Lindmark harbour }')
    const event = build.analysis.events.find((item) => item.paragraph === 12)
    expect([event?.what, event?.place, event?.date, event?.reason]).toEqual(['Strike deadline', 'Lindmark harbour', '2025-03-28', `set in the source, line ${build.line + 1}`])
    expect(slidesOf(build, 'next')[0]?.timeline.find((entry) => entry.paragraph === 12)?.what).toBe('Strike deadline')
    expectChangedOnly(build, ['next'])
  })

  it('fixes a date: the status follows it against the article\'s date', () => {
    const build = corrected('  events: [{ paragraph: 11, when: on Friday, date: 2025-03-14 }]')
    const event = build.analysis.events.find((item) => item.paragraph === 11)
    expect([event?.date, event?.status]).toEqual(['2025-03-14', 'past'])
  })

  it('drops a wrong event: it leaves the timeline', () => {
    const build = corrected('  events: [{ paragraph: 1, when: on Monday, drop: true }]')
    expect(build.analysis.events.some((item) => item.paragraph === 1)).toBe(false)
    expect(slidesOf(build, 'next')[0]?.timeline.some((entry) => entry.paragraph === 1)).toBe(false)
    expect(slidesOf(plain, 'next')[0]?.timeline.some((entry) => entry.paragraph === 1)).toBe(true)
  })

  it('adds a missed event, in date order on the timeline, and its paragraph goes to what\'s next', () => {
    const build = corrected('  events: [{ paragraph: 7, add: true, date: 2025-03-24, label: Phased-cap proposal due, place: Lindmark }]')
    const timeline = slidesOf(build, 'next')[0]?.timeline ?? []
    expect(timeline.map((entry) => entry.date)).toEqual(['2025-03-17', '2025-03-21', '2025-03-24', '2025-03-28'])
    expect(timeline[2]).toMatchObject({ what: 'Phased-cap proposal due', place: 'Lindmark', status: 'upcoming', paragraph: 7 })
    expect(section(build, 7)).toBe('next')
  })
})

describe('the pull quote, the bottom line and titles', () => {
  it('takes the pull quote from the chosen paragraph', () => {
    const before = slidesOf(plain, 'quote')[0]?.bullets[0]
    const build = corrected('  quote: 6')
    const quote = slidesOf(build, 'quote')[0]
    expect(before?.paragraph).not.toBe(6)
    expect(quote?.bullets[0]).toMatchObject({ paragraph: 6, speaker: 'Elias Marrow' })
    expect(quote?.bullets[0]?.text).toContain('we will not sign that')
    expectChangedOnly(build, ['quote'])
  })

  it('leaves the pull quote out with quote: none', () => {
    const build = corrected('  quote: none')
    expect(slidesOf(build, 'quote')).toEqual([])
    expectChangedOnly(build, ['quote'])
  })

  it('makes the bottom line of the chosen paragraphs, in that order', () => {
    const build = corrected('  bottomLine: [11, 2, 6]')
    expect(slidesOf(build, 'summary')[0]?.bullets.map((bullet) => bullet.paragraph)).toEqual([11, 2, 6])
    expectChangedOnly(build, ['summary'])
  })

  it('retitles section slides, a continued slide saying so', () => {
    const build = corrected('  titles: { standoff: Where things stand, next: The week ahead }')
    expect(slidesOf(build, 'standoff').map((slide) => slide.title)).toEqual(slidesOf(plain, 'standoff').map((_, index) => (index === 0 ? 'Where things stand' : 'Where things stand (continued)')))
    expect(slidesOf(build, 'next')[0]?.title).toBe('The week ahead')
    expect(build.parsed.slides.map((slide) => slide.frontmatter.title)).toContain('The week ahead')
    expectChangedOnly(build, ['standoff', 'next'])
  })
})
