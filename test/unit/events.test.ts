import { describe, expect, it } from 'vitest'
import { findEvents, nearestWeekday } from '../../scripts/analyse/events.ts'
import { annotate } from '../../scripts/analyse/annotate.ts'
import type { Attribution, DatedEvent } from '../../scripts/types.ts'

// 2025-06-12 is a Thursday.
const THURSDAY = '2025-06-12'

/** The events of paragraphs (each a string), with every sentence in the article's own voice unless `speakers` says otherwise. */
function eventsOf(paragraphs: string[], articleDate: string | null = THURSDAY, speakers: Record<string, string> = {}): DatedEvent[] {
  const doc = annotate(paragraphs.map((text, index) => ({ n: index + 1, text, line: index + 1, subhead: null })))
  const sentences = doc.sentences
  const attributions: Attribution[] = sentences.map((sentence) => ({
    paragraph: sentence.paragraph,
    sentence: sentence.index,
    speaker: speakers[`${sentence.paragraph}:${sentence.index}`] ?? null,
    source: speakers[`${sentence.paragraph}:${sentence.index}`] ? ('person' as const) : null,
    mode: speakers[`${sentence.paragraph}:${sentence.index}`] ? ('speech' as const) : null,
    reason: '',
  }))
  return findEvents(doc, attributions, { articleDate })
}

function onlyEvent(text: string, articleDate: string | null = THURSDAY): DatedEvent {
  const events = eventsOf([text], articleDate)
  expect(events).toHaveLength(1)
  return events[0] as DatedEvent
}

describe('findEvents: bare weekdays', () => {
  it('resolves a weekday back to the one before the article date when the verb is past', () => {
    const event = onlyEvent('Negotiators met in Oslo on Monday.')
    expect(event).toMatchObject({ date: '2025-06-09', when: 'on Monday', status: 'past', place: 'Oslo' })
    expect(event.reason).toMatch(/back/)
  })

  it('resolves a weekday forward after "will"', () => {
    const event = onlyEvent('Negotiators will meet in Oslo on Monday.')
    expect(event).toMatchObject({ date: '2025-06-16', status: 'upcoming', place: 'Oslo' })
    expect(event.reason).toMatch(/forward.*"will meet" \(future\)/)
  })

  it('resolves a weekday forward after "is/are scheduled to"', () => {
    expect(onlyEvent('The two sides are scheduled to meet on Tuesday.')).toMatchObject({ date: '2025-06-17', status: 'upcoming' })
    expect(onlyEvent('The bloc is scheduled to vote on Saturday.')).toMatchObject({ date: '2025-06-14', status: 'upcoming' })
  })

  it('resolves "the weekday of the article" to the article date itself, past or upcoming by tense', () => {
    expect(onlyEvent('The talks resumed on Thursday.')).toMatchObject({ date: THURSDAY, status: 'past' })
    expect(onlyEvent('The talks will resume on Thursday.')).toMatchObject({ date: THURSDAY, status: 'upcoming' })
  })

  it('resolves the day before and after the article date to one day away, not a week', () => {
    expect(onlyEvent('The talks collapsed on Wednesday.').date).toBe('2025-06-11')
    expect(onlyEvent('The union will strike on Friday.').date).toBe('2025-06-13')
  })

  it('reads past and future clauses of one sentence as two events, each in its own direction', () => {
    const events = eventsOf(['The talks collapsed on Wednesday, and the union will strike on Friday.'])
    expect(events.map((event) => [event.date, event.status])).toEqual([['2025-06-11', 'past'], ['2025-06-13', 'upcoming']])
  })

  it('treats a deadline that expires as upcoming', () => {
    expect(onlyEvent('The ultimatum expires on Sunday.')).toMatchObject({ date: '2025-06-15', status: 'upcoming' })
  })

  it('leaves the date null without an article date but still takes past or upcoming from the tense', () => {
    const past = onlyEvent('Negotiators met in Oslo on Monday.', null)
    expect(past).toMatchObject({ date: null, when: 'on Monday', status: 'past' })
    expect(past.reason).toMatch(/no date/)
    expect(onlyEvent('Negotiators will meet in Oslo on Monday.', null)).toMatchObject({ date: null, status: 'upcoming' })
  })
})

describe('findEvents: other time phrases', () => {
  it('reads "last Thursday" on a Thursday as a week before', () => {
    expect(onlyEvent('Delegates met last Thursday in Brussels.')).toMatchObject({ date: '2025-06-05', when: 'last Thursday', status: 'past', place: 'Brussels' })
  })

  it('reads "last Friday" on a Thursday as six days before', () => {
    expect(onlyEvent('Delegates met last Friday in Brussels.').date).toBe('2025-06-06')
  })

  it('reads an explicit month and day as that date in the article year', () => {
    expect(onlyEvent('The ministers met on March 3 in Lagos.')).toMatchObject({ date: '2025-03-03', when: 'March 3', status: 'past', place: 'Lagos' })
    expect(onlyEvent('The ministers will meet on July 2 in Lagos.')).toMatchObject({ date: '2025-07-02', status: 'upcoming' })
  })

  it('takes the place after "into" ("will be loaded into the Tallow silo on June 20")', () => {
    expect(onlyEvent('The grain will be loaded into the Tallow silo on June 20.')).toMatchObject({ date: '2025-06-20', status: 'upcoming', place: 'Tallow' })
  })

  it('reads "tomorrow" and "yesterday" against the article date', () => {
    expect(onlyEvent('The meeting is tomorrow.')).toMatchObject({ date: '2025-06-13', status: 'upcoming' })
    expect(onlyEvent('The meeting was yesterday.')).toMatchObject({ date: '2025-06-11', status: 'past' })
  })

  it('keeps "next week" as an upcoming event with no date', () => {
    const event = onlyEvent('Talks will resume next week in Accra.')
    expect(event).toMatchObject({ date: null, when: 'next week', status: 'upcoming', place: 'Accra' })
    expect(event.reason).toMatch(/no particular day/)
  })

  it('keeps "next week" upcoming even without a future verb', () => {
    expect(onlyEvent('The next round of talks is next week.')).toMatchObject({ date: null, status: 'upcoming' })
  })

  it('reads "this morning" and "this evening" as the article date', () => {
    expect(onlyEvent('The ferry link was due to be restored this morning.')).toMatchObject({ date: THURSDAY, when: 'this morning', status: 'upcoming' })
    expect(onlyEvent('The council of Quenby met this evening.')).toMatchObject({ date: THURSDAY, status: 'past' })
  })

  it('counts "in three days" and "two days ago" from the article date, and no other unit', () => {
    expect(onlyEvent('The two crews meet again in Tallow in three days.')).toMatchObject({ date: '2025-06-15', when: 'in three days', status: 'upcoming', place: 'Tallow' })
    expect(onlyEvent('The guild voted two days ago.')).toMatchObject({ date: '2025-06-10', status: 'past' })
    expect(eventsOf(['The two crews meet again in two weeks.']).filter((event) => event.date)).toEqual([])
    expect(eventsOf(['An appeal must be heard within 14 days.'])).toEqual([])
  })

  it('reads "the June 20 holiday weekend" as one date phrase, not a date and a weekend', () => {
    const events = eventsOf(['The crews will walk out at the start of the June 20 holiday weekend.'])
    expect(events.map((event) => event.when)).toEqual(['June 20'])
  })

  it('labels an event by the subject before an aside with a participle and its agent ("cut by the rebels")', () => {
    expect(onlyEvent('The pipeline, cut by the rebels in 2021, was restored on Monday.').what).toBe('The pipeline was restored')
  })
})

describe('findEvents: what counts as an event', () => {
  it('ignores a date with no meeting, talks or deadline in its clause', () => {
    expect(eventsOf(['Nothing happened on Monday.', 'Prices fell on Tuesday.'])).toEqual([])
  })

  it('ignores a meeting with no date', () => {
    expect(eventsOf(['The two sides met in Oslo.'])).toEqual([])
  })

  it('reads an event noun deep in the verb\'s complement, nearer the date, as the event it dates', () => {
    const event = onlyEvent('Ilse Varn scored twice during the Harbour Rovers’ third straight victory, 2-1 over the Quenby Wanderers on Tuesday night.')
    expect(event).toMatchObject({ date: '2025-06-10', status: 'past', what: 'Harbour Rovers’ third straight victory' })
    expect(event.reason).toMatch(/event noun "victory" in the complement of "scored"/)
  })

  it('takes no time from the verb for an event noun in an aside after its object', () => {
    // 2025-06-15 is a Sunday: the Saturday of a past award is the day before, whatever "include" says.
    const events = eventsOf(['The favourites include the film “Harbour Lights,” the big winner at the Quenby Film Awards on Saturday.'], '2025-06-15')
    expect(events).toMatchObject([{ date: '2025-06-14', status: 'past' }])
    // Without the aside, the verb over the event noun gives its time.
    expect(eventsOf(['The two guilds will attend the Quenby Film Awards on Saturday.'], '2025-06-15')).toMatchObject([{ date: '2025-06-21', status: 'upcoming' }])
  })

  it('reads a sum owed or paid on a day as an event', () => {
    expect(onlyEvent('The harbour trust owes another $40 million on July 1.')).toMatchObject({ date: '2025-07-01', status: 'upcoming', what: 'The harbour trust owes another $40 million' })
  })

  it('reads "took to" a public place or medium as the act, before what was said there', () => {
    const paragraphs = ['Pilots waited.', 'Crews waited.', 'Owners waited.', 'On Monday, Ilse Varn took to the radio and accused the guild of lying.']
    expect(eventsOf(paragraphs).map((event) => [event.date, event.kind, event.what])).toEqual([['2025-06-09', 'event', 'Ilse Varn took to the radio']])
    // Without the act, the accusation is a saying, which counts only in the opening paragraphs.
    expect(eventsOf(['Pilots waited.', 'Crews waited.', 'Owners waited.', 'On Monday, Ilse Varn accused the guild of lying.'])).toEqual([])
  })

  it('reads "by" or "before" a date after its verb as a deadline for what the verb tells', () => {
    expect(onlyEvent('Skippers must register their boats by Friday.')).toMatchObject({ date: '2025-06-13', status: 'upcoming', what: 'deadline: must register their boats' })
    expect(onlyEvent('Unless growers chose to leave the scheme before May 9, they stay in it.')).toMatchObject({ date: '2025-05-09', status: 'past', what: 'deadline: chose to leave the scheme' })
    // A phrase that opens the clause is a time frame: no deadline.
    expect(eventsOf(['By Friday, the queue had grown to a mile.'])).toEqual([])
  })

  it('reads a speech verb that withholds a thing from someone as an act, told in any paragraph', () => {
    const events = eventsOf(['The port authority of Quenby said on Monday it was short of pilots.', 'Pilots waited.', 'Crews waited.', 'Owners waited.', 'On Wednesday, the port authority denied berths to three trawlers.'])
    expect(events.map((event) => [event.paragraph, event.kind, event.date])).toEqual([[1, 'statement', '2025-06-09'], [5, 'event', '2025-06-11']])
    // "denied the report" is still a saying, which counts only in the opening paragraphs.
    expect(eventsOf(['Pilots waited.', 'Crews waited.', 'Owners waited.', 'On Wednesday, the port authority denied the report.'])).toEqual([])
  })

  it('does not read dates inside a quotation as the reporter\'s events', () => {
    expect(eventsOf(['"We met on Monday and nothing moved," she said.'])).toEqual([])
  })

  it('reads a calendar date in quoted words as the event of the quotation\'s own verb, with its speaker', () => {
    const events = eventsOf(['"If the offer does not improve, we are walking out on July 3," Ilse Varn told reporters.'], THURSDAY, { '1:0': 'Ilse Varn' })
    expect(events).toMatchObject([{ date: '2025-07-03', status: 'upcoming', what: 'Ilse Varn: “we are walking out”', paragraph: 1 }])
    // A weekday in someone's words counts from when they spoke; a quoted saying is no event.
    expect(eventsOf(['"We are walking out on Friday," Ilse Varn said.'])).toEqual([])
    expect(eventsOf(['"As I said on July 3, nothing moved," Ilse Varn said.'])).toEqual([])
  })

  it('keeps one event when the same date is mentioned twice', () => {
    const events = eventsOf(['The talks collapsed on Wednesday in Bergen.', 'Delegates said the meeting on Wednesday was tense.'])
    expect(events).toHaveLength(1)
    expect(events[0]?.paragraph).toBe(1)
  })

  it('names a statement by who made it, without the mark that closed the quotation before it', () => {
    expect(onlyEvent('"The guild has run out of patience," an insider told the Quenby Courier on Monday.').what).toBe('statement by insider to Quenby Courier')
  })

  it('names the paragraph of first mention and what happens', () => {
    const [event] = eventsOf(['The port reopened.', 'Negotiators met in Oslo on Monday.'])
    expect(event?.paragraph).toBe(2)
    expect(event?.what).toBe('Negotiators met')
  })

  it('gives no events for no sentences', () => {
    expect(findEvents(annotate([]), [], { articleDate: THURSDAY })).toEqual([])
  })
})

describe('findEvents: expectations', () => {
  it('keeps an in-clause expectation ("with little progress expected") on its event', () => {
    const event = onlyEvent('The delegations will meet again in Reykjavik on Monday, with little progress expected.')
    expect(event.expectations).toEqual([{ text: 'with little progress expected', paragraph: 1, speaker: null }])
  })

  it('attaches a sentence expecting something of the talks ahead to the upcoming event, with its speaker', () => {
    const events = eventsOf(
      ['The delegations will meet in Reykjavik on Monday.', 'Analysts do not expect a breakthrough at the talks.'],
      THURSDAY,
      { '2:0': 'Eva Lindqvist' },
    )
    expect(events).toHaveLength(1)
    expect(events[0]?.expectations).toEqual([{ text: 'Analysts do not expect a breakthrough at the talks.', paragraph: 2, speaker: 'Eva Lindqvist' }])
  })

  it('attaches an expectation only to the upcoming event whose place it names', () => {
    const events = eventsOf([
      'Ministers will meet in Lagos on Monday, and officials will meet in Accra on Friday.',
      'Nobody expects a breakthrough at the talks in Accra.',
    ])
    const byPlace = Object.fromEntries(events.map((event) => [event.place, event.expectations.map((item) => item.paragraph)]))
    expect(byPlace).toEqual({ Lagos: [], Accra: [2] })
  })

  it('attaches no expectation to past events', () => {
    const events = eventsOf(['Negotiators met in Oslo on Monday.', 'Nobody expects a breakthrough at the talks.'])
    expect(events[0]?.expectations).toEqual([])
  })
})

describe('nearestWeekday', () => {
  const thursday = new Date(`${THURSDAY}T12:00:00Z`)
  const iso = (date: Date) => date.toISOString().slice(0, 10)

  it('gives the reference day itself for its own weekday, in either direction', () => {
    expect(iso(nearestWeekday(thursday, 4, 'forward'))).toBe(THURSDAY)
    expect(iso(nearestWeekday(thursday, 4, 'back'))).toBe(THURSDAY)
  })

  it('goes back at most six days and forward at most six days', () => {
    expect(iso(nearestWeekday(thursday, 5, 'back'))).toBe('2025-06-06')
    expect(iso(nearestWeekday(thursday, 3, 'forward'))).toBe('2025-06-18')
    expect(iso(nearestWeekday(thursday, 1, 'back'))).toBe('2025-06-09')
    expect(iso(nearestWeekday(thursday, 1, 'forward'))).toBe('2025-06-16')
  })

  it('crosses month and year ends', () => {
    expect(iso(nearestWeekday(new Date('2025-12-31T12:00:00Z'), 5, 'forward'))).toBe('2026-01-02')
    expect(iso(nearestWeekday(new Date('2025-03-01T12:00:00Z'), 4, 'back'))).toBe('2025-02-27')
  })
})

describe('findEvents: the wire prefix', () => {
  it('leaves a lede\'s wire prefix out of the label', () => {
    const text = '(Harbour Wire) Ostmark\'s prime minister held out a rare offer of talks to Lindaria on Monday.'
    const doc = annotate([{ n: 1, text, line: 1, subhead: null, dateline: '(Harbour Wire) ' }])
    const attributions: Attribution[] = doc.sentences.map((sentence) => ({ paragraph: sentence.paragraph, sentence: sentence.index, speaker: null, source: null, mode: null, reason: '' }))
    const [event] = findEvents(doc, attributions, { articleDate: THURSDAY })
    expect(event?.what).toMatch(/^Ostmark's prime minister held out/)
    expect(event?.what).not.toMatch(/Wire/)
  })
})

describe('findEvents: one happening or two', () => {
  it('keeps an event told after the opening paragraphs apart from the statement of its day', () => {
    const events = eventsOf([
      'The Ostmark finance minister said on Tuesday that the levy would stay.',
      'Dock owners have warned of losses.',
      'Shippers fear the worst.',
      'Exporters are worried.',
      'The harbour council met on Tuesday morning to discuss the levy.',
    ], '2025-06-10')
    expect(events.map((event) => [event.paragraph, event.kind])).toEqual([[1, 'statement'], [5, 'event']])
  })

  it('reads a statement and the event it announces in the opening paragraphs as one', () => {
    const events = eventsOf(['The Quenby dock board said on Tuesday that it had signed a deal with the pilots.', 'The board signed the deal on Tuesday in Quenby.'], '2025-06-10')
    expect(events).toHaveLength(1)
  })

  it('dates the news, not an agreement in the "that" clause it reports', () => {
    expect(eventsOf(['Shortly after word broke on Monday that the two guilds had come to an agreement, the mayor spoke.'])).toEqual([])
  })
})

describe('findEvents: mentions of one happening', () => {
  // 2025-06-13 is a Friday.
  const FRIDAY = '2025-06-13'

  it('reads words of one family on one day as one happening ("opened fire", "stormed", "the attack")', () => {
    const events = eventsOf([
      'Raiders opened fire on shoppers at a market on Friday.',
      'The raiders, wearing masks, stormed the covered hall on Friday afternoon.',
      "The mayor of Quenby condemned Friday's attack.",
    ], FRIDAY)
    expect(events.map((event) => event.paragraph)).toEqual([1])
  })

  it('keeps happenings of two families on one day apart', () => {
    const events = eventsOf(['Raiders opened fire on shoppers at a market on Friday.', 'Union members voted to end their strike on Friday.'], FRIDAY)
    expect(events.map((event) => event.paragraph)).toEqual([1, 2])
  })

  it('takes the land a possessive names as a broad place, which a later mention with its own place refines', () => {
    expect(onlyEvent("Raiders opened fire at Harland's largest market on Wednesday.").place).toBe('Harland')
    const events = eventsOf([
      "The ministry announced on Monday that it will start loading grain into Harland's largest silo next Saturday.",
      'The grain will be loaded into the Tallow silo on June 21.',
    ])
    expect(events.filter((event) => event.date === '2025-06-21')).toMatchObject([{ paragraph: 1, place: 'Tallow', mentions: [2] }])
  })

  it('labels an event without the weekday of another date phrase, and a statement without a leading conjunction', () => {
    const events = eventsOf(['But the ministry announced Monday it will start loading grain next Saturday.'])
    expect(events.map((event) => event.what)).toEqual(['statement by ministry', 'it will start loading grain'])
  })

  it('reads what one actor did on one day as one happening', () => {
    const events = eventsOf([
      'The harbour board demanded on Friday that a judge order the crews back to work.',
      'Crews stayed away.',
      'Shippers waited.',
      'Exporters fretted.',
      'The harbour board sought to pre-empt the guild with its own filing on Friday.',
    ], FRIDAY)
    expect(events.map((event) => event.paragraph)).toEqual([1])
  })
})
