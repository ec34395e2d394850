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
