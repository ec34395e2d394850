import { describe, expect, it } from 'vitest'
import { analyseArticle } from '../../scripts/analyse/analyse.ts'
import { readArticle } from '../../scripts/read.ts'

// The reading-gaps patterns D1, D2, D3, D6 and G3 (../shared/examples/reading-gaps.md),
// each in articles of our own with our own names.

function read(title: string, body: string) {
  const markdown = `---\ntitle: "${title}"\ndate: 2030-06-12\n---\n\n# ${title}\n\n${body.trim()}\n`
  return analyseArticle(readArticle(markdown, 'gap.md'))
}
const sections = (analysis: ReturnType<typeof read>) => analysis.paragraphs.map((paragraph) => paragraph.section)

describe('D1: a position stated by its frame, not by a cue word', () => {
  const analysis = read("Harrowgate Ferry Crews' Federation and Torvale Shipping still split on rotas", `
Talks between the Harrowgate Ferry Crews' Federation and Torvale Shipping resumed on Monday, with the federation demanding shorter rotas and Torvale Shipping rejecting them.

The Harrowgate Ferry Crews' Federation said it could accept longer crossings as long as Torvale Shipping restores the winter allowance.

Torvale Shipping brushed the federation's estimates aside as wishful thinking, saying its fares could never cover that cost.

The federation is also willing to drop its claim for unpaid overtime in exchange for a pension top-up.
`)
  it('reads a conditional offer, a dismissal and an offer of exchange', () => {
    expect(sections(analysis).slice(1)).toEqual(['demands', 'rejections', 'demands'])
  })
  it('gives each its side', () => {
    expect(analysis.positions.filter((position) => position.paragraph > 1).map((position) => [position.paragraph, position.side])).toEqual([
      [2, "Harrowgate Ferry Crews' Federation"],
      [3, 'Torvale Shipping'],
      [4, "Harrowgate Ferry Crews' Federation"],
    ])
  })
})

describe('D2: a cue word that is not a side\'s position', () => {
  const analysis = read('Osterland and Valmark resume canal talks', `
Talks between Osterland and Valmark on the shared canal resumed on Tuesday, with Valmark demanding a larger share of the water.

Envoy Ilse Brandt of Valmark said the proposed schedule leaves the canal board as it is.

For its part, Osterland has lived under import sanctions on its grain since the autumn.

Prime Minister Aurel Venn of Valmark insisted that the canal was already running low.
`)
  it('leaves a noun modifier, a sanction the side is under and a claim of fact in the standoff', () => {
    expect(sections(analysis).slice(1)).toEqual(['standoff', 'standoff', 'standoff'])
  })
})

describe('D3: sides named by a common noun phrase', () => {
  const analysis = read('Tram drivers and transit authority fail to agree', `
Talks between the city's tram drivers and the transit authority collapsed on Thursday.

The drivers want shorter shifts and a break room at every depot. The authority says it cannot pay for more staff and rejected the demand.
`)
  it.fails('finds "the tram drivers" and "the transit authority" as the sides (not yet: no proper name, no side)', () => {
    expect(analysis.parties.map((party) => party.name)).toHaveLength(2)
  })
})

describe('D6: either side may demand, either may refuse', () => {
  const analysis = read('Osterland and Valmark trade demands over river crossing', `
Osterland wants Valmark to reopen the river crossing at Linden.

Valmark refuses, and in turn demands that Osterland return the impounded barges.

Osterland has flatly rejected that demand.
`)
  it('reads the refusal of a counter-demand as a rejection, by the side that refuses', () => {
    expect(sections(analysis)).toEqual(['demands', 'rejections', 'rejections'])
    expect(analysis.positions.filter((position) => position.paragraph === 3).map((position) => [position.stance, position.side])).toEqual([['refusal', 'Osterland']])
  })
  it('reads both the refusal and the counter-demand in the second paragraph', () => {
    expect(analysis.positions.filter((position) => position.paragraph === 2).map((position) => [position.stance, position.side])).toEqual([
      ['refusal', 'Valmark'],
      ['demand', 'Valmark'],
    ])
  })
})

describe('G3 (reading): the bidder is the demanding side', () => {
  const analysis = read('Pellham Industries raises its bid for Corran Group', `
The takeover fight between Pellham Industries and Corran Group sharpened on Tuesday as Pellham Industries raised its bid and said it would not walk away.

The board of Corran Group urged shareholders to ignore the offer.

Pellham Industries said it stood ready to cover a break fee should the competition regulator block the deal.
`)
  it('makes the side that bids the demanding one', () => {
    expect(analysis.parties.map((party) => [party.name, party.stance])).toEqual([
      ['Pellham Industries', 'demands'],
      ['Corran Group', 'responds'],
    ])
  })
  it('puts the bid and the assurance in demands', () => {
    expect(sections(analysis)[0]).toBe('demands')
    expect(sections(analysis)[2]).toBe('demands')
  })
})
