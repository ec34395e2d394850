import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { buildDeck } from '../scripts/build.ts'
import { buildFixture, wordsOf } from './helpers/deck.ts'

// The reference article: every expectation here comes from reading it.
const built = buildFixture('source/article.md')
const { analysis, briefing } = built
const titles = briefing.slides.map((slide) => slide.title)
const slidesOf = (kind: string) => briefing.slides.filter((slide) => slide.kind === kind)
const textOf = (kind: string) => slidesOf(kind).map((slide) => built.slideText[briefing.slides.indexOf(slide)]).join('\n')

describe('the reference article (source/article.md)', () => {
  it('parses back with @slidev/parser into exactly the slides the briefing meant', () => {
    expect(built.parsed.slides.map((slide) => slide.title)).toEqual(titles)
  })

  it("has the five sections in order: standoff, the demanding side's position, the response, expert views, next meetings", () => {
    const order = ['The standoff', "Russia's position", "United States' response", 'Expert views', "What's next"].map((title) => titles.indexOf(title))
    expect(order.every((index) => index > 0)).toBe(true)
    expect([...order].sort((a, b) => a - b)).toEqual(order)
  })

  it('opens with a cover and a bottom line of 3–4 bullets, and ends with sources', () => {
    expect(briefing.slides[0]?.kind).toBe('cover')
    expect(briefing.slides[1]?.kind).toBe('summary')
    expect(briefing.slides[1]?.bullets.length).toBeGreaterThanOrEqual(3)
    expect(briefing.slides[1]?.bullets.length).toBeLessThanOrEqual(4)
    expect(briefing.slides.at(-1)?.kind).toBe('sources')
    expect(textOf('cover')).toContain('China Daily')
    expect(textOf('cover')).toContain('Ren Qi')
  })

  it('names both delegation leaders with their roles on the standoff slide', () => {
    const standoff = textOf('standoff')
    expect(standoff).toContain('Wendy Sherman')
    expect(standoff).toContain('Deputy Secretary of State')
    expect(standoff).toContain('Sergey Ryabkov')
    expect(standoff).toContain('Deputy Foreign Minister')
    expect(standoff).toContain('Geneva')
  })

  it("lists Russia's demand for legally binding guarantees against NATO's eastward expansion", () => {
    expect(analysis.parties.map((party) => [party.name, party.stance])).toEqual([['Russia', 'demands'], ['United States', 'responds']])
    expect(textOf('demands')).toMatch(/legally binding guarantees that NATO won't expand/)
  })

  it('gives the US response with "nonstarters" and the open-door policy', () => {
    const response = textOf('rejections')
    expect(response).toContain('nonstarters')
    expect(response).toContain('open-door policy')
  })

  it('holds Yuri Rogulev and Andrey Kortunov with their roles in expert views, and no official', () => {
    const experts = textOf('experts')
    expect(experts).toContain('Yuri Rogulev')
    expect(experts).toContain('Franklin Roosevelt Foundation for US Studies')
    expect(experts).toContain('Andrey Kortunov')
    expect(experts).toContain('Russian International Affairs Council')
    for (const official of ['Sherman', 'Ryabkov', 'Ned Price']) expect(experts).not.toContain(official)
    const kinds = Object.fromEntries(analysis.people.map((person) => [person.name, person.kind]))
    expect(kinds).toMatchObject({ 'Yuri Rogulev': 'expert', 'Andrey Kortunov': 'expert', 'Wendy Sherman': 'party', 'Sergey Ryabkov': 'party', 'Ned Price': 'party' })
  })

  it('dates the NATO-Russia Council in Brussels to Wednesday 12 January and the OSCE council in Vienna to Thursday 13 January, Geneva Monday 10 January as past', () => {
    const events = analysis.events.map(({ date, place, status }) => ({ date, place, status }))
    expect(events).toContainEqual({ date: '2022-01-12', place: 'Brussels', status: 'upcoming' })
    expect(events).toContainEqual({ date: '2022-01-13', place: 'Vienna', status: 'upcoming' })
    expect(events).toContainEqual({ date: '2022-01-10', place: 'Geneva', status: 'past' })
    const next = textOf('next')
    expect(next).toMatch(/Wednesday 12 January 2022.*NATO-Russia Council.*Brussels/)
    expect(next).toMatch(/Thursday 13 January 2022.*Organization for Security and Cooperation in Europe.*Vienna/)
  })

  it('attributes carried speech: "he said" and "He added" go to the last named speaker', () => {
    const speaker = (n: number) => analysis.paragraphs[n - 1]?.speaker
    expect(speaker(9)).toBe('Sergey Ryabkov')
    expect(speaker(13)).toBe('Wendy Sherman')
    expect(speaker(16)).toBe('Yuri Rogulev')
    expect(speaker(22)).toBe('Andrey Kortunov')
  })

  it('gives every slide speaker notes', () => {
    for (const slide of built.parsed.slides) expect(slide.note?.trim().length ?? 0).toBeGreaterThan(20)
  })

  it('cites, on every bullet, a paragraph that contains all its words', () => {
    const paragraphs = analysis.article.paragraphs
    const bullets = briefing.slides.flatMap((slide) => [...slide.bullets, ...slide.columns.flatMap((column) => column.bullets), ...slide.timeline.flatMap((entry) => entry.expectations)])
    expect(bullets.length).toBeGreaterThan(15)
    for (const bullet of bullets) {
      const source = new Set(wordsOf(paragraphs[bullet.paragraph - 1]?.text ?? ''))
      expect(wordsOf(bullet.text).filter((word) => !source.has(word)), `${bullet.text} (¶${bullet.paragraph})`).toEqual([])
    }
  })

  it('keeps slides short: at most 6 bullets of at most 25 words', () => {
    for (const slide of briefing.slides) {
      expect(slide.bullets.length).toBeLessThanOrEqual(6)
      for (const bullet of slide.bullets) expect(bullet.text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length, bullet.text).toBeLessThanOrEqual(25)
    }
  })

  it('builds a byte-identical deck from the same source', () => {
    const source = readFileSync('source/article.md', 'utf8')
    expect(buildDeck(source, 'source/article.md').deck).toBe(built.deck)
  })
})
