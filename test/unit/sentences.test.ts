import { describe, expect, it } from 'vitest'
import { sentencesOf, splitSentences } from '../../scripts/analyse/sentences.ts'
import type { Paragraph } from '../../scripts/types.ts'

describe('splitSentences', () => {
  it('splits plain prose at full stops, question marks and exclamation marks', () => {
    expect(splitSentences('The dockers walked out. Would the port close? Nobody knew!')).toEqual([
      'The dockers walked out.',
      'Would the port close?',
      'Nobody knew!',
    ])
  })

  it('gives nothing for empty text and one sentence for text without a full stop', () => {
    expect(splitSentences('')).toEqual([])
    expect(splitSentences('Talks go on')).toEqual(['Talks go on'])
  })

  it('trims the space between sentences', () => {
    for (const sentence of splitSentences('One point.   Two points.  ')) expect(sentence).toBe(sentence.trim())
  })

  it.each([
    ['Mr. Okafor arrived. Dr. Haldane left.', ['Mr. Okafor arrived.', 'Dr. Haldane left.']],
    ['Sen. Alma Reyes spoke. She left early.', ['Sen. Alma Reyes spoke.', 'She left early.']],
    ['Gov. Ortiz, Rep. Lin and Prof. Sato met. They agreed.', ['Gov. Ortiz, Rep. Lin and Prof. Sato met.', 'They agreed.']],
    ['Lt. Col. Dana Price arrived. She spoke.', ['Lt. Col. Dana Price arrived.', 'She spoke.']],
    ['Capt. Ng met Cmdr. Hale at noon. They talked.', ['Capt. Ng met Cmdr. Hale at noon.', 'They talked.']],
    ['The depot is in St. Albans. It opens soon.', ['The depot is in St. Albans.', 'It opens soon.']],
  ])('does not split after a title abbreviation: %s', (text, expected) => {
    expect(splitSentences(text)).toEqual(expected)
  })

  it('does not split after an initial in a name ("John F. Kennedy", "A. B. Carter")', () => {
    expect(splitSentences('The John F. Kennedy terminal closed. Ships waited.')).toEqual(['The John F. Kennedy terminal closed.', 'Ships waited.'])
    expect(splitSentences('A. B. Carter left the room. Then talks resumed.')).toEqual(['A. B. Carter left the room.', 'Then talks resumed.'])
  })

  it('does not split after a month abbreviation before a day number ("Jan. 5", "Sept. 3")', () => {
    expect(splitSentences('The strike began Jan. 5 in Gdansk. It ended later.')).toEqual(['The strike began Jan. 5 in Gdansk.', 'It ended later.'])
    expect(splitSentences('Dec. 12 is the deadline. Sept. 3 was the start.')).toEqual(['Dec. 12 is the deadline.', 'Sept. 3 was the start.'])
  })

  it('splits after a month abbreviation that ends a sentence ("in Jan. Delegates …")', () => {
    expect(splitSentences('Talks resumed in Jan. Delegates were tired.')).toEqual(['Talks resumed in Jan.', 'Delegates were tired.'])
  })

  it('keeps "3 p.m." inside its sentence and splits after it when a new sentence starts', () => {
    expect(splitSentences('The vote is at 3 p.m. on Friday. Delegates will attend.')).toEqual(['The vote is at 3 p.m. on Friday.', 'Delegates will attend.'])
    expect(splitSentences('The vote is at 3 p.m. Delegates will attend.')).toEqual(['The vote is at 3 p.m.', 'Delegates will attend.'])
  })

  it('keeps company suffixes and "No." when the sentence goes on in lower case', () => {
    expect(splitSentences('Maersk Ltd. said volumes fell. It was gloomy.')).toEqual(['Maersk Ltd. said volumes fell.', 'It was gloomy.'])
    expect(splitSentences('It was item No. 5 on the list. Another followed.')).toEqual(['It was item No. 5 on the list.', 'Another followed.'])
  })

  it('keeps a decimal number and an abbreviation like "U.S." inside the sentence', () => {
    expect(splitSentences('Wages rose 2.5 percent. Dockers struck.')).toEqual(['Wages rose 2.5 percent.', 'Dockers struck.'])
    expect(splitSentences('The U.S. delegation arrived. It was late.')).toEqual(['The U.S. delegation arrived.', 'It was late.'])
  })

  it('keeps a quotation with its attribution in one sentence (straight and curly quotes)', () => {
    expect(splitSentences('"We will not back down," said Ana Vidal. The union agreed.')).toEqual(['"We will not back down," said Ana Vidal.', 'The union agreed.'])
    expect(splitSentences('“We will not back down,” said Ana Vidal. The union agreed.')).toEqual(['“We will not back down,” said Ana Vidal.', 'The union agreed.'])
  })

  it('keeps a quotation whose full stop sits inside the quote marks', () => {
    expect(splitSentences('She called the offer "an insult." The talks ended.')).toEqual(['She called the offer "an insult."', 'The talks ended.'])
  })

  it('never loses or reorders text: the sentences joined give the paragraph back', () => {
    const text = 'Mr. Vold met Dr. Arnason on Jan. 5 at 3 p.m. in Bergen. "No deal," said Sen. Reyes. The bloc, led by John F. Kennedy Jr., walked out!'
    expect(splitSentences(text).join(' ')).toBe(text)
  })
})

describe('sentencesOf', () => {
  const paragraph = (n: number, text: string): Paragraph => ({ n, text, line: n * 2, subhead: null })

  it('numbers sentences from 0 within each paragraph and keeps the paragraph number', () => {
    expect(sentencesOf([paragraph(1, 'A one. A two.'), paragraph(2, 'B one.')])).toEqual([
      { paragraph: 1, index: 0, text: 'A one.' },
      { paragraph: 1, index: 1, text: 'A two.' },
      { paragraph: 2, index: 0, text: 'B one.' },
    ])
  })

  it('gives nothing for no paragraphs', () => {
    expect(sentencesOf([])).toEqual([])
  })
})
