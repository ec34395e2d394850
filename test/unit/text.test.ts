import { describe, expect, it } from 'vitest'
import { containsWords, narrationOf, quotationsOf, startsInQuote, wordCount } from '../../scripts/text.ts'

describe('narrationOf', () => {
  it('blanks quoted speech, keeping the sentence length so offsets still line up', () => {
    const sentence = 'The union said "we demand more" on Monday.'
    const narration = narrationOf(sentence)
    expect(narration).toHaveLength(sentence.length)
    expect(narration).toBe('The union said                  on Monday.')
  })

  it('blanks curly quotations too', () => {
    expect(narrationOf('x “we reject it” y')).toBe('x                y')
  })

  it('leaves a sentence with no quotation unchanged', () => {
    expect(narrationOf('The bloc rejected the tariff plan.')).toBe('The bloc rejected the tariff plan.')
  })

  it('blanks from the start to a lone closing quote when the sentence begins inside a quotation', () => {
    expect(narrationOf('Not now," he said.')).toBe('          he said.')
    expect(narrationOf('no more.” Then said he')).toBe('          Then said he')
  })

  it('blanks from a lone opening quote to the end when the quotation runs on into the next sentence', () => {
    expect(narrationOf('he said “we will not go.')).toBe('he said                 ')
    expect(narrationOf('"We are ready. ')).toBe(' '.repeat(15))
  })
})

describe('startsInQuote', () => {
  it('is true for a sentence that closes a quotation it did not open', () => {
    expect(startsInQuote('Not now," he said.')).toBe(true)
    expect(startsInQuote('no more.” Then he left.')).toBe(true)
  })

  it('is false for balanced quotations and for a sentence that opens one', () => {
    expect(startsInQuote('He said "we said no" today.')).toBe(false)
    expect(startsInQuote('“Open” and “close”')).toBe(false)
    expect(startsInQuote('"We are ready.')).toBe(false)
    expect(startsInQuote('No quotation at all.')).toBe(false)
  })
})

describe('quotationsOf', () => {
  it('gives each quoted passage without its marks, straight or curly, in order', () => {
    expect(quotationsOf('She called it "unfair" and “a trap”.')).toEqual(['unfair', 'a trap'])
  })

  it('drops empty quotations and gives nothing without quotes', () => {
    expect(quotationsOf('An empty "" pair.')).toEqual([])
    expect(quotationsOf('No quotes here.')).toEqual([])
  })

  it('trims space inside the marks', () => {
    expect(quotationsOf('He said " we walk out " loudly.')).toEqual(['we walk out'])
  })
})

describe('containsWords', () => {
  it('matches whole words only', () => {
    expect(containsWords('the union said', 'union')).toBe(true)
    expect(containsWords('the unionised staff', 'union')).toBe(false)
    expect(containsWords('reunion dinner', 'union')).toBe(false)
  })

  it('treats hyphens and punctuation as word boundaries', () => {
    expect(containsWords('EU-UK talks', 'EU')).toBe(true)
    expect(containsWords('(NDU)', 'NDU')).toBe(true)
  })

  it('matches phrases with regex characters literally', () => {
    expect(containsWords('the U.S. side', 'U.S.')).toBe(true)
    expect(containsWords('the UxSx side', 'U.S.')).toBe(false)
  })
})

describe('wordCount', () => {
  it('counts words separated by any whitespace', () => {
    expect(wordCount('one two  three\nfour')).toBe(4)
  })

  it('does not count punctuation or dashes standing alone', () => {
    expect(wordCount('a , b — c …')).toBe(3)
  })

  it('counts numbers as words', () => {
    expect(wordCount('24 percent over 3 years')).toBe(5)
  })

  it('is 0 for empty or blank text', () => {
    expect(wordCount('')).toBe(0)
    expect(wordCount('   ')).toBe(0)
  })

  it('reads letters and spaces past ASCII: accents, other scripts, letters beyond the BMP, no-break spaces', () => {
    expect(wordCount('Ménard\u00a0said «\u00a0non\u00a0» — 東京 ·')).toBe(4)
    expect(wordCount('𝐀𝐁 \u{1F600} x\u2003y')).toBe(3)
  })

  it('counts as the whole-word pattern it replaced does, on every kind of character', () => {
    const pattern = /\S*[\p{L}\p{N}]\S*/gu
    const alphabet = ['a', 'Z', '7', ' ', '\n', '\t', '\u00a0', '\u2009', '\u3000', '\ufeff', '—', '…', ',', 'é', 'ß', '٣', '東', '𝐀', '\u{1F600}', '\ud800', '\udc00', "'", '-']
    // A fixed sequence (no Math.random): the test reads the same strings on every run.
    let seed = 7
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648)
    for (let sample = 0; sample < 400; sample += 1) {
      let text = ''
      const length = next() % 30
      for (let i = 0; i < length; i += 1) text += alphabet[next() % alphabet.length]
      expect(wordCount(text), JSON.stringify(text)).toBe((text.match(pattern) ?? []).length)
    }
  })
})
