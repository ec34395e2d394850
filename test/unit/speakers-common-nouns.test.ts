import { describe, expect, it } from 'vitest'
import { annotate } from '../../scripts/analyse/annotate.ts'
import { findPeople } from '../../scripts/analyse/people.ts'
import { attributeSpeech } from '../../scripts/analyse/speakers.ts'
import { findSpeechCues } from '../../scripts/analyse/speech-cues.ts'
import type { Party } from '../../scripts/types.ts'

// Speakers a statement-heavy story names only by a common noun or after a
// closing quotation (issue 10): each sentence is our own, with invented names.

const SIDES: Party[] = [
  { name: 'Ostmark', aliases: ['Ostmark'], stance: 'demands', reason: '' },
  { name: 'Velland', aliases: ['Velland'], stance: 'responds', reason: '' },
]

function speakers(...paragraphs: string[]): Array<string | null> {
  const doc = annotate(paragraphs.map((text, index) => ({ n: index + 1, text, line: index + 1, subhead: null })))
  const cues = findSpeechCues(doc)
  return attributeSpeech(doc, findPeople(doc, cues, SIDES), cues).map((attribution) => attribution.speaker)
}

describe('speakers named by a common noun', () => {
  it('reads a body by its common noun ("the company said in a filing")', () => {
    expect(speakers('"It would be reckless to sign the merger now," the company said in a regulatory filing.')).toEqual(['the company'])
  })
  it('reads people met only by what they are ("one man said", "the physicians stated")', () => {
    expect(speakers('"I can\'t give in to that," one man said on the video.')).toEqual(['one man'])
    expect(speakers('"We write with urgency," the physicians stated in the letter.')).toEqual(['the physicians'])
  })
})

describe('a common-noun holder needs a finite verb that only reports', () => {
  it('leaves an absolute "with the pilots insisting" to the narration', () => {
    expect(speakers('The two sides stayed apart, with the pilots insisting on a cap of four night shifts.')).toEqual([null])
  })
  it('leaves a body\'s act to the narration ("the board rejected what Roe called an offer")', () => {
    expect(speakers('The board rejected what Mayor Ilse Marken called a fair offer.')).toEqual(['Ilse Marken'])
  })
  it('keeps a transcript turn its labelled speaker\'s when a group is reported in it', () => {
    expect(speakers('Governor Alma Rusk spoke to Senator Jon Fell on Sunday.', 'RUSK: Well, look, the port stays open.', 'FELL: But the pilots say otherwise.')).toEqual([null, 'Alma Rusk', 'Jon Fell'])
  })
})

describe('speech cues after a quotation', () => {
  it('reads a text\'s "read" right after its quotation', () => {
    expect(speakers('"We were shocked to see the claims," the statement read.')).toEqual(['the statement'])
  })
  it('leaves "read" elsewhere to its plain sense', () => {
    expect(speakers('The minister read the report on Monday.')).toEqual([null])
  })
  it('ends an inverted speaker at "when" ("said Jane Roe when asked")', () => {
    expect(speakers('"There is no reason for a lawsuit," said Arvid Kessel when we asked him about the cases.')).toEqual(['Arvid Kessel'])
  })
})
