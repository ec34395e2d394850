import { describe, expect, it } from 'vitest'
import { buildDeck } from '../../scripts/build.ts'

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
