import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { buildFixture, wordsOf } from './helpers/deck.ts'

interface Expectation {
  parties: Array<{ name: string; aliases: string[] }>
  sections: string[]
  leaders: Array<{ name: string; role: string }>
  demands: string[]
  rejections: string[]
  experts: Array<{ name: string; role: string }>
  notExperts: string[]
  events: Array<{ date: string | null; when: string; place: string | null; status: 'past' | 'upcoming'; what: string }>
  speakers: Record<string, string>
  /**
   * Checks this fixture is known to fail today, by name (the `it` titles' keys
   * below). They run as \`it.fails\`: when the analysis learns the case, the
   * test goes red and the gap must be struck off the list.
   */
  knownGaps?: Record<string, string>
}

const SECTION_KIND: Record<string, string> = { standoff: 'standoff', demands: 'demands', rejections: 'rejections', experts: 'experts', next: 'next' }
const directory = 'test/fixtures'
const fixtures = readdirSync(directory).filter((name) => name.endsWith('.md') && name !== 'README.md')

describe.each(fixtures)('fixture %s', (name) => {
  const expected = JSON.parse(readFileSync(`${directory}/${name.replace(/\.md$/, '.expect.json')}`, 'utf8')) as Expectation
  const built = buildFixture(`${directory}/${name}`)
  const { analysis, briefing } = built
  const check = (key: string, title: string, body: () => void) =>
    expected.knownGaps?.[key] ? it.fails(`${title} [known gap: ${expected.knownGaps[key]}]`, body) : it(title, body)
  const textOf = (kind: string) => briefing.slides.flatMap((slide, index) => (slide.kind === kind ? [built.slideText[index]] : [])).join('\n')

  check('parties', 'finds the two parties, the demanding side first', () => {
    // A side may be named by any of its forms ("Britain" for the United Kingdom).
    expect(analysis.parties).toHaveLength(expected.parties.length)
    expected.parties.forEach((party, index) => {
      const found = analysis.parties[index]
      const forms = new Set([found?.name, ...(found?.aliases ?? [])])
      expect(forms.has(party.name) || party.aliases.includes(found?.name ?? ''), `${party.name} vs ${found?.name}`).toBe(true)
    })
  })

  check('sections', 'shows exactly the expected sections, in order', () => {
    const kinds = briefing.slides.map((slide) => slide.kind).filter((kind, index, all) => Object.values(SECTION_KIND).includes(kind) && all.indexOf(kind) === index)
    expect(kinds).toEqual(expected.sections.map((section) => SECTION_KIND[section]))
  })

  check('leaders', 'names each side\'s leader with their role on the standoff slides', () => {
    const standoff = textOf('standoff')
    for (const leader of expected.leaders) {
      const person = analysis.people.find((candidate) => candidate.name === leader.name)
      expect(person, leader.name).toBeDefined()
      expect(`${person?.affiliation} ${person?.role} ${person?.affiliation}`).toContain(leader.role)
      if (expected.sections.includes('standoff') && expected.parties.length === 2) expect(standoff).toContain(leader.name)
    }
  })

  check('positions', 'puts the demands and the rejections on their slides', () => {
    for (const demand of expected.demands) expect(textOf('demands'), demand).toContain(demand)
    for (const rejection of expected.rejections) expect(textOf('rejections'), rejection).toContain(rejection)
  })

  check('experts', 'lists the independent experts with their roles, and no official', () => {
    const experts = textOf('experts')
    for (const expert of expected.experts) {
      expect(experts, expert.name).toContain(expert.name)
      expect(analysis.people.find((person) => person.name === expert.name)?.kind).toBe('expert')
    }
    for (const official of expected.notExperts) {
      expect(experts, official).not.toContain(official)
      expect(analysis.people.find((person) => person.name === official)?.kind, official).not.toBe('expert')
    }
  })

  check('events', 'dates the events, past and upcoming', () => {
    for (const event of expected.events) {
      const found = analysis.events.find((candidate) => candidate.paragraph && candidate.when.toLowerCase().includes(event.when.toLowerCase().replace(/^on /, '')) && (event.place === null || candidate.place === event.place))
      expect(found, `${event.when} ${event.place}`).toBeDefined()
      expect({ date: found?.date, status: found?.status }).toEqual({ date: event.date, status: event.status })
    }
  })

  check('speakers', 'attributes speech to the right people', () => {
    for (const [paragraph, speaker] of Object.entries(expected.speakers)) {
      expect(analysis.paragraphs[Number(paragraph) - 1]?.speaker, `¶${paragraph}`).toBe(speaker)
    }
  })

  check('faithful', 'gives every slide notes, and every bullet a paragraph holding its words', () => {
    for (const slide of built.parsed.slides) expect(slide.note?.trim().length ?? 0).toBeGreaterThan(5)
    const bullets = briefing.slides.flatMap((slide) => [...slide.bullets, ...slide.columns.flatMap((column) => column.bullets), ...slide.timeline.flatMap((entry) => entry.expectations)])
    for (const bullet of bullets) {
      const source = new Set(wordsOf(analysis.article.paragraphs[bullet.paragraph - 1]?.text ?? ''))
      expect(wordsOf(bullet.text).filter((word) => !source.has(word)), bullet.text).toEqual([])
    }
    expect(built.parsed.slides.map((slide) => slide.title)).toEqual(briefing.slides.map((slide) => slide.title))
  })
})
