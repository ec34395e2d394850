import { describe, expect, it } from 'vitest'
import { analyseArticle } from '../../scripts/analyse/analyse.ts'
import { readArticle } from '../../scripts/read.ts'

const sidesOf = (title: string, body: string) =>
  analyseArticle(readArticle(`---\ntitle: "${title}"\ndate: 2031-05-06\n---\n\n# ${title}\n\n${body.trim()}\n`, 'sides.md')).parties.map((party) => party.name)

describe('chooseParties: the two sides the story is about', () => {
  it('takes the two engaged sides the headline names over a third party that says more lower down', () => {
    const sides = sidesOf('Ostmark says Velland is ignoring its offer of talks', `
Ostmark accused Velland on Tuesday of ignoring its offer of talks over the disputed reef.

A spokesman for Ostmark said Velland must stop its legal case and return to talks.

Velland's foreign minister Ana Serra said Velland rejected the offer as a stunt.

The U.S. urged both sides to talk. U.S. envoy Carl Breen said the U.S. wanted calm and offered to host a meeting.

Breen said the U.S. demanded that neither side send ships. The U.S. rejected claims that it was taking sides.
`)
    expect(sides.sort()).toEqual(['Ostmark', 'Velland'])
  })

  it('finds no standoff when one of the two actors first appears far below the lede', () => {
    const sides = sidesOf('Storm floods the Velland coast', `
A storm flooded the Velland coast on Monday, cutting power to thousands of homes.

Rescue crews worked through the night.

Roads were closed and schools shut.

Velland's interior minister Ana Serra said Velland wanted the army to help and rejected claims that the warnings came late.

Norway offered to send pumps. A spokesman for Norway said Norway wanted to help and rejected any payment.
`)
    expect(sides).toEqual([])
  })
})

describe('chooseParties: a country the story only happens in', () => {
  it('takes no side from a country named only before a noun or after a preposition of place', () => {
    const sides = sidesOf('Austria nurses reject Kelby Hospital Board offer', `
Nurses at hospitals across Austria rejected a pay offer from the Kelby Hospital Board on Tuesday.

The Kelby Nurses Union said the offer was too low and demanded a ten percent raise.

Austria nurses demanded talks. Austria nurses rejected the offer again.

The Kelby Hospital Board rejected the demand. A spokesman for the Kelby Hospital Board said it offered four percent.
`)
    expect(sides).not.toContain('Austria')
    expect(sides.sort()).toEqual(['Kelby Hospital Board', 'Kelby Nurses Union'])
  })
})

describe('chooseParties: allies named together', () => {
  it('makes two countries that act together one side against the third the headline names', () => {
    const sides = sidesOf('Austria and Hungary accuse Chile of blocking aid', `
Austria and Hungary accused Chile on Monday of blocking aid convoys at the border.

The Austrian and Hungarian foreign ministries said in a joint statement that Chile must open the border crossing.

Chile rejected the claims. A spokesman for Chile said the border was open and refused to let inspectors in.

Austria demanded an inquiry. Hungary wants observers at the crossing. Austria rejected Chile's account.
`)
    expect(sides.sort()).toEqual(['Austria and Hungary', 'Chile'])
  })

  it('keeps two countries apart when the story sets them against each other ("talks between")', () => {
    const sides = sidesOf('Austria and Hungary clash over fishing rights', `
Austria and Hungary clashed on Monday over fishing rights in the strait.

Talks between Austria and Hungary broke down. Austria demanded a larger quota.

Hungary rejected the demand. A spokesman for Hungary said the quota was fair.
`)
    expect(sides.sort()).toEqual(['Austria', 'Hungary'])
  })
})
