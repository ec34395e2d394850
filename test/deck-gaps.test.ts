/**
 * The deck gaps G1–G7 of the project's reading-gaps notes, on our own
 * fixtures (test/fixtures/deck/): what is not the story stays out of the
 * bullets, bullets stand on their own, a bidder is not titled as the
 * responder, a question put to a speaker is not their quote, people cards
 * show who speaks for a side, and a long feature gets a short deck.
 * (G5, timeline labels, belongs to the timeline's own tests.)
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { buildDeck } from '../scripts/build.ts'
import { bulletProblems } from '../scripts/deck/lint.ts'
import type { Briefing, Bullet } from '../scripts/types.ts'

const source = (name: string) => readFileSync(`test/fixtures/deck/${name}.md`, 'utf8')
const build = (name: string, markdown = source(name)) => buildDeck(markdown, `test/fixtures/deck/${name}.md`)
const bulletsOf = (briefing: Briefing): Bullet[] => briefing.slides.flatMap((slide) => [...slide.bullets, ...slide.columns.flatMap((column) => column.bullets)])

describe('G1: photos, captions, credits, datelines and boxes are not the story', () => {
  const trawlers = build('harbour-bullets')
  const feature = build('photo-feature')

  it('numbers only story paragraphs: the lede after a photo and its caption is ¶1', () => {
    expect(trawlers.analysis.article.paragraphs[0]?.text).toMatch(/^VESSBY \(Harbour Wire\) — Talks between Lindaria and Ostmark/)
    expect(trawlers.analysis.article.paragraphs).toHaveLength(10)
    expect(feature.analysis.article.paragraphs).toHaveLength(19)
    expect(feature.analysis.article.paragraphs.some((paragraph) => /Photo:|Read more|Reporting by|^Hundreds of volunteers repainted Corrowick/.test(paragraph.text))).toBe(false)
  })

  it('keeps each block in its place, by kind', () => {
    const kinds = (feature.analysis.article.furniture ?? []).map((item) => item.kind)
    expect(kinds.filter((kind) => kind === 'image')).toHaveLength(15)
    expect(kinds.filter((kind) => kind === 'caption')).toHaveLength(15)
    expect(kinds).toEqual(expect.arrayContaining(['key-points', 'read-more', 'credit']))
    expect(trawlers.analysis.article.furniture?.map((item) => [item.kind, item.after])).toEqual([['image', 0], ['caption', 0]])
  })

  it('never shows alt text, a caption or a dateline as a bullet, nor leads the bottom line with one', () => {
    for (const built of [trawlers, feature]) {
      for (const bullet of bulletsOf(built.briefing)) {
        expect(bullet.text).not.toMatch(/Trawlers tied up|Volunteers repainting|Photo:|^[A-Z]{3,} \(|Reporting by/)
      }
    }
    expect(trawlers.briefing.slides[1]?.bullets[0]?.text).toMatch(/^Talks between Lindaria and Ostmark broke down/)
  })

  it('puts the photo on the sources slide and reads the outlet and author under the names people use', () => {
    const sources = (built: typeof trawlers) => Object.fromEntries(built.briefing.slides.at(-1)?.facts.map((fact) => [fact.label, fact.value]) ?? [])
    expect(sources(trawlers)).toMatchObject({ Outlet: 'The Harbour Ledger', Photo: 'Staff' })
    expect(sources(feature)).toMatchObject({ Outlet: 'The Coastline Courier', Author: 'Mira Ellison', Photo: 'Ilse Varnholt' })
  })
})

describe('G2: bullets stand on their own', () => {
  const built = build('harbour-bullets')
  it('every bullet passes the deck lint: a verb, no dangling opening or ending, balanced quotes', () => {
    for (const bullet of bulletsOf(built.briefing)) expect(bulletProblems(bullet), bullet.text).toEqual([])
  })
  it('shows no lone participle, no "It …" whose referent is elsewhere, no cut that lost its main verb', () => {
    const texts = bulletsOf(built.briefing).map((bullet) => bullet.text)
    expect(texts).not.toContain('Ostmark refusing.')
    expect(texts.some((text) => /^It\b/.test(text))).toBe(false)
    expect(texts.some((text) => /^the Ostmark delegation that/.test(text))).toBe(false)
  })
})

describe('G3: a side that made the offer is never titled as the responder', () => {
  it('titles the bidder\'s slide by its position when a correction makes the target the demanding side', () => {
    const swapped = source('bid-response').replace('date: 2031-04-02\n', 'date: 2031-04-02\nbriefing:\n  sides:\n    demands: Mellin Group\n    responds: Quarrow Holdings\n')
    const titles = build('bid-response', swapped).briefing.slides.map((slide) => slide.title)
    expect(titles).not.toContain("Quarrow Holdings' response")
    expect(titles).toContain("Quarrow Holdings' position")
  })
  it('keeps "response" for the side that answers the offer', () => {
    const titles = build('bid-response').briefing.slides.map((slide) => slide.title)
    expect(titles).not.toContain("Quarrow Holdings' response")
  })
})

describe('G4: a question put to a speaker is not the speaker\'s words', () => {
  const built = build('harbour-bullets')
  it('neither the pull quote nor any bullet is the reporter\'s question', () => {
    for (const bullet of bulletsOf(built.briefing)) expect(bullet.text).not.toMatch(/^"?a collapse of the entire fisheries accord/)
    const quote = built.briefing.slides.find((slide) => slide.kind === 'quote')
    expect(quote?.bullets[0]?.text ?? '').not.toContain('a collapse of the entire fisheries accord')
  })
  it('shows the answer instead', () => {
    expect(bulletsOf(built.briefing).map((bullet) => bullet.text)).toContain('Prime Minister Ilmar Sten of Ostmark said Ostmark would not give in to pressure.')
  })
})

describe('G6: people cards show who speaks for each side, most senior first', () => {
  const built = build('harbour-bullets')
  const cards = built.briefing.slides.find((slide) => slide.kind === 'standoff')?.people ?? []
  it('never shows someone the story is only about (a rescued skipper) as a side\'s card', () => {
    expect(cards.map((card) => card.name)).not.toContain('Greta Major')
    for (const card of cards) expect(card.role ?? '').not.toMatch(/^and\b/)
  })
  it('orders a side\'s cards by rank: the prime minister before the negotiator', () => {
    const ostmark = cards.filter((card) => card.side === 'Ostmark').map((card) => card.name)
    expect(ostmark).toEqual(['Ilmar Sten', 'Arvo Pent'])
    expect(cards.find((card) => card.side === 'Lindaria')?.name).toBe('Rasa Kolbe')
  })
  it('colours each card by its side, as the two positions\' columns are, not by its place in the row', () => {
    const positions = built.briefing.slides.find((slide) => slide.kind === 'positions')
    const [left, right] = positions?.columns.map((column) => column.party) ?? []
    expect(cards.length).toBeGreaterThan(2)
    for (const card of cards) expect(card.tone).toBe(card.side === left ? 'a' : card.side === right ? 'b' : null)
    expect(new Set(cards.filter((card) => card.side === 'Ostmark').map((card) => card.tone)).size).toBe(1)
  })
})

describe('G7: a long feature with many photos gets a short deck', () => {
  const built = build('photo-feature')
  it('stays within twelve slides, with one slide of key points, not every block in order', () => {
    expect(built.briefing.slides.length).toBeLessThanOrEqual(12)
    const keyPoints = built.briefing.slides.filter((slide) => slide.kind === 'standoff')
    expect(keyPoints.map((slide) => slide.title)).toEqual(['Key points'])
    expect(keyPoints[0]?.bullets.length).toBeLessThanOrEqual(5)
  })
  it('names the people quoted and the expert', () => {
    const slides = built.briefing.slides
    expect(slides.find((slide) => slide.kind === 'standoff')?.people.map((card) => card.name)).toContain('Hanne Solvik')
    expect(slides.find((slide) => slide.kind === 'experts')?.people.map((card) => card.name)).toEqual(['Teodor Brask'])
  })
})
