import { describe, expect, it } from 'vitest'
import { findPartyCandidates, sideNamedIn, type PartyCandidate } from '../../scripts/analyse/parties.ts'
import { candidate, meta, paragraphs } from '../helpers/party-candidates.ts'

describe('findPartyCandidates: countries', () => {
  const candidates = findPartyCandidates(
    meta('Norway and Iceland clash over mackerel quotas'),
    paragraphs(
      'Norway rejected a demand from Iceland for a larger share of the mackerel catch on Tuesday.',
      'Officials in Reykjavik insist the stock has moved north, but Oslo says the science is unclear.',
      'Norwegian boats stayed in port.',
    ),
  )

  it('finds both countries named in the headline', () => {
    expect(candidates.map((item) => item.name).sort()).toEqual(['Iceland', 'Norway'])
  })

  it('collects the capital and adjective the article uses as aliases, the name first', () => {
    const norway = candidate(candidates, 'Norway')
    expect(norway.aliases[0]).toBe('Norway')
    expect(norway.aliases).toEqual(expect.arrayContaining(['Oslo', 'Norwegian']))
    expect(candidate(candidates, 'Iceland').aliases).toContain('Reykjavik')
  })

  it('leaves out forms the article never uses', () => {
    expect(candidate(candidates, 'Iceland').aliases).not.toContain('Icelander')
    expect(candidate(candidates, 'Norway').aliases).not.toContain('Kingdom of Norway')
  })

  it('explains each score', () => {
    expect(candidate(candidates, 'Norway').reason).toMatch(/\d+ mentions, named in the headline, named in the lede/)
  })
})

describe('findPartyCandidates: scoring', () => {
  it('scores one per mention, 6 for the headline and 4 for the lede', () => {
    const [only] = findPartyCandidates(meta('Quota talks stall'), paragraphs('Officials met.', 'Nothing moved.', 'Norway says no. Norway is firm. Norway will not move.'))
    expect(only).toMatchObject({ name: 'Norway', score: 3 })
    const [lede] = findPartyCandidates(meta('Quota talks stall'), paragraphs('Norway said no.'))
    expect(lede?.score).toBe(1 + 4)
    const [headline] = findPartyCandidates(meta('Norway digs in'), paragraphs('Officials met.', 'Nothing moved.', 'Norway said no.'))
    expect(headline?.score).toBe(1 + 6)
  })

  it('drops a name mentioned once outside the headline and lede (score below 3)', () => {
    const candidates = findPartyCandidates(meta('Quota talks stall'), paragraphs('Officials met.', 'Nothing moved.', 'Even Norway was mentioned once.'))
    expect(candidates).toEqual([])
  })

  it('orders candidates by score, highest first', () => {
    const candidates = findPartyCandidates(meta('Quota talks stall'), paragraphs('Norway and Iceland met.', 'Iceland wants more.', 'Norway says no. Norway is firm. Norway will not move.'))
    expect(candidates.map((item) => item.name)).toEqual(['Norway', 'Iceland'])
    const scores = candidates.map((item) => item.score)
    expect([...scores].sort((a, b) => b - a)).toEqual(scores)
  })

  it('finds nothing in an article that names no side', () => {
    expect(findPartyCandidates(meta('A quiet day at the harbour'), paragraphs('Boats came and went.', 'Gulls circled.'))).toEqual([])
  })
})

describe('findPartyCandidates: organisations', () => {
  const candidates = findPartyCandidates(
    meta('Port strike looms as pay talks collapse'),
    paragraphs(
      'Talks between the Nordic Dockworkers Union (NDU) and the Baltic Port Authority collapsed on Monday.',
      'Members of the NDU want a 9 percent raise, and the union says it will strike.',
      'Managers at the Baltic Port Authority called the demand unaffordable.',
    ),
  )

  it('finds an organisation by its capitalised name ending in an organisation word', () => {
    expect(candidates.map((item) => item.name)).toEqual(expect.arrayContaining(['Nordic Dockworkers Union', 'Baltic Port Authority']))
  })

  it('takes the acronym in brackets after the name as an alias', () => {
    expect(candidate(candidates, 'Nordic Dockworkers Union').aliases).toContain('NDU')
  })

  it('adds "the union" as an alias when the article refers back to the union that way', () => {
    expect(candidate(candidates, 'Nordic Dockworkers Union').aliases).toContain('the union')
  })

  it('counts mentions under every alias: once in full and twice as NDU', () => {
    expect(candidate(candidates, 'Nordic Dockworkers Union').reason).toMatch(/^3 mentions/)
  })

  it('does not take a generic, uncapitalised or one-word mention of an organisation for a side', () => {
    expect(findPartyCandidates(meta('Strike looms'), paragraphs('Members of the union met. A union official said no.', 'Union members left.'))).toEqual([])
  })
})

describe('sideNamedIn', () => {
  const sides = [
    { name: 'Baltic Port Authority', aliases: ['Baltic Port Authority', 'the port authority'] },
    { name: 'Nordic Dockworkers Union', aliases: ['Nordic Dockworkers Union', 'NDU', 'the union'] },
  ]

  it('gives the side whose alias comes first in the text', () => {
    expect(sideNamedIn('The NDU said the Baltic Port Authority lied.', sides)).toBe('Nordic Dockworkers Union')
    expect(sideNamedIn('Managers at the port authority said the union lied.', sides)).toBe('Baltic Port Authority')
  })

  it('matches whole words only and is case-sensitive', () => {
    expect(sideNamedIn('The NDUs met.', sides)).toBeNull()
    expect(sideNamedIn('the reunion said', sides)).toBeNull()
    expect(sideNamedIn('The ndu said.', sides)).toBeNull()
  })

  it('gives null when no side is named or there are no sides', () => {
    expect(sideNamedIn('Nothing here.', sides)).toBeNull()
    expect(sideNamedIn('The NDU said no.', [])).toBeNull()
  })
})

describe('findPartyCandidates: words that are no part of a side\'s name', () => {
  const candidates = findPartyCandidates(
    meta('Dockers Union and Harbour Board fail to agree in New Jersey'),
    paragraphs(
      'The Dockers Union and the Harbour Board failed to agree on shift pay in New Jersey on Monday.',
      'But Dockers Union members voted to keep working. Top Harbour Board officials said the board would wait.',
      'The top offer came from the Harbour Board. Dockers Union leaders met in New Jersey, and the Dockers Union said it would meet again.',
    ),
  )
  const names = candidates.map((item) => item.name)

  it('drops a sentence-initial "But" and an adjective the article writes in lower case ("Top")', () => {
    expect(names).toContain('Dockers Union')
    expect(names).toContain('Harbour Board')
    expect(names.some((name) => /^(?:But|Top) /.test(name))).toBe(false)
  })

  it('takes no country from the name of a place that opens with "New" ("New Jersey")', () => {
    expect(names).not.toContain('Jersey')
    expect(candidates.flatMap((item) => item.aliases)).not.toContain('Jersey')
  })
})

describe('findPartyCandidates: the outlet', () => {
  it('never takes the outlet that publishes the story for a side', () => {
    const candidates = findPartyCandidates(
      { ...meta('Dockers Union warns Harbour Board of strike'), outlet: 'Harbour News (via a wire)' },
      paragraphs(
        'The Dockers Union warned the Harbour Board on Monday that its members would strike.',
        'A board spokeswoman told the Harbour News that talks would go on. The Harbour News reported that pay was the sticking point.',
        'Union leaders told the Harbour News they wanted a raise.',
      ),
    )
    expect(candidates.map((item) => item.name)).not.toContain('Harbour News')
    expect(candidates.map((item) => item.name)).toContain('Dockers Union')
  })
})
