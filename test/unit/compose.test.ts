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

  it('spreads a long section evenly over as few slides as hold it: 9 points are 5 and 4, not 6 and 3', () => {
    const pages = buildDeck(story(9), 'festival.md').briefing.slides.filter((slide) => slide.kind === 'standoff').map((slide) => slide.bullets.length)
    expect(pages).toEqual([5, 4])
  })
})
