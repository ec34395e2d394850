import { describe, expect, it } from 'vitest'
import { annotate } from '../../scripts/analyse/annotate.ts'
import { findEvents } from '../../scripts/analyse/events.ts'
import type { DatedEvent } from '../../scripts/types.ts'

// Invented articles in the manner of reading-gaps D5, D8 and G5: the date each
// phrase resolves to must come from the verb that governs it.

function eventsOf(paragraphs: string[], articleDate: string | null): DatedEvent[] {
  const doc = annotate(paragraphs.map((text, index) => ({ n: index + 1, text, line: index + 1, subhead: null })))
  return findEvents(doc, [], { articleDate })
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday']

/** Every resolved weekday falls on the day of the week its phrase names. */
function expectCalendarAgrees(events: DatedEvent[]): void {
  for (const event of events) {
    const named = WEEKDAYS.findIndex((day) => event.when.toLowerCase().includes(day))
    if (named === -1 || !event.date) continue
    expect(new Date(`${event.date}T12:00:00Z`).getUTCDay(), `${event.when} → ${event.date}`).toBe(named)
  }
}

describe('tense from the governing verb (D5)', () => {
  // Friday 15 October 2027.
  const FRIDAY = '2027-10-15'
  const events = eventsOf([
    'The harbour master of Quenby said at a meeting on Thursday that pilots would return to the quays if the offer stood.',
    'A stoppage that would have stranded ferry passengers on Monday was called off.',
    'Inspectors meet again this Tuesday to rule on the berth permits.',
    "The pilots' guild is poised to open a ballot on Wednesday.",
    "The two sides missed Sunday's deadline.",
  ], FRIDAY)
  const inParagraph = (n: number) => events.filter((event) => event.paragraph === n)

  it('dates the reported saying, not the "would" it reports', () => {
    expect(inParagraph(1)).toMatchObject([{ date: '2027-10-14', status: 'past' }])
  })

  it('puts no counterfactual ("would have stranded") on the timeline', () => {
    expect(inParagraph(2)).toEqual([])
  })

  it('reads "this Tuesday" and "is poised to … on Wednesday" forward', () => {
    expect(inParagraph(3)).toMatchObject([{ date: '2027-10-19', status: 'upcoming' }])
    expect(inParagraph(4)).toMatchObject([{ date: '2027-10-20', status: 'upcoming', what: 'ballot' }])
  })

  it('reads a missed deadline back to the Sunday before', () => {
    expect(inParagraph(5)).toMatchObject([{ date: '2027-10-10', status: 'past', what: 'deadline' }])
    expect(inParagraph(5)[0]?.reason).toMatch(/"missed" \(past\)/)
  })

  it('resolves every weekday to a day of that name', () => {
    expect(events).toHaveLength(4)
    expectCalendarAgrees(events)
  })
})

describe('dated happenings beyond meetings (D8)', () => {
  // Monday 8 November 2027.
  const MONDAY = '2027-11-08'
  const events = eventsOf([
    "Voters in Pellmark went to the polls in Sunday's municipal elections.",
    'Dockers were striking at the southern basin on Monday.',
    'The two premiers held a video call on Saturday.',
    'A new landing fee takes effect on November 16.',
    'Nine detained trawlermen were handed back to their families on Saturday.',
  ], MONDAY)

  it('finds all five, each in its own paragraph', () => {
    expect(events.map((event) => event.paragraph)).toEqual([1, 2, 3, 4, 5])
  })

  it('dates them against the article in the right direction', () => {
    expect(events.map((event) => [event.date, event.status])).toEqual([
      ['2027-11-07', 'past'], ['2027-11-08', 'past'], ['2027-11-06', 'past'], ['2027-11-16', 'upcoming'], ['2027-11-06', 'past'],
    ])
    expectCalendarAgrees(events)
  })

  it('labels them with the clause\'s own noun phrase and place', () => {
    expect(events[0]).toMatchObject({ what: 'municipal elections', place: 'Pellmark' })
    expect(events[2]?.what).toBe('video call')
    expect(events[3]?.what).toMatch(/landing fee takes effect/)
  })
})

describe('entries that are not events (G5)', () => {
  // Thursday 21 October 2027.
  const THURSDAY = '2027-10-21'

  it('leaves a newspaper edition off the timeline', () => {
    expect(eventsOf(["Friday's edition of the Quenby Courier called the deal a sham."], THURSDAY)).toEqual([])
  })

  it('reads "run on into Sunday" as the coming Sunday', () => {
    const events = eventsOf(['The harbour board is ready to let the conference run on into Sunday.'], THURSDAY)
    expect(events).toMatchObject([{ date: '2027-10-24', status: 'upcoming' }])
    expectCalendarAgrees(events)
  })

  it('never labels an event with words from a quotation', () => {
    const events = eventsOf(['The envoys will meet on Monday, "with nothing signed until everything is," an aide said.'], THURSDAY)
    expect(events).toHaveLength(1)
    expect(events[0]?.what).not.toMatch(/signed|everything/)
  })
})

describe('dates of every precision', () => {
  it('keeps a range with its last day', () => {
    const [event] = eventsOf(['The ministers will meet Nov. 22-24 in Ostwick.'], '2027-11-08')
    expect(event).toMatchObject({ date: '2027-11-22', end: '2027-11-24', precision: 'range', place: 'Ostwick', status: 'upcoming' })
  })

  it('keeps "next week" with its precision and the week it names', () => {
    const [event] = eventsOf(['Talks will resume next week in Ostwick.'], '2027-11-10')
    expect(event).toMatchObject({ date: null, precision: 'week', period: '2027-11-15', status: 'upcoming' })
  })

  it('invents no date for an undated article: weekdays stay as written, explicit dates are kept', () => {
    const events = eventsOf(['The ministers met on Monday.', 'The levy takes effect on March 3.'], null)
    expect(events.map((event) => [event.when, event.date])).toEqual([['on Monday', null], ['March 3', '2000-03-03']])
  })

  it('reads a yearless past date back into the year before', () => {
    expect(eventsOf(['The union filed its claim on March 21.'], '2027-11-19')).toMatchObject([{ date: '2027-03-21', status: 'past' }])
  })
})

describe('labels from the clause that dates the event', () => {
  // Friday 13 June 2025.
  const FRIDAY = '2025-06-13'

  it('reads the word after "the" and a date as the noun it dates, even one the tagger verbs ("the 2 June encounter")', () => {
    const events = eventsOf(['On Monday, the guild filed a lawsuit against the harbour police, alleging excessive force at the 2 June encounter.'], FRIDAY)
    expect(events.map((event) => [event.date, event.what])).toEqual([['2025-06-09', 'the guild filed a lawsuit against the harbour police'], ['2025-06-02', 'encounter']])
  })

  it('labels a participle after the noun of an opening phrase with that noun ("In a joint statement published June 2")', () => {
    const [event] = eventsOf(['In a joint statement published June 2, the two guilds accused the harbour board of bad faith.'], FRIDAY)
    expect(event).toMatchObject({ date: '2025-06-02', what: 'a joint statement published' })
  })

  it('labels a relative clause set off by a comma with the noun before it, and stops at a bracket', () => {
    const [event] = eventsOf(['The crews walked out, the harbour guild wrote in its new report, which was published online today (June 13) in the Quenby Gazette.'], FRIDAY)
    expect(event).toMatchObject({ date: FRIDAY, what: 'new report was published online' })
  })

  it('labels a verb with the subject before an aside that opens with a participle or an adjective', () => {
    const events = eventsOf([
      'The harbour board, frustrated by its failure to settle the dispute, demanded on Friday that a judge order the crews back to work.',
      'The raiders, clad in dark uniforms, stormed the depot on Thursday.',
    ], FRIDAY)
    expect(events.map((event) => event.what)).toEqual(['The harbour board demanded', 'The raiders stormed the depot'])
  })

  it('ends a label at the date after its verb: what follows is another phrase', () => {
    const [event] = eventsOf(['The harbour council would meet in Tallow on Friday with the pay dispute expected to dominate.'], FRIDAY)
    expect(event?.what).toBe('The harbour council would meet')
  })

  it('names an event by its own noun when the verb only says it is held ("was scheduled to take place")', () => {
    const [event] = eventsOf(['A meeting of the Kestria-Velland Council was scheduled to take place in Tallow on Friday.'], FRIDAY)
    expect(event?.what).toBe('meeting of the Kestria-Velland Council')
  })

  it('names an event by the event noun after a verb of state ("remained apart after talks")', () => {
    const [event] = eventsOf(['The two sides remained far apart on Friday in Tallow after talks on the harbour dues.'], FRIDAY)
    expect(event?.what).toBe('talks')
  })
})
