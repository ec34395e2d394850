import { describe, expect, it } from 'vitest'
import { analyseArticle } from '../../scripts/analyse/analyse.ts'
import { readArticle } from '../../scripts/read.ts'

const analyse = (title: string, body: string) =>
  analyseArticle(readArticle(`---\ntitle: "${title}"\ndate: 2031-05-06\n---\n\n# ${title}\n\n${body.trim()}\n`, 'people-sides.md'))

describe('people mapped to the sides', () => {
  it('makes a person whose surname is a side that side ("Paul Roe" of a story about "Roe")', () => {
    const analysis = analyse('Roe rejects Kelby Dockers Union demand', `
The port's owner, Paul Roe, on Monday rejected a demand from the Kelby Dockers Union for a pay rise.

The Kelby Dockers Union said it wanted ten percent and would strike. The union demanded talks.

"We will not pay more," Paul Roe said. Roe rejected the union's claim that the port was rich.
`)
    expect(analysis.parties.map((party) => party.name)).toContain('Roe')
    expect(analysis.people.find((person) => person.name === 'Paul Roe')?.party).toBe('Roe')
  })

  it('takes a person introduced by an organisation that is neither side for a third party', () => {
    const analysis = analyse('Kelby Dockers Union rejects Harbour Board offer', `
The Kelby Dockers Union on Monday rejected a pay offer from the Harbour Board.

The Harbour Board said it wanted a deal and offered four percent. The union demanded ten percent.

"Both sides should talk," said Mara Lind, policy director for the Coastal Rights League. The union rejected the offer again.
`)
    const lind = analysis.people.find((person) => person.name === 'Mara Lind')
    expect(lind?.kind).toBe('other')
  })

  it('maps a member named by the singular of a plural side ("Whig of Kelby") to that side', () => {
    const analysis = analyse('Whigs vow to block Harbour Board budget', `
Whigs in the assembly vowed on Monday to block the Harbour Board budget, and the Harbour Board rejected their demand.

The Whigs want spending cut by a tenth. The Harbour Board said it would not cut.

Senator Ada Vance, Whig of Kelby, said in a statement that the board must cut spending. The Whigs rejected the budget.
`)
    expect(analysis.parties.map((party) => party.name)).toContain('Whigs')
    expect(analysis.people.find((person) => person.name === 'Ada Vance')?.party).toBe('Whigs')
  })
})
