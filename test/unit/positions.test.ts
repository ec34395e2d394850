import { describe, expect, it } from 'vitest'
import { analyseArticle } from '../../scripts/analyse/analyse.ts'
import { readArticle } from '../../scripts/read.ts'

// A dockworkers' dispute: the union demands, the port operators refuse.
const ARTICLE = `---
title: "Dockworkers and port operators far apart on pay"
date: 2025-03-05
---

# Dockworkers and port operators far apart on pay

The Baltic Dockworkers Union and the Hanseatic Port Operators Association remained deadlocked on Tuesday, with the union insisting on a 9 percent raise and the operators rejecting the demand as unaffordable.

Union general secretary Mara Quist said the union wants a 9 percent raise over two years. It also wants a cap on night shifts.

Operators' spokesman Sven Dahl said the association cannot accept a raise above 4 percent, calling the union proposal a nonstarter.

Tomas Berg, a professor of labour economics at Lund University, said both sides would have to give ground.

The two sides will meet again in Gdansk on Friday.
`

const analysis = analyseArticle(readArticle(ARTICLE, 'dock.md'))
const byParagraph = (n: number) => analysis.positions.filter((position) => position.paragraph === n)

describe('findPositions', () => {
  it('cuts the lede where the other side becomes the subject: one demand, one refusal', () => {
    expect(byParagraph(1).map((position) => [position.stance, position.side])).toEqual([
      ['demand', 'Baltic Dockworkers Union'],
      ['refusal', 'Hanseatic Port Operators Association'],
    ])
    expect(byParagraph(1)[1]?.text).toMatch(/^the operators rejecting the demand as unaffordable/)
  })

  it('gives a pronoun subject ("It also wants …") the side named before it', () => {
    expect(byParagraph(2).map((position) => position.stance)).toEqual(['demand', 'demand'])
    expect(byParagraph(2)[1]?.text).toBe('It also wants a cap on night shifts.')
  })

  it('reads a noun cue after a side ("the union proposal") as whose position it is, not who acts', () => {
    expect(byParagraph(3).map((position) => [position.stance, position.side])).toEqual([['refusal', 'Hanseatic Port Operators Association']])
  })

  it('takes no position from an independent expert', () => {
    expect(byParagraph(4)).toEqual([])
  })

  it('says why: the frame, its cue, the subject and the side it stands for', () => {
    expect(byParagraph(3)[0]?.reason).toMatch(/^refuse frame "cannot accept" \(a negated verb\) with subject "the association" for Hanseatic Port Operators Association$/)
  })
})

describe('classifyParagraphs', () => {
  const sections = analysis.paragraphs.map((paragraph) => paragraph.section)

  it('puts the lede that states both positions in the standoff, demands and refusals in their sections, the expert and the next meeting in theirs', () => {
    expect(sections).toEqual(['standoff', 'demands', 'rejections', 'experts', 'next'])
  })

  it('gives every paragraph its reason', () => {
    for (const paragraph of analysis.paragraphs) expect(paragraph.reason.length).toBeGreaterThan(10)
    expect(analysis.paragraphs[3]?.reason).toMatch(/Tomas Berg, an independent expert/)
    expect(analysis.paragraphs[4]?.reason).toMatch(/upcoming event/)
  })
})
