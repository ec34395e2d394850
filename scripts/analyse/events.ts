import * as chrono from 'chrono-node'
import { EVENT_NOUNS, EXPECTATION_CUES, FUTURE_MARKERS, escapeRegExp, wordPattern } from './cues.ts'
import { narrationOf } from '../text.ts'
import type { Attribution, DatedEvent, Sentence } from '../types.ts'

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday']
const eventNoun = wordPattern(EVENT_NOUNS)
const futureMarker = wordPattern(FUTURE_MARKERS)
const expectationCue = wordPattern(EXPECTATION_CUES)
const meetingVerb = /\b(?:meet|meets|met|meeting|convene|convenes|convened|gather|resume|resumes|resumed|sit down|vote|votes|voted|strike|walk out|expire|expires|expired|signed|sign|reopen|reopens|reopened|open|opens|opened|close|closes|closed|brief|briefs|briefed)\b/i
// A weekday with nothing that fixes its week: chrono-node guesses the direction, we take it from the tense.
const bareWeekday = /^(?:(?:at|from|by)\s+[^,]*?\s+)?(?:on\s+|by\s+|from\s+|until\s+)?(?:this\s+(?:coming\s+)?)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)(?:['’]s)?,?$/i
// Spans that name no particular day: the event stays, its date stays unresolved.
const vagueSpan = /\b(?:week|weekend|month|year|weeks|months)\b/i
const mayHoldDate = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b(?:tomorrow|yesterday|today|tonight|week|month)\b/i
const clauseBreak = /;\s*|,\s*(?=(?:then|and then|while|but|and|after|before|when)\s)|\s+then\s+/
const place = /\b(?:in|at|near|(?:town|city|village|port|region|province|district) of)\s+((?:the\s+)?[A-Z][\p{L}'’-]+(?:\s+(?:of\s+)?[A-Z][\p{L}'’-]+)*)/gu
const clauseVerb = /\b(?:was|were|is|are|will|would|shall|has|have|had|launched|launches|met|meet|meets|ended|ends|began|begins|opened|opens|took|takes|take|remained|remains|resumed|resume|resumes|convened|convenes|collapsed|broke|starts|started|could|should|may|might)\b/

export interface EventOptions {
  /** The article's date (YYYY-MM-DD); without it weekdays stay unresolved. */
  articleDate: string | null
}

/**
 * Meetings, rounds of talks and deadlines the article dates, each with its
 * place, what it is, whether it is past or upcoming, and the expectations
 * voiced about it.
 *
 * A bare weekday ("on Wednesday") is resolved against the article's date in
 * the direction the verb's tense gives: "was scheduled to meet on Wednesday"
 * is that week's Wednesday on or after the article's date, "met on Monday"
 * the Monday on or before it. chrono-node reads every other date phrase.
 */
export function findEvents(sentences: Sentence[], attributions: Attribution[], options: EventOptions): DatedEvent[] {
  const reference = options.articleDate ? new Date(`${options.articleDate}T12:00:00Z`) : new Date(Date.UTC(2000, 0, 1, 12))
  const events: DatedEvent[] = []
  for (const sentence of sentences) {
    const narration = narrationOf(sentence.text)
    // chrono-node is the slow part of the analysis: ask it once a sentence, and only when a date could be there.
    if (!mayHoldDate.test(narration)) continue
    const spans = dateSpans(narration, reference)
    if (spans.length === 0) continue
    for (const clause of clausesOf(sentence.text, narration)) {
      const inClause = spans
        .filter((span) => span.index >= clause.at && span.index + span.text.replace(/[,\s]+$/, '').length <= clause.at + clause.text.length)
        .map((span) => ({ span, at: span.index - clause.at }))
      for (const event of eventsIn(clause, inClause, sentence, reference, options.articleDate)) {
      const same = events.find((known) =>
        (event.date ? known.date === event.date : known.date === null && known.when.toLowerCase() === event.when.toLowerCase()) &&
        (known.place === event.place || !event.place || !known.place))
      if (same) {
        same.place ??= event.place
        continue
      }
      events.push(event)
      }
    }
  }
  attachExpectations(sentences, attributions, events)
  return events
}

interface Clause {
  text: string
  narration: string
  /** Offset of the clause in its sentence. */
  at: number
}

function clausesOf(text: string, narration: string): Clause[] {
  const clauses: Clause[] = []
  let offset = 0
  for (const piece of narration.split(clauseBreak)) {
    const at = narration.indexOf(piece, offset)
    if (at === -1 || !piece) continue
    clauses.push({ text: text.slice(at, at + piece.length), narration: piece, at })
    offset = at + piece.length
  }
  return clauses
}

/**
 * The events of one clause. A clause may date two things ("opened on March 3
 * and produced a pause that took effect on March 8"): each date phrase gets
 * the words between it and the one before.
 */
function eventsIn(clause: Clause, spans: Array<{ span: chrono.ParsedResult; at: number }>, sentence: Sentence, reference: Date, articleDate: string | null): DatedEvent[] {
  if (!eventNoun.test(clause.narration) && !meetingVerb.test(clause.narration)) return []
  return spans.flatMap(({ span, at }, index) => {
    const previous = spans[index - 1]
    const start = previous ? previous.at + previous.span.text.length : 0
    const end = index === spans.length - 1 ? clause.text.length : at + span.text.length
    const part = { text: clause.text.slice(start, end), narration: clause.narration.slice(start, end), at: clause.at + start }
    if (index > 0 && !eventNoun.test(part.narration) && !meetingVerb.test(part.narration)) return []
    const event = eventAt(part, span, sentence, reference, articleDate)
    return event ? [event] : []
  })
}

function eventAt(clause: Clause, span: chrono.ParsedResult, sentence: Sentence, reference: Date, articleDate: string | null): DatedEvent | null {
  const when = span.text.replace(/[,\s]+$/, '')
  const future = futureMarker.exec(clause.narration)?.[0] ?? null
  const vague = vagueSpan.test(when)
  let date: string | null = null
  let how: string
  const weekday = bareWeekday.exec(when)?.[1]?.toLowerCase()
  if (weekday) {
    date = articleDate ? isoDate(nearestWeekday(reference, WEEKDAYS.indexOf(weekday), future ? 'forward' : 'back')) : null
    how = articleDate
      ? `"${when}" resolved ${future ? `forward ("${future}")` : 'back (past tense)'} from the article's date ${articleDate}`
      : `"${when}" left unresolved: the article has no date`
  } else if (vague) {
    how = `"${when}" names no particular day`
  } else if (!articleDate && !span.start.isCertain('month')) {
    how = `"${when}" left unresolved: the article has no date`
  } else {
    date = isoDate(span.start.date())
    how = `"${when}" read as ${date}`
  }
  const relativeToArticle = date && articleDate ? (date < articleDate ? 'past' : date > articleDate ? 'upcoming' : null) : null
  const status = relativeToArticle ?? (future || /\b(?:tomorrow|next)\b/i.test(when) ? 'upcoming' : 'past')
  const where = placeIn(clause.narration, when)
  const what = whatHappens(clause.text, when, where)
  if (!what) return null
  return {
    date,
    when,
    place: where,
    what,
    paragraph: sentence.paragraph,
    status,
    expectations: inClauseExpectation(clause.text),
    reason: `${how}; ${status}${future ? ` ("${future}")` : ''}`,
  }
}

// The parsers of chrono-node's English configuration that read days: clock
// times, durations and dates written with slashes are not what a briefing dates.
const DAY_PARSERS = new Set([
  'ENMonthNameLittleEndianParser', 'ENMonthNameMiddleEndianParser', 'ENWeekdayParser', 'ENCasualDateParser',
  'ENRelativeDateFormatParser', 'ISOFormatParser', 'ENYearMonthDayParser',
])
let dayParser: chrono.Chrono | null = null

function dateParser(): chrono.Chrono {
  if (dayParser) return dayParser
  const configuration = chrono.en.configuration.createCasualConfiguration(false)
  configuration.parsers = configuration.parsers.filter((parser) => DAY_PARSERS.has(parser.constructor.name))
  dayParser = new chrono.Chrono(configuration)
  return dayParser
}

/**
 * chrono-node's date phrases in a sentence. It is handed only windows around
 * the words that can start one (its cost grows with the text it reads), and
 * the phrases it finds are placed back at their offsets in the sentence.
 */
function dateSpans(narration: string, reference: Date): chrono.ParsedResult[] {
  const windows: Array<{ start: number; end: number }> = []
  for (const match of narration.matchAll(new RegExp(mayHoldDate.source, 'gi'))) {
    const start = Math.max(0, match.index - 24)
    const end = Math.min(narration.length, match.index + match[0].length + 24)
    const last = windows.at(-1)
    if (last && start <= last.end) last.end = Math.max(last.end, end)
    else windows.push({ start, end })
  }
  return windows.flatMap(({ start, end }) =>
    dateParser().parse(narration.slice(start, end), { instant: reference, timezone: 0 })
      .filter(isDayOrVague)
      .map((span) => Object.assign(span, { index: span.index + start })),
  )
}

function isDayOrVague(result: chrono.ParsedResult): boolean {
  const text = result.text
  if (/^\d{4}$/.test(text.trim())) return false
  return result.start.isCertain('weekday') || result.start.isCertain('day') || /\b(?:tomorrow|yesterday|today|tonight)\b/i.test(text) || /\b(?:next|this coming)\s+(?:week|month)\b/i.test(text)
}

/** The date of `weekday` nearest to `reference`, on or after it (forward) or on or before it (back). */
export function nearestWeekday(reference: Date, weekday: number, direction: 'forward' | 'back'): Date {
  const today = reference.getUTCDay()
  const days = direction === 'forward' ? (weekday - today + 7) % 7 : -((today - weekday + 7) % 7)
  return new Date(reference.getTime() + days * 86_400_000)
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10)
}

function placeIn(narration: string, when: string): string | null {
  const whenAt = narration.indexOf(when)
  const places = Array.from(narration.matchAll(place), (match) => ({ name: (match[1] as string).replace(/^the\s+/, ''), at: match.index }))
    .filter(({ name }) => !new RegExp(`^(?:${WEEKDAYS.join('|')})`, 'i').test(name) && !when.includes(name) && !/^(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/.test(name))
  // "on Monday in Capital": the place named closest to the time phrase is where it happens.
  places.sort((a, b) => Math.abs(a.at - whenAt) - Math.abs(b.at - whenAt))
  return places[0]?.name ?? null
}

/** Where the words describing an event noun begin: "a 10-day humanitarian pause" → "10-day humanitarian pause". */
function modifiersStart(text: string, nounAt: number): number {
  let start = nounAt
  const words = Array.from(text.slice(0, nounAt).matchAll(/[\p{L}\p{N}'’-]+\s*$|[\p{L}\p{N}'’-]+\s+/gu))
  for (const word of words.reverse().slice(0, 3)) {
    if (word.index + word[0].length !== start || /^(?:a|an|the|this|that|these|those|its|their|his|her|our|and|or|of|to|in|on|at|for|with|by|from|produced|held|set|agreed|reached|signed)\s*$/i.test(word[0])) break
    start = word.index
  }
  return start
}

/** What the event is: the clause's subject when it names the event, else the event noun's phrase. */
function whatHappens(clause: string, when: string, where: string | null): string | null {
  let text = clause.replace(/^\s*(?:then|and then|and|but|while)\s+/i, '').trim()
  const verb = clauseVerb.exec(text)
  const subject = verb ? text.slice(0, verb.index).trim() : ''
  // A short subject names the event ("A meeting of the Council was scheduled …"); a long one is
  // a whole reported clause ("She said her government sought an inquiry into the shelling …").
  const namesEvent = subject && eventNoun.test(subject) && subject.split(/\s+/).length <= 12 && !/\b(?:said|says|told|added)\b/.test(subject) &&
    /^(?:\p{Lu}|(?:a|an|the|this|its|their|our|his|her)\b)/u.test(subject)
  if (namesEvent) text = subject
  else {
    const noun = eventNoun.exec(text)
    if (noun) text = text.slice(modifiersStart(text, noun.index))
    // No event noun: the clause itself says what happens ("Jane Roe will brief party leaders").

  }
  const cut = where
    ? text.replace(when, ' ').replace(new RegExp(`\\s*\\b(?:(?:in|at|near)(?: the)?|of(?: the)?(?: [\\w-]+){0,2} (?:town|city|village|port|region|province|district) of)\\s+${escapeRegExp(where)}`), ' ')
    : text.replace(when, ' ')
  const cleaned = cut
    .trim()
    // What the event is stops where the clause turns to who reported it or what came of it.
    .replace(/,\s*(?:[^,]{0,60}\s)?(?:said|says|told|reported|announced)\b.*$/i, '')
    .replace(/,\s*(?:in which|which|who|where|when)\b.*$/i, '')
    .replace(/\s+(?:that|which)\s+(?:ended|began|started|was|were|had|took|takes|came|comes)\b.*$/i, '')
    .replace(/\s+(?:on|at|in|by)\s*(?=,)/g, '')
    .replace(/\s+(?:with|after|before|as|without|amid|following)\s.*$/i, '')
    .replace(/(?:\s+(?:on|by|from|until|at|in))+\s*$/i, '')
    .replace(/^['’]s\s+/, '')
    .replace(/\s+/g, ' ')
    .replace(/[\s,.;:]+$/, '')
    .replace(/^[,\s]+/, '')
    .trim()
  return cleaned.split(' ').length >= 1 && cleaned.length > 2 ? cleaned : null
}

function inClauseExpectation(clause: string): DatedEvent['expectations'] {
  const phrase = /\bwith\s+[^,;]*?\bexpected\b[^,;.]*/i.exec(clause)?.[0]
  return phrase ? [{ text: phrase.trim(), paragraph: 0, speaker: null }] : []
}

/**
 * Sentences that voice an expectation about the talks ahead ("does not expect
 * any breakthroughs in this week's talks") are attached to the upcoming events
 * they could be about: the one whose place they name, or all of them.
 */
function attachExpectations(sentences: Sentence[], attributions: Attribution[], events: DatedEvent[]): void {
  for (const event of events) for (const expectation of event.expectations) expectation.paragraph = event.paragraph
  const upcoming = events.filter((event) => event.status === 'upcoming')
  if (upcoming.length === 0) return
  for (const sentence of sentences) {
    if (events.some((event) => event.paragraph === sentence.paragraph)) continue
    const narration = narrationOf(sentence.text)
    if (!expectationCue.test(sentence.text) || !eventNoun.test(sentence.text) || !(futureMarker.test(narration) || /\bthis week/i.test(sentence.text) || /\bexpect/i.test(narration))) continue
    const speaker = attributions.find((attribution) => attribution.paragraph === sentence.paragraph && attribution.sentence === sentence.index)?.speaker ?? null
    const named = upcoming.filter((event) => event.place && sentence.text.includes(event.place))
    for (const event of named.length > 0 ? named : upcoming) {
      event.expectations.push({ text: sentence.text, paragraph: sentence.paragraph, speaker })
    }
  }
}
