import { describe, expect, it } from 'vitest'
import { attributeSentences } from '../../scripts/analyse/attribution.ts'
import { splitSentences } from '../../scripts/analyse/sentences.ts'
import type { Person, Sentence } from '../../scripts/types.ts'

function person(name: string, kind: Person['kind'], role: string | null, paragraph = 1): Person {
  return { name, role, affiliation: null, kind, party: null, mentions: [name, name.split(' ').at(-1) as string], paragraph, reason: '' }
}

const PEOPLE = [
  person('Mara Quist', 'party', 'general secretary'),
  person('Tomas Berg', 'expert', 'economist'),
  person('Sven Dahl', 'party', 'chief negotiator'),
]

/** [paragraph, sentence, speaker] for each sentence of the paragraphs. */
function speakersOf(paragraphs: string[], people: Person[] = PEOPLE): Array<[number, number, string | null]> {
  return attributionsOf(paragraphs, people).map((item) => [item.paragraph, item.sentence, item.speaker])
}

function attributionsOf(paragraphs: string[], people: Person[] = PEOPLE) {
  const sentences: Sentence[] = paragraphs.flatMap((text, index) => splitSentences(text).map((sentence, at) => ({ paragraph: index + 1, index: at, text: sentence })))
  return attributeSentences(sentences, people)
}

function speakerOf(sentence: string, people: Person[] = PEOPLE): string | null {
  const [only] = attributionsOf([sentence], people)
  return only?.speaker ?? null
}

describe('attributeSentences: named speakers', () => {
  it('reads "X said"', () => {
    const [attribution] = attributionsOf(['Mara Quist said the union would strike.'])
    expect(attribution?.speaker).toBe('Mara Quist')
    expect(attribution?.reason).toContain('said')
  })

  it('reads a surname alone ("Quist said")', () => {
    expect(speakerOf('"We will strike," Quist said.')).toBe('Mara Quist')
  })

  it('reads a quotation first, then "said X"', () => {
    expect(speakerOf('"We will strike," said Mara Quist.')).toBe('Mara Quist')
    expect(speakerOf('“We will strike,” said Mara Quist.')).toBe('Mara Quist')
  })

  it('reads "according to X" before or after the clause', () => {
    expect(speakerOf('According to Tomas Berg, the gap is wide.')).toBe('Tomas Berg')
    expect(speakerOf('The gap is wide, according to Tomas Berg.')).toBe('Tomas Berg')
  })

  it('reads an appositive between the name and the verb', () => {
    expect(speakerOf('Tomas Berg, an economist at Halden University, said the offer was poor.')).toBe('Tomas Berg')
  })

  it('reads other speech verbs ("told", "added", "wrote", "warned")', () => {
    for (const verb of ['told reporters', 'added', 'wrote', 'warned']) {
      expect(speakerOf(`Sven Dahl ${verb} that the offer was poor.`)).toBe('Sven Dahl')
    }
  })

  it('takes the speaker outside the quotation, not a name quoted inside it', () => {
    expect(speakerOf('"Quist said we would fold," Tomas Berg said.')).toBe('Tomas Berg')
  })

  it('takes the subject of "X said Y was wrong", not the person talked about', () => {
    expect(speakerOf('Mara Quist said Tomas Berg was wrong.')).toBe('Mara Quist')
  })

  it('reads "said the <role>" as the last person with that role', () => {
    const [attribution] = attributionsOf(['"The offer is fair," said the economist.'])
    expect(attribution?.speaker).toBe('Tomas Berg')
    expect(attribution?.reason).toContain('refers back to Tomas Berg')
  })
})

describe('attributeSentences: carried speakers', () => {
  it('gives "he said" the last named speaker', () => {
    expect(speakersOf(['"They said no," Berg added. "We said no too," he said.'])).toEqual([[1, 0, 'Tomas Berg'], [1, 1, 'Tomas Berg']])
  })

  it('carries the last speaker across paragraphs ("She added" opening the next paragraph)', () => {
    const attributions = attributionsOf(['Mara Quist said the union was ready.', 'She added that a strike was likely.'])
    expect(attributions[1]?.speaker).toBe('Mara Quist')
    expect(attributions[1]?.reason).toContain('carries the last named speaker, Mara Quist')
  })

  it('carries the last speaker over a sentence in the article\'s own voice', () => {
    expect(speakersOf(['Mara Quist said so.', 'Nothing else happened.', 'He said more.'])).toEqual([[1, 0, 'Mara Quist'], [2, 0, null], [3, 0, 'Mara Quist']])
  })

  it('gives a quotation-only sentence the speaker of the sentence before it', () => {
    const attributions = attributionsOf(['"We are ready," Mara Quist said. "We have waited long enough."'])
    expect(attributions.map((item) => item.speaker)).toEqual(['Mara Quist', 'Mara Quist'])
    expect(attributions[1]?.reason).toBe('continues the quotation of Mara Quist')
  })

  it('continues a quotation at the start of the next paragraph', () => {
    expect(speakersOf(['"We are ready," Mara Quist said.', '"We have waited long enough."'])).toEqual([[1, 0, 'Mara Quist'], [2, 0, 'Mara Quist']])
  })

  it('continues the most recent speaker, not the first one', () => {
    expect(speakersOf(['"We are ready," Mara Quist said.', 'Tomas Berg, an economist, said a deal was close.', '"It is close."'])).toEqual([
      [1, 0, 'Mara Quist'], [2, 0, 'Tomas Berg'], [3, 0, 'Tomas Berg'],
    ])
  })

  it('does not give a quotation-only sentence a speaker when the sentence before is the article\'s own voice', () => {
    expect(speakersOf(['Quist said the offer was poor.', 'The port stayed open.', '"Nobody wants this."'])).toEqual([[1, 0, 'Mara Quist'], [2, 0, null], [3, 0, null]])
  })
})

describe('attributeSentences: unnamed sources and the article\'s voice', () => {
  it('names an unnamed source by its description', () => {
    expect(speakerOf('A spokeswoman for the Ministry of Transport said the port would stay open.')).toBe('A spokeswoman for the Ministry of Transport')
    expect(speakerOf('According to the ministry, the port will stay open.')).toBe('the ministry')
    expect(speakerOf('In a statement, the union said it would strike.')).toBe('the union')
  })

  it('gives a sentence with no speech verb to the article (speaker null)', () => {
    const [attribution] = attributionsOf(['Mara Quist met Tomas Berg on Monday.'])
    expect(attribution?.speaker).toBeNull()
    expect(attribution?.reason).toMatch(/own voice/)
  })

  it('does not read a speech verb inside a quotation as an attribution', () => {
    expect(speakerOf('The banner read "Quist said no".')).toBeNull()
  })

  it('gives one attribution per sentence, numbered like the sentences', () => {
    const attributions = attributionsOf(['One. Two.', 'Three.'])
    expect(attributions.map((item) => [item.paragraph, item.sentence])).toEqual([[1, 0], [1, 1], [2, 0]])
  })

  it('gives nothing for no sentences', () => {
    expect(attributeSentences([], PEOPLE)).toEqual([])
  })
})
