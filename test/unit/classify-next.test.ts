import { describe, expect, it } from 'vitest'
import { annotate } from '../../scripts/analyse/annotate.ts'
import { classifyParagraphs } from '../../scripts/analyse/classify.ts'
import type { SectionName } from '../../scripts/types.ts'

// Invented paragraphs with no stance, speaker or dated event: only the grammar
// of the sentence can tell what comes next from a description of the standoff.

function sectionsOf(...texts: string[]): SectionName[] {
  const paragraphs = texts.map((text, index) => ({ n: index + 1, text, line: index + 1, subhead: null }))
  const doc = annotate(paragraphs)
  return classifyParagraphs({ paragraphs, attributions: [], people: [], events: [], positions: [], stances: [], doc }).map((item) => item.section)
}

describe('next: a first sentence that looks forward to a step of the dispute', () => {
  it('reads a future verb with the step it names as next, undated', () => {
    expect(sectionsOf('The revised charter will then go to the ferry crews for a final vote.')).toEqual(['next'])
  })

  it('reads "is due to" before a meeting as next', () => {
    expect(sectionsOf('The meeting between the two harbour boards is due to take place in the afternoon.')).toEqual(['next'])
  })

  it('reads the reporter\'s forecast about the talks as next', () => {
    expect(sectionsOf('The pilots\' new demand will complicate talks on the berth fees.')).toEqual(['next'])
  })

  it('leaves a future verb that names no step to the standoff', () => {
    expect(sectionsOf('The ferry company will help the island towns buy fuel.')).toEqual(['standoff'])
  })

  it('leaves a future verb inside a relative clause to the standoff', () => {
    expect(sectionsOf('The boards welcomed the decision, calling it a forum where ideas will be possible.')).toEqual(['standoff'])
    expect(sectionsOf('Skippers who feared the vote on the levy will gather at the quay.')).not.toEqual(['standoff'])
  })

  it('looks only at the first sentence: a later "will" is background', () => {
    expect(sectionsOf('The boards signed the charter last year. The talks will continue, a clerk said.')).toEqual(['standoff'])
  })
})

describe('next: a reported "would" or a "must" before a step', () => {
  it('reads a reported "would" with the step it names as next', () => {
    expect(sectionsOf('A clerk of the harbour board said the pilots would put the offer to a ballot.')).toEqual(['next'])
  })

  it('reads "must" before a step as next', () => {
    expect(sectionsOf('The fee plan must win the approval of the island council at its spring session.')).toEqual(['next'])
  })

  it('leaves "could", a mere possibility, to the standoff', () => {
    expect(sectionsOf('The dispute over the berths could delay the meeting of the boards.')).toEqual(['standoff'])
  })
})

describe('next: a verb that is itself the step', () => {
  it('reads "will continue talking" as next with no step noun', () => {
    expect(sectionsOf('The port authority and the pilots will continue talking for the rest of the season.')).toEqual(['next'])
  })

  it('leaves a future verb that is no step, with no step noun, to the standoff', () => {
    expect(sectionsOf('The port authority will continue paying the pilots for the rest of the season.')).toEqual(['standoff'])
  })
})

describe('next: a step noun the words before it put ahead', () => {
  it('reads "a coming hearing" as next whatever the verb\'s tense', () => {
    expect(sectionsOf('The island council sent letters to both boards inviting them to speak at a coming hearing.')).toEqual(['next'])
  })

  it('reads "before the meeting" as next', () => {
    expect(sectionsOf('Clerks of both boards are racing to finish the fee plan before the meeting of the council.')).toEqual(['next'])
  })

  it('leaves a step noun with nothing ahead to the standoff', () => {
    expect(sectionsOf('Clerks of both boards finished the fee plan at the meeting of the council.')).toEqual(['standoff'])
  })
})

describe('next: a step booked "for" a month or a weekday', () => {
  it('reads "a meeting has been called for April" as next though the verb is past', () => {
    expect(sectionsOf('A special meeting of the harbour boards has been called for April.')).toEqual(['next'])
  })

  it('leaves "for" with no step named to the standoff', () => {
    expect(sectionsOf('The harbour boards have been arguing about fees for April.')).toEqual(['standoff'])
  })
})

describe('next: a deadline told as time left', () => {
  it('reads "has until … to" as next', () => {
    expect(sectionsOf('The ferry company has until the end of the month to answer the pilots.')).toEqual(['next'])
  })

  it('leaves "has" with no "until" to the standoff', () => {
    expect(sectionsOf('The ferry company has an answer for the pilots.')).toEqual(['standoff'])
  })
})

describe('next: choosing someone and completing a deal are steps', () => {
  it('reads a reported "would" before choosing someone for a post as next', () => {
    expect(sectionsOf('Aides to the governor said she would appoint a new harbour master within weeks.')).toEqual(['next'])
    expect(sectionsOf('The guild said its council would select a new negotiator.')).toEqual(['next'])
  })

  it('reads a forecast about the completion of a deal as next', () => {
    expect(sectionsOf("Scrutiny by the port regulators would delay the merger's completion until the autumn.")).toEqual(['next'])
  })
})

describe('next: a step someone waits for', () => {
  it('reads waiting for or awaiting something as next, whatever the tense', () => {
    expect(sectionsOf('The mayor said she was waiting for a panel of harbour pilots to report on the berth fees.')).toEqual(['next'])
    expect(sectionsOf('Both boards await the verdict of the island court.')).toEqual(['next'])
    expect(sectionsOf('The guild would wait until spring to put the offer to its members.')).toEqual(['next'])
  })

  it('leaves other uses of the verb to the standoff', () => {
    expect(sectionsOf('Passengers waited in the rain at the quay.')).toEqual(['standoff'])
  })
})

describe('next: a paragraph that dates an upcoming event again', () => {
  it('reads the later mention of an event listed from an earlier paragraph as next', () => {
    const paragraphs = [
      { n: 1, text: 'The ministry announced on Monday it will start loading grain next Saturday.', line: 1, subhead: null },
      { n: 2, text: 'Grain from the northern farms was weighed on the quay on June 21 and loading then starts.', line: 2, subhead: null },
    ]
    const doc = annotate(paragraphs)
    const event = { date: '2025-06-21', when: 'next Saturday', place: null, what: 'loading grain', paragraph: 1, status: 'upcoming' as const, expectations: [], reason: '', mentions: [2] }
    const sections = classifyParagraphs({ paragraphs, attributions: [], people: [], events: [event], positions: [], stances: [], doc }).map((item) => item.section)
    expect(sections).toEqual(['next', 'next'])
  })
})
