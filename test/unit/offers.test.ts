import { describe, expect, it } from 'vitest'
import { annotate } from '../../scripts/analyse/annotate.ts'
import { analyseArticle } from '../../scripts/analyse/analyse.ts'
import { offersOwned } from '../../scripts/analyse/offers.ts'
import { readArticle } from '../../scripts/read.ts'
import type { Party } from '../../scripts/types.ts'

const SIDES: Party[] = [
  { name: 'Harrow Mining', aliases: ['Harrow Mining', 'Harrow'], stance: 'demands', reason: '' },
  { name: 'Pellam Metals', aliases: ['Pellam Metals', 'Pellam'], stance: 'responds', reason: '' },
]

const ownersIn = (...paragraphs: string[]) =>
  offersOwned(annotate(paragraphs.map((text, index) => ({ n: index + 1, text, line: index + 1, subhead: null }))), SIDES)

describe('offersOwned: an offer named by its owner', () => {
  it('reads the side before a possessive, past the words that describe the offer', () => {
    expect(ownersIn("Analysts said Harrow's revised takeover bid was still too low.")).toEqual(['Harrow Mining'])
  })
  it('reads the side after "by" or "from", past a describing word', () => {
    expect(ownersIn('Pellam Metals shares rose after a hostile bid by rival Harrow.', 'A second offer from Harrow Mining is expected.')).toEqual(['Harrow Mining', 'Harrow Mining'])
  })
  it('gives no owner to an offer no side is named with, or to "offer" as a verb', () => {
    expect(ownersIn('The offer was too low, a banker said.', 'Harrow will offer more, Pellam said.')).toEqual([])
  })
})

describe('chooseParties: the bidder whose bid the story names', () => {
  it('makes the side whose bid is named by a possessive the demanding side, over a country named in passing', () => {
    const analysis = analyseArticle(readArticle(`---
title: "Pellam Metals says Harrow Mining bid is too low"
date: 2031-05-06
---

# Pellam Metals says Harrow Mining bid is too low

Kestrian miner Pellam Metals said on Tuesday it was worth far more than the hostile bid by rival Harrow Mining.

Pressure is now on Harrow to raise its offer. An adviser's report values Pellam shares well above Harrow's bid of 6 crowns a share.

Last month Kestria's competition regulator said it would not oppose the purchase of Pellam by Harrow.

Pellam chairman Oskar Lindqvist said in a statement that the board rejected the bid as too low.

Pellam Metals owns four mines in the north of Kestria.
`, 'bid.md'))
    expect(analysis.parties.map((party) => [party.name, party.stance])).toEqual([['Harrow Mining', 'demands'], ['Pellam Metals', 'responds']])
  })
})
