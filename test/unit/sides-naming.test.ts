import { describe, expect, it } from 'vitest'
import { analyseArticle } from '../../scripts/analyse/analyse.ts'
import { findPartyCandidates, type PartyCandidate } from '../../scripts/analyse/parties.ts'
import { readArticle } from '../../scripts/read.ts'
import { candidate, meta, paragraphs } from '../helpers/party-candidates.ts'

const analyse = (title: string, body: string) =>
  analyseArticle(readArticle(`---\ntitle: "${title}"\ndate: 2031-05-06\n---\n\n# ${title}\n\n${body.trim()}\n`, 'sides.md'))

describe('side names: one side named several ways', () => {
  it('keeps the headline and lede marks of a short form merged into the full name', () => {
    const candidates = findPartyCandidates(
      meta('Talvik rejects Orrin offer'),
      paragraphs(
        'Talvik said on Monday it had rejected the offer.',
        'Orrin Holdings Ltd said it was disappointed. A bid from Orrin was expected.',
        'Orrin Holdings Ltd may raise its bid. Orrin has said so before.',
      ),
    )
    const orrin = candidate(candidates, 'Orrin Holdings Ltd')
    expect(orrin.aliases).toContain('Orrin')
    expect(orrin.inHeadline).toBe(true)
    expect(orrin.inLede).toBe(true)
  })

  it('takes a headline\'s clipped name for the full one: "Marlow Tech" for "Marlow Technologies Corp"', () => {
    const candidates = findPartyCandidates(
      meta('Marlow Tech turns down Brask bid'),
      paragraphs(
        'Marlow Technologies Corp turned down a bid from Brask on Monday, and Marlow Tech shares fell.',
        'Marlow Technologies said the bid was too low. Brask said it was fair.',
        'Brask may come back. Marlow Technologies Corp will meet investors.',
      ),
    )
    const marlow = candidate(candidates, 'Marlow Technologies Corp')
    expect(marlow.aliases).toEqual(expect.arrayContaining(['Marlow Tech', 'Marlow Technologies']))
    expect(marlow.inHeadline).toBe(true)
    expect(candidates.map((item) => item.name)).not.toContain('Marlow Tech')
  })

  it('finds an organisation named once in full and then by its initials, small words skipped', () => {
    const candidates = findPartyCandidates(
      meta('Ferry crews defy ministry'),
      paragraphs(
        'The Harbour and Coast Protection office told ferry crews to stay in port.',
        'HCP said the crews had no permit. The crews said they would sail.',
        'A spokesman for HCP said the rule stood.',
      ),
    )
    expect(candidate(candidates, 'Harbour and Coast Protection').aliases).toContain('HCP')
  })
})

describe('side names: groups the headline names by a plural noun', () => {
  it('takes "Teachers" of the headline for a side the body calls "the teachers"', () => {
    const candidates = findPartyCandidates(
      meta('Teachers reject school board offer'),
      paragraphs(
        'Hundreds of teachers at Kelby High School rejected a pay offer on Monday.',
        'The teachers said the offer was too low, and the teachers want a new vote.',
        'Kelby General Hospital said it could pay no more.',
      ),
    )
    expect(candidate(candidates, 'Teachers').aliases).toEqual(expect.arrayContaining(['the teachers', 'The teachers', 'teachers']))
  })

  it('does not take a plural the body never refers back to with "the"', () => {
    const candidates = findPartyCandidates(
      meta('Storm batters farmers'),
      paragraphs('A storm hit the valley.', 'Some farmers lost crops. Many farmers left.', 'Rain fell.'),
    )
    expect(candidates.map((item) => item.name)).not.toContain('Farmers')
  })
})

describe('side names: a person who is a side', () => {
  const analysis = analyse('Dana Velko accuses Orlen Music Group of blocking her album', `
On Monday the singer Dana Velko accused Orlen Music Group of blocking the release of her album.

Velko said she wanted the rights to her songs back. "I will not sign another deal with them," Velko said.

Orlen Music Group rejected the claim. A spokesman for Orlen Music Group said the label owned the masters and would not sell them.

Velko demanded that Orlen Music Group release the album by June.
`)

  it('refers to the person by surname', () => {
    const side = analysis.parties.find((party) => party.name === 'Dana Velko')
    expect(side?.aliases).toContain('Velko')
  })

  it('makes the person their own side, not the side named beside them', () => {
    expect(analysis.people.find((person) => person.name === 'Dana Velko')?.party).toBe('Dana Velko')
  })

  it('takes no surname from a name the body only writes in full', () => {
    const candidates = findPartyCandidates(
      meta('Dana Velko sues Orlen Music Group'),
      paragraphs('On Monday the singer Dana Velko sued Orlen Music Group.', 'The case of Dana Velko is simple, her lawyer said.', 'Orlen Music Group said no. Orlen Music Group will fight.'),
    )
    expect(candidate(candidates, 'Dana Velko').aliases).not.toContain('Velko')
  })
})

describe('side names: the generic noun the article refers back to a side by', () => {
  it('calls the one public body "the agency" and the one firm "the company"', () => {
    const analysis = analyse('Harbour Protection Service rejects Orvell Shipping plea', `
The Harbour Protection Service on Monday rejected a plea from Orvell Shipping to reopen the north dock.

Orvell Shipping said it wanted the dock open by June and offered to pay for repairs.

The agency said the dock was unsafe. The company rejected that view and demanded an inspection.
`)
    const byName = new Map(analysis.parties.map((party) => [party.name, party.aliases]))
    expect(byName.get('Harbour Protection Service')).toContain('The agency')
    expect(byName.get('Orvell Shipping')).toContain('The company')
    expect(byName.get('Harbour Protection Service')).not.toContain('The company')
  })
})

describe('side names: a country inside another candidate\'s name', () => {
  it('does not count "Vexa Chile", a firm\'s local arm, as a mention of the country', () => {
    const candidates = findPartyCandidates(
      meta('Owners sue Vexa Chile'),
      paragraphs(
        'Car owners have sued Vexa Chile over faulty brakes.',
        'Vexa Chile said the brakes were safe. Vexa Chile will fight the case.',
        'A lawyer for the owners said Vexa Chile knew of the fault.',
      ),
    )
    expect(candidates.map((item) => item.name)).not.toContain('Chile')
    expect(candidates.map((item) => item.name)).toContain('Vexa Chile')
  })
})
