import { describe, expect, it } from 'vitest'
import { annotate } from '../../scripts/analyse/annotate.ts'
import { findPeople } from '../../scripts/analyse/people.ts'
import { attributeSpeech } from '../../scripts/analyse/speakers.ts'
import { findSpeechCues } from '../../scripts/analyse/speech-cues.ts'
import { readArticle } from '../../scripts/read.ts'
import type { Party } from '../../scripts/types.ts'

const SIDES: Party[] = [
  { name: 'Ostmark', aliases: ['Ostmark'], stance: 'demands', reason: '' },
  { name: 'Velland', aliases: ['Velland'], stance: 'responds', reason: '' },
]

/** The article read and annotated, with the first sentence's attribution. */
function lede(markdown: string) {
  const article = readArticle(markdown, 'lede.md')
  const doc = annotate(article.paragraphs)
  const cues = findSpeechCues(doc)
  const attribution = attributeSpeech(doc, findPeople(doc, cues, SIDES), cues)[0]
  return { doc, attribution }
}

describe('the dateline is no word of the lede', () => {
  it('a city in capitals joins no name and is not part of who spoke', () => {
    const { doc, attribution } = lede('# Talks\n\nVESSBY Ostmark said on Monday that Velland had ignored its offer of talks.\n\nVelland made no reply.\n')
    expect(doc.names.map((name) => name.text)).not.toContain('VESSBY Ostmark')
    expect(attribution?.speaker).toBe('Ostmark')
  })
  it('a dashed dateline and agency are left out of an organisation that speaks', () => {
    const { attribution } = lede('# Talks\n\nPORT ELLEN (Harbour Wire) — The Ostmark Ferry Board said on Monday it would not raise fares.\n')
    expect(attribution?.speaker).toMatch(/Ostmark Ferry Board/)
    expect(attribution?.speaker ?? '').not.toMatch(/PORT|ELLEN|Wire/)
  })
})
