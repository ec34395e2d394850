import { describe, expect, it } from 'vitest'
import { buildDeck } from '../../scripts/build.ts'
import { longDate } from '../../scripts/deck/compose.ts'

const paragraphs = (count: number) =>
  Array.from({ length: count }, (_, index) => `The harbour festival's stage ${index + 1} opened to visitors, organisers said.`).join('\n\n')

const story = (count: number) => `---\ntitle: "Harbour festival opens"\ndate: 2025-06-14\n---\n\n# Harbour festival opens\n\n${paragraphs(count)}\n`

describe('composeBriefing outside the genre', () => {
  it('calls the overview of a story with no two sides "Key points", not "The standoff"', () => {
    const titles = buildDeck(story(4), 'festival.md').briefing.slides.map((slide) => slide.title)
    expect(titles).toContain('Key points')
    expect(titles.some((title) => title.includes('standoff'))).toBe(false)
    expect(titles.some((title) => /demands|response|Expert|next/.test(title))).toBe(false)
  })

  it('keeps the key points of a long story on one slide and reads the rest out in the sources slide\'s notes', () => {
    const slides = buildDeck(story(30), 'festival.md').briefing.slides
    expect(slides.filter((slide) => slide.kind === 'standoff').map((slide) => slide.bullets.length)).toEqual([5])
    const cited = new Set(slides.flatMap((slide) => slide.sources.map((source) => source.paragraph)))
    expect(cited.size).toBe(30)
    expect(slides.at(-1)?.lead).toMatch(/Also in the article, not on the slides: ¶/)
  })
})

describe('composeBriefing: each side\'s slide holds its own clauses', () => {
  const article = `---\ntitle: "Corvane Rail Union rejects Dellmont Freight pay offer"\ndate: 2031-04-09\n---\n\n# Corvane Rail Union rejects Dellmont Freight pay offer

Talks between the Corvane Rail Union and Dellmont Freight broke down on Monday over pay.

Dellmont Freight chief Oren Talby said the company wants the union to accept longer night rotas.

Talby said the company would not accept any settlement imposed by an outside arbitrator.

Union secretary Ilka Varro said the union rejected the freeze as an insult to its members.
`
  const slides = buildDeck(article, 'rail.md').briefing.slides
  const bulletsOn = (title: string) => slides.filter((slide) => slide.title.startsWith(title)).flatMap((slide) => slide.bullets.map((bullet) => bullet.paragraph))

  it('puts a demanding side\'s refusal on its own slide, titled its position, never on the other side\'s response', () => {
    expect(slides.map((slide) => slide.title)).toContain("Dellmont Freight's position")
    expect(bulletsOn("Dellmont Freight's position")).toContain(3)
    expect(bulletsOn("Corvane Rail Union's response")).not.toContain(3)
    expect(bulletsOn("Corvane Rail Union's response")).toContain(4)
  })

  it('shows a sentence that both asks and refuses once', () => {
    const both = article.replace('Talby said the company would not accept any settlement imposed by an outside arbitrator.', 'Talby said the company wants longer rotas and would not accept any settlement imposed by an arbitrator.')
    const texts = buildDeck(both, 'rail.md').briefing.slides.filter((slide) => slide.title.startsWith('Dellmont Freight')).flatMap((slide) => slide.bullets.map((bullet) => bullet.text))
    expect(texts.length).toBeGreaterThan(0)
    expect(new Set(texts).size).toBe(texts.length)
  })
})

describe('longDate', () => {
  it('writes a calendar date as weekday, day, month and year', () => {
    expect(longDate('2022-01-12')).toBe('Wednesday 12 January 2022')
    expect(longDate('2024-02-29')).toBe('Thursday 29 February 2024')
  })

  it('agrees with the en-GB long date on every day of several years', () => {
    const intl = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
    for (let time = Date.UTC(1999, 0, 1, 12); time < Date.UTC(2031, 0, 1); time += 86_400_000 * 3) {
      const iso = new Date(time).toISOString().slice(0, 10)
      expect(longDate(iso)).toBe(intl.format(new Date(time)).replace(',', ''))
    }
  })
})
