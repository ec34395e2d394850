import { describe, expect, it } from 'vitest'
import { balanceQuotes, bulletCandidates, condenseSentence, MAX_BULLET_WORDS, reportedStatement } from '../../scripts/deck/condense.ts'
import { wordCount } from '../../scripts/text.ts'

const words = (text: string): string[] => text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? []

/** True when every word of `part` appears in `whole`, in the same order. */
function isExtractFrom(part: string, whole: string): boolean {
  const source = words(whole)
  let at = 0
  for (const word of words(part)) {
    at = source.indexOf(word, at)
    if (at === -1) return false
    at += 1
  }
  return true
}

const numbered = (count: number) => Array.from({ length: count }, (_, index) => `w${index + 1}`).join(' ')

const LONG = {
  trailing: 'The Andean trade bloc walked out of the talks in Quito on Tuesday after the Pacific Alliance refused to cut tariffs on copper and soybeans, with both sides blaming each other for the collapse.',
  semicolon: 'Delegates from the Andean trade bloc rejected the proposal on tariffs for copper; they said the Pacific Alliance had ignored every earlier concession made in good faith over months of talks.',
  opener: 'After three long days of bruising and often bitter talks in the coastal city of Valparaiso, the Andean trade bloc said on Friday it would not return to the table this month.',
  quoteOnly: 'The union leader, speaking to a crowd of several thousand striking dockworkers outside the port gates late on Friday evening, said "we will not go back to work until every single demand is met."',
  negated: 'The minister does not expect that "the talks will produce a deal on tariffs, quotas or copper prices this week" according to people familiar with her thinking and remarks.',
  unnegated: 'The minister said that "the talks will produce a deal on tariffs, quotas or copper prices this week" according to people familiar with her thinking and remarks at the dinner.',
  noBreak: 'Officials from both sides met for eleven hours behind closed doors in a conference room at the foreign ministry but emerged without any agreement on the main sticking points of tariffs and quotas.',
  prefer: 'The union wants a 9 percent raise over three years, while the employers association says it can afford at most 4 percent and warns of layoffs at smaller ports.',
}

describe('condenseSentence', () => {
  it('keeps a sentence of 25 words or fewer whole', () => {
    expect(MAX_BULLET_WORDS).toBe(25)
    const sentence = `${numbered(25)}.`
    expect(condenseSentence(sentence)).toBe(sentence)
    expect(condenseSentence('The dockworkers union rejected the offer.')).toBe('The dockworkers union rejected the offer.')
  })

  it('trims surrounding space', () => {
    expect(condenseSentence('  The union rejected the offer.  ')).toBe('The union rejected the offer.')
  })

  it('shortens a sentence of 26 words', () => {
    expect(wordCount(condenseSentence(`${numbered(26)}.`))).toBeLessThanOrEqual(25)
  })

  it('cuts a long sentence before a trailing ", with …" clause', () => {
    expect(condenseSentence(LONG.trailing)).toBe('The Andean trade bloc walked out of the talks in Quito on Tuesday after the Pacific Alliance refused to cut tariffs on copper and soybeans')
  })

  it('cuts a long sentence at a semicolon', () => {
    expect(condenseSentence(LONG.semicolon)).toBe('Delegates from the Andean trade bloc rejected the proposal on tariffs for copper')
  })

  it('never cuts at a semicolon inside brackets', () => {
    const sentence = 'The Tallow mining group has said it is worth up to a third more than the hostile 6.2bn crown (£510m; $640m) bid from its larger rival, which it turned down on Monday after two weeks of talks with its shareholders.'
    const cut = condenseSentence(sentence)
    expect(cut).not.toMatch(/\(£510m$/)
    expect((cut.match(/\(/g) ?? []).length).toBe((cut.match(/\)/g) ?? []).length)
  })

  it('offers the sentence without its bracketed aside when that makes it fit', () => {
    const sentence = 'The Tallow mining group has said it is worth a third more than the hostile 6.2bn crown (£510m; $640m; ¥90bn) bid by its larger rival Orlan.'
    expect(wordCount(sentence)).toBeGreaterThan(MAX_BULLET_WORDS)
    expect(bulletCandidates(sentence)).toContain('The Tallow mining group has said it is worth a third more than the hostile 6.2bn crown bid by its larger rival Orlan.')
  })

  it('drops a long introductory phrase and keeps the main clause', () => {
    expect(condenseSentence(LONG.opener)).toBe('the Andean trade bloc said on Friday it would not return to the table this month.')
  })

  it('prefers the clause that holds the cue it is given', () => {
    expect(condenseSentence(LONG.prefer, 25, /afford/)).toMatch(/afford at most 4 percent/)
    expect(condenseSentence(LONG.prefer, 12)).toBe('The union wants a 9 percent raise over three years')
  })

  it('falls back to the quotation when no clause fits and the lead-in does not negate it', () => {
    expect(condenseSentence(LONG.quoteOnly)).toBe('"we will not go back to work until every single demand is met."')
    expect(condenseSentence(LONG.unnegated)).toBe('"the talks will produce a deal on tariffs, quotas or copper prices this week"')
  })

  it('never gives the quotation alone when its lead-in negates it ("does not expect that")', () => {
    const condensed = condenseSentence(LONG.negated)
    expect(condensed.startsWith('The minister does not expect that')).toBe(true)
    expect(condensed.endsWith('…')).toBe(true)
  })

  it.each(['never thought', "doesn't believe", 'is not sure', 'rejected without saying'])('keeps a negating lead-in ("%s") with the quotation', (leadIn) => {
    const sentence = `The minister ${leadIn} "the talks will produce a deal on tariffs, quotas or copper prices this week" according to people familiar with her thinking and remarks.`
    expect(condenseSentence(sentence).startsWith(`The minister ${leadIn}`)).toBe(true)
  })

  it('cuts to the first words with an ellipsis when nothing else fits, never ending on a preposition', () => {
    const condensed = condenseSentence(LONG.noBreak)
    expect(condensed).toBe('Officials from both sides met for eleven hours behind closed doors in a conference room at the foreign ministry but emerged without any agreement …')
    expect(wordCount(condensed)).toBe(24)
  })

  it('respects a smaller word limit', () => {
    for (const sentence of Object.values(LONG)) expect(wordCount(condenseSentence(sentence, 15))).toBeLessThanOrEqual(15)
  })

  it('never gives more than the word limit and never a word that is not in the sentence, in order', () => {
    const sentences = [...Object.values(LONG), `${numbered(40)}.`, 'A short one.', '"No," she said, "we will not sign this, not now and not ever, whatever the port authority offers us in the coming weeks of talks."']
    for (const sentence of sentences) {
      for (const limit of [8, 15, 25]) {
        const condensed = condenseSentence(sentence, limit)
        expect(wordCount(condensed), `${limit}: ${condensed}`).toBeLessThanOrEqual(limit)
        expect(isExtractFrom(condensed, sentence), `${limit}: ${condensed}`).toBe(true)
      }
    }
  })

  it('never leaves an odd number of straight quote marks', () => {
    for (const sentence of Object.values(LONG)) {
      const count = (condenseSentence(sentence, 12).match(/"/g) ?? []).length
      expect(count % 2).toBe(0)
    }
  })
})

describe('balanceQuotes', () => {
  it('leaves balanced quotation marks alone', () => {
    expect(balanceQuotes('He said "no" twice.')).toBe('He said "no" twice.')
    expect(balanceQuotes('No quotes.')).toBe('No quotes.')
  })

  it('closes a quotation that runs on past the text', () => {
    expect(balanceQuotes('"We are ready.')).toBe('"We are ready."')
    expect(balanceQuotes('he said "we will go')).toBe('he said "we will go"')
  })

  it('opens a quotation that began before the text', () => {
    expect(balanceQuotes('We have waited long enough."')).toBe('"We have waited long enough."')
    expect(balanceQuotes('and nobody wants this," she said.')).toBe('"and nobody wants this," she said.')
  })

  it('pairs the marks from the left, so a closed quotation before an open one is kept as it is', () => {
    expect(balanceQuotes('He called it "a sham" and said "we walk')).toBe('He called it "a sham" and said "we walk"')
  })
})

describe('condenseSentence: the attribution lead-in', () => {
  it('drops "X, a role at Y, said" and keeps the statement, which the bullet attributes beside it', () => {
    const sentence = 'Ines Moreau, director of the Centre for Maritime Policy at the University of Bergen, said the port operators had misjudged how long the dockworkers could hold out without strike pay.'
    expect(condenseSentence(sentence)).toBe('the port operators had misjudged how long the dockworkers could hold out without strike pay.')
  })

  it('never cuts inside "told <audience>": the object of "told" is not the statement', () => {
    const sentence = 'Quist told a separate news conference late on Friday evening in the harbour town that the union would hold out for as long as it took to win a fair deal for its members.'
    expect(condenseSentence(sentence)).toBe('the union would hold out for as long as it took to win a fair deal for its members.')
    const quoted = 'Quist told a separate news conference late on Friday evening: "We had a long and difficult discussion over nearly nine hours with the port operators and their lawyers."'
    expect(condenseSentence(quoted)).toBe('"We had a long and difficult discussion over nearly nine hours with the port operators and their lawyers."')
  })
})

describe('reportedStatement', () => {
  it('hands over after "said" with or without "that", and after "told … that"', () => {
    expect(reportedStatement('Ines Ferrante, the guild secretary, said the offer was an insult.')).toBe('the offer was an insult.')
    expect(reportedStatement('The envoy told reporters on Monday that talks would resume.')).toBe('talks would resume.')
    expect(reportedStatement('The mayor warned that the depot would close.')).toBe('the depot would close.')
  })

  it('does not cut after a verb that took an object: "added a clinic", "stressed the importance of"', () => {
    expect(reportedStatement('The trust, backed by two donors, rebuilt the hall and added a clinic for the village.')).toBeNull()
    expect(reportedStatement('The minister stressed the importance of a quick vote, calling it urgent.')).toBeNull()
  })
})
