/**
 * The hostile fixture (test/fixtures/hostile/hostile.md): a talks article
 * whose title, frontmatter, paragraphs, quotes and caption carry everything
 * Slidev, Vue, HTML, KaTeX or YAML would read as syntax. In-process: the deck
 * is read back with Slidev's own parser. test/browser-decks.test.ts opens the
 * same deck in Chromium.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { buildFixture } from './helpers/deck.ts'
import { deckProblems, LAYOUT_OF, noteAsText } from './helpers/deck-contract.ts'
import { frontmatterTitle } from '../scripts/deck/render.ts'

const HOSTILE_FIXTURE = 'test/fixtures/hostile/hostile.md'

interface HostileExpectation {
  parties: string[]
  expert: string
  upcoming: string
  /** Article text that must reach the reader literally, somewhere on the slides or in the notes. */
  literal: string[]
  /** The 300-character "word" of ¶6, as a pattern. */
  longWord: string
}

const expected = JSON.parse(readFileSync(HOSTILE_FIXTURE.replace(/\.md$/, '.expect.json'), 'utf8')) as HostileExpectation
const built = buildFixture(HOSTILE_FIXTURE)
const { briefing, parsed } = built
const notes = parsed.slides.map((slide) => noteAsText(slide.note ?? ''))

describe('the hostile fixture, read back by @slidev/parser', () => {
  it('is still read as a talks article: two parties, officials, an expert, an upcoming meeting', () => {
    expect(built.analysis.parties.map((party) => party.name)).toEqual(expected.parties)
    expect(built.analysis.people.find((person) => person.name === expected.expert)?.kind).toBe('expert')
    expect(built.analysis.events.some((event) => event.status === 'upcoming' && event.date === expected.upcoming)).toBe(true)
    expect(briefing.slides.map((slide) => slide.kind)).toEqual(expect.arrayContaining(['cover', 'standoff', 'demands', 'rejections', 'positions', 'experts', 'next', 'sources']))
  })

  it('gives exactly the slides the briefing meant: same count, titles and layouts', () => {
    expect(parsed.slides.map((slide) => slide.title)).toEqual(briefing.slides.map((slide) => frontmatterTitle(slide.title)))
    expect(parsed.slides.map((slide) => slide.frontmatter.layout)).toEqual(briefing.slides.map((slide) => LAYOUT_OF[slide.kind]))
  })

  it('writes the hostile title into the headmatter without anything Slidev could compile, and no dek there at all', () => {
    // Slidev compiles frontmatter titles (Go-to dialog, <Toc>) and renders `info` as raw HTML.
    const title = parsed.slides[0]?.frontmatter.title as string
    expect(title).toBe(frontmatterTitle(built.analysis.article.meta.title))
    expect(title).not.toMatch(/[{}<>$`]/)
    expect(title).toContain('Japan and South Korea deadlocked')
    expect(parsed.slides[0]?.frontmatter.info).toBeUndefined()
    expect(parsed.slides[0]?.frontmatter.theme).toBe('default')
    expect(parsed.slides[0]?.frontmatter.layout).toBe('cover')
  })

  it('shows the hostile title on the cover exactly, as text', () => {
    expect(built.slideText[0]).toContain(built.analysis.article.meta.title)
  })

  it('gives every slide a note', () => {
    for (const [index, note] of notes.entries()) expect(note.length, `slide ${index + 1}`).toBeGreaterThan(5)
  })

  it('lets no article text act as syntax in any slide\'s content or note', () => {
    expect(deckProblems(parsed, briefing)).toEqual([])
  })

  it('writes no raw hostile token: only their escaped forms', () => {
    const raw = ['{{', '}}', '<script', '<img', '<style', '<!--', '-->', '$x^2$', 'onerror="']
    for (const slide of parsed.slides) {
      for (const token of raw) expect(slide.content, `${slide.title}: ${token}`).not.toContain(token)
    }
    for (const [index, slide] of parsed.slides.entries()) {
      for (const token of ['{{', '<script', '<img', '<style', '<!--', '-->', '$']) expect(slide.note, `note ${index + 1}: ${token}`).not.toContain(token)
    }
    expect(parsed.slides[0]?.content).toContain('&#123;&#123; Object.constructor(&#39;window.__pwned=1&#39;)() &#125;&#125;')
    expect(parsed.slides[0]?.content).toContain('&lt;script&gt;window.__pwned=1&lt;/script&gt;')
  })

  it('shows the hostile text literally, on the slides or in the notes', () => {
    const everything = [...built.slideText, ...notes].join('\n')
    for (const text of expected.literal) expect(everything, text).toContain(text)
    expect(everything).toMatch(new RegExp(expected.longWord))
    expect(built.slideText[0]).toContain(built.analysis.article.meta.title)
  })

  it('reads the photo caption, with its markup, into the sources slide\'s note', () => {
    const sources = notes.at(-1) ?? ''
    expect(sources).toContain(`Photo caption: ${built.analysis.article.meta.photo?.caption}`)
  })
})
