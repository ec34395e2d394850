import * as chrono from 'chrono-node'

/**
 * Date phrases and their calendar dates. chrono-node finds the phrases; the
 * direction a bare weekday or a yearless date resolves in is not its guess
 * but the governing verb's (see `events.ts`), applied here.
 */

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday']
export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']

/** Words that can start a date phrase: chrono-node is asked only where one is. */
export const mayHoldDate = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b(?:tomorrow|yesterday|today|tonight|week|month)\b|\bthis\s+(?:morning|afternoon|evening)\b|\bdays?\s+ago\b|\bin\s+(?:a|an|\w+|\d+)\s+days?\b/i
// A weekday with nothing that fixes its week: chrono-node guesses the direction, the verb decides it.
const bareWeekday = /^(?:(?:at|from|by)\s+[^,]*?\s+)?(?:on\s+|by\s+|from\s+|until\s+)?(?:this\s+(?:coming\s+)?)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)(?:['’]s)?,?$/i
// Spans that name a week or a month, not a day: kept with that precision.
const weekSpan = /\b(?:week|weekend)\b/i
const monthSpan = /\b(?:month|year)\b/i

/** How precisely a date phrase fixes its day. */
export type DatePrecision = 'day' | 'range' | 'week' | 'month'

export interface ResolvedDate {
  /** ISO date, or null when the phrase fixes no day (or the article has none to resolve it against). */
  date: string | null
  /** Last day of a range ("Oct 11-13"), else null. */
  end: string | null
  precision: DatePrecision
  /** First day of the week or month a week- or month-only phrase names ("next week"), else null. */
  period: string | null
  how: string
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
  configuration.parsers.push(partOfToday, daysAway)
  dayParser = new chrono.Chrono(configuration)
  return dayParser
}

// Counts of days as written out in news copy ("in three days", "two days ago").
const DAY_COUNTS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 }

/** The calendar day `days` from the reference, as chrono-node components that fix it. */
function dayFrom(context: chrono.ParsingContext, days: number): { year: number; month: number; day: number } {
  const date = new Date(context.refDate.getTime() + days * 86_400_000)
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() }
}

/**
 * "this morning", "this afternoon", "this evening": the article's own day, as
 * "today" and "tonight" are. chrono-node reads them as clock times (its time
 * parser, left out above, would also swallow "Tuesday night"), so this parser
 * reads them as the day.
 */
const partOfToday: chrono.Parser = {
  pattern: () => /\bthis\s+(?:morning|afternoon|evening)\b/i,
  extract: (context) => dayFrom(context, 0),
}

/**
 * "in three days", "two days ago": a count of days from the article's date.
 * Only days: "in two weeks" or "in six months" name no day, and "within 14
 * days" is a window, not a date.
 */
const daysAway: chrono.Parser = {
  pattern: () => /\b(?:in\s+(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+days?|(a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+days?\s+ago)\b/i,
  extract: (context, match) => {
    const ahead = match[1]
    const count = (word: string) => DAY_COUNTS[word.toLowerCase()] ?? Number(word)
    return ahead ? dayFrom(context, count(ahead)) : dayFrom(context, -count(match[2] as string))
  },
}

/**
 * chrono-node's date phrases in a sentence. It is handed only windows around
 * the words that can start one (its cost grows with the text it reads), and
 * the phrases it finds are placed back at their offsets in the sentence.
 */
export function dateSpans(narration: string, reference: Date): chrono.ParsedResult[] {
  if (!mayHoldDate.test(narration)) return []
  const windows: Array<{ start: number; end: number }> = []
  for (const match of narration.matchAll(new RegExp(mayHoldDate.source, 'gi'))) {
    const start = Math.max(0, match.index - 24)
    const end = Math.min(narration.length, match.index + match[0].length + 24)
    const last = windows.at(-1)
    if (last && start <= last.end) last.end = Math.max(last.end, end)
    else windows.push({ start, end })
  }
  const spans = windows.flatMap(({ start, end }) =>
    dateParser().parse(narration.slice(start, end), { instant: reference, timezone: 0 })
      .filter(isDayOrVague)
      .map((span) => Object.assign(span, { index: span.index + start })),
  )
  return spans.filter((span, i) => !headsDatedNoun(narration, span, spans[i - 1]))
}

/**
 * Whether a bare "weekend" or "week" is the head of a noun phrase a date
 * opens ("the July 4 holiday weekend", "the 9 May week of action"): the
 * date's phrase, not a second one.
 */
function headsDatedNoun(narration: string, span: chrono.ParsedResult, before: chrono.ParsedResult | undefined): boolean {
  if (!before || !/^(?:weekend|week)\b/i.test(span.text)) return false
  const between = narration.slice(before.index + before.text.length, span.index)
  return /^(?:\s+[\p{L}-]+){0,2}\s+$/u.test(between)
}

function isDayOrVague(result: chrono.ParsedResult): boolean {
  const text = result.text
  if (/^\d{4}$/.test(text.trim())) return false
  return result.start.isCertain('weekday') || result.start.isCertain('day') || /\b(?:tomorrow|yesterday|today|tonight)\b/i.test(text) || /\b(?:next|last|this coming)\s+(?:week|month)\b/i.test(text)
}

/**
 * The calendar date of a phrase, read in `direction` (from the governing verb)
 * when the phrase leaves it open: a bare weekday, or a month and day without a
 * year ("the March 21 call" in a November article is the March before).
 */
export function resolveDate(span: chrono.ParsedResult, when: string, direction: 'forward' | 'back', articleDate: string | null, reference: Date): ResolvedDate {
  const weekday = bareWeekday.exec(when)?.[1]?.toLowerCase()
  if (weekday) {
    if (!articleDate) return { date: null, end: null, precision: 'day', period: null, how: `"${when}" left unresolved: the article has no date` }
    const date = isoDate(nearestWeekday(reference, WEEKDAYS.indexOf(weekday), direction))
    return { date, end: null, precision: 'day', period: null, how: `"${when}" resolved ${direction} from the article's date ${articleDate}` }
  }
  if (weekSpan.test(when) || monthSpan.test(when)) {
    const precision = weekSpan.test(when) ? 'week' : 'month'
    if (!articleDate) return { date: null, end: null, precision, period: null, how: `"${when}" names no particular day` }
    const start = span.start.date()
    // chrono-node puts "next week" a week on, on the article's weekday: the week is what it fixes.
    const date = precision === 'week' ? isoDate(nearestWeekday(start, 1, 'back')) : `${isoDate(start).slice(0, 7)}-01`
    return { date: null, end: null, precision, period: date, how: `"${when}" names no particular day (the ${precision} of ${date})` }
  }
  if (!articleDate && !span.start.isCertain('month')) return { date: null, end: null, precision: 'day', period: null, how: `"${when}" left unresolved: the article has no date` }
  let start = span.start.date()
  // chrono-node takes the year closest to the article; the verb's tense says which side of it.
  if (articleDate && !span.start.isCertain('year') && span.start.isCertain('month')) {
    // Only a date well on the wrong side moves: "the deadline of May 22 was set" may still lie ahead.
    const days = (start.getTime() - reference.getTime()) / 86_400_000
    const shifted = new Date(start)
    if (direction === 'back' && days > 31) shifted.setUTCFullYear(start.getUTCFullYear() - 1)
    if (direction === 'forward' && days < -31) shifted.setUTCFullYear(start.getUTCFullYear() + 1)
    start = shifted
  }
  const date = isoDate(start)
  const end = span.end && span.end.isCertain('day') ? isoDate(new Date(span.end.date().getTime() + (start.getTime() - span.start.date().getTime()))) : null
  return { date, end: end && end > date ? end : null, precision: end && end > date ? 'range' : 'day', period: null, how: `"${when}" read as ${date}${end && end > date ? ` to ${end}` : ''}` }
}

/** The date of `weekday` nearest to `reference`, on or after it (forward) or on or before it (back). */
export function nearestWeekday(reference: Date, weekday: number, direction: 'forward' | 'back'): Date {
  const today = reference.getUTCDay()
  const days = direction === 'forward' ? (weekday - today + 7) % 7 : -((today - weekday + 7) % 7)
  return new Date(reference.getTime() + days * 86_400_000)
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10)
}
