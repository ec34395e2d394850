import { describe, expect, it } from 'vitest'
import { analyseArticle } from '../../scripts/analyse/analyse.ts'
import { readArticle } from '../../scripts/read.ts'

// Grammatical patterns of demands and refusals that the frames used to miss
// (issue 10), each in an article of our own with invented names: a lede that
// sets up the two sides, then one paragraph per pattern.

function read(title: string, body: string) {
  const markdown = `---\ntitle: "${title}"\ndate: 2031-05-14\n---\n\n# ${title}\n\n${body.trim()}\n`
  return analyseArticle(readArticle(markdown, 'patterns.md'))
}
const sectionOf = (analysis: ReturnType<typeof read>, n: number) => analysis.paragraphs.find((paragraph) => paragraph.n === n)?.section

const TITLE = 'Marrow Dock Union rejects Ostby Shipping offer'
const LEDE = 'The Marrow Dock Union on Monday rejected a pay offer from Ostby Shipping, which wants a longer night rota at the Marrow terminal.'

describe('a passive inside a verb group', () => {
  const analysis = read(TITLE, `
${LEDE}

"We are being asked to accept a rota that every crew in the port rejected," union secretary Hanne Dovik said.
`)
  it('does not read "are being asked to" as the subject\'s demand; the refusal after it decides', () => {
    expect(sectionOf(analysis, 2)).toBe('rejections')
  })
})

describe('a frame participle after a comma that the tagger reads as a noun', () => {
  const analysis = read(TITLE, `
${LEDE}

Ostby Shipping chief Per Lindqvist held out a rare concession on Tuesday, offering talks over a shorter night shift.

He nevertheless couched the message in blunt language, warning the union that the terminal would close for good.
`)
  it('reads ", offering talks" as the sentence subject\'s offer', () => {
    expect(sectionOf(analysis, 2)).toBe('demands')
  })
  it('reads ", warning the union that" as the sentence subject\'s warning', () => {
    expect(sectionOf(analysis, 3)).toBe('rejections')
  })
})

describe('a stance held by a phrase that names people or a body', () => {
  // No two sides are found here: the nurses' demands count all the same, being a group's.
  const analysis = read('Nurses offer free checks at Vellan holding centre', `
A group of nurses is asking the regional health office for access to a holding centre in Vellan, where the office has stopped routine checks.

In a letter on Friday, the nurses pleaded with the office to reopen the clinic before winter.

The nurses have offered to run the clinic at no cost to the region.

"At no point has the office said that the order asks it to close the clinic," a spokeswoman for the nurses said.
`)
  it('counts a plea and an offer whose subject names a group of people', () => {
    expect(analysis.parties).toEqual([])
    expect(sectionOf(analysis, 2)).toBe('demands')
    expect(sectionOf(analysis, 3)).toBe('demands')
  })
  it('reads what an order "asks" as its content, no one\'s demand', () => {
    expect(sectionOf(analysis, 4)).toBe('standoff')
  })
})

describe('refusals that are not a single verb', () => {
  const analysis = read(TITLE, `
${LEDE}

Ostby Shipping on Tuesday stopped short of endorsing the union's shorter rota.

"Rather than answer our letter, the union has responded by publicly repudiating the interim deal," Ostby Shipping chief Per Lindqvist said.

The union balked at the new quota for weekend shifts.
`)
  it('reads "stopped short of" as a refusal', () => {
    expect(sectionOf(analysis, 2)).toBe('rejections')
  })
  it('reads "repudiating" after "by" as the subject\'s refusal', () => {
    expect(sectionOf(analysis, 3)).toBe('rejections')
  })
  it('reads "balked at" as a refusal', () => {
    expect(sectionOf(analysis, 4)).toBe('rejections')
  })
})

describe('a time phrase inside a named subject', () => {
  const analysis = read('Nurses offer free checks at Vellan holding centre', `
A group of nurses is asking the regional health office for access to a holding centre in Vellan, where the office has stopped routine checks.

Vellan on Monday stopped short of granting the nurses access.
`)
  it('still reads "Vellan on Monday" as a named actor', () => {
    expect(sectionOf(analysis, 2)).toBe('rejections')
  })
})

describe('a side\'s person refusing in the future, whose side is not among the two found', () => {
  const analysis = read('Nurses offer free checks at Vellan holding centre', `
A group of nurses is asking the regional health office for access to a holding centre in Vellan, where the office has stopped routine checks.

"We will not be reopening the clinic this winter," said Karl Odegard, a department spokesman.

"I can't recall the date of the letter," Odegard said.
`)
  it('reads "we will not" in their own words as a refusal', () => {
    expect(analysis.parties).toEqual([])
    expect(sectionOf(analysis, 2)).toBe('rejections')
  })
  it('leaves a negated modal ("I can\'t recall") alone', () => {
    expect(sectionOf(analysis, 3)).toBe('standoff')
  })
})

describe('a stance noun a possessive owns', () => {
  const analysis = read(TITLE, `
${LEDE}

"The company has been expressing its intent to talk at any time and in any place," Ostby Shipping chief Per Lindqvist said.

But union secretary Hanne Dovik ratcheted up her warnings to the company.

"Our goal remains to win back the night allowance," Dovik said.

The shift could have been prompted by Ostby Shipping's desire to show it can act alone.

"With this deal Ostby Shipping and the union have confirmed their willingness to end the dispute," said Lene Aasen, the mediator.
`)
  it('reads "its intent to talk" in a side\'s words as an offer', () => {
    expect(sectionOf(analysis, 2)).toBe('demands')
  })
  it('reads "ratcheted up her warnings" as the subject\'s warning', () => {
    expect(sectionOf(analysis, 3)).toBe('rejections')
  })
  it('reads "our goal remains to" as the speaker\'s demand', () => {
    expect(sectionOf(analysis, 4)).toBe('demands')
  })
  it('leaves a stance noun after a preposition to the reporter\'s analysis', () => {
    expect(sectionOf(analysis, 5)).toBe('standoff')
  })
  it('leaves a willingness both sides confirm to the state of the talks', () => {
    expect(sectionOf(analysis, 6)).not.toBe('demands')
  })
})

describe('a group head the tagger reads as part of a name', () => {
  const analysis = read('Nurses offer free checks at Vellan holding centre', `
A group of nurses is asking the regional health office for access to a holding centre in Vellan, where the office has stopped routine checks.

Nurses for Open Clinics have offered to run the clinic at no cost.
`)
  it('reads a capitalised plural ("Nurses for …") as people who hold a stance', () => {
    expect(sectionOf(analysis, 2)).toBe('demands')
  })
})

describe('demands said as an idiom', () => {
  const analysis = read(TITLE, `
${LEDE}

"We've carried this company through the bad years, so we feel it's time that they give back to us," said Hanne Dovik, the union's secretary.

"We expect Ostby Shipping to honour the old rota until the talks end," Dovik said.

"We expect talks to resume in the spring," Dovik said.

"It was the first time the crews had walked out," Dovik said.
`)
  it('reads "it\'s time that" in someone\'s words as their demand', () => {
    expect(sectionOf(analysis, 2)).toBe('demands')
  })
  it('reads "we expect <actor> to" as a demand', () => {
    expect(sectionOf(analysis, 3)).toBe('demands')
  })
  it('leaves "we expect talks to" to the forecast it is', () => {
    expect(sectionOf(analysis, 4)).not.toBe('demands')
  })
  it('leaves "it was the first time" alone', () => {
    expect(sectionOf(analysis, 5)).toBe('standoff')
  })
})
