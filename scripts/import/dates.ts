import * as chrono from 'chrono-node'

/** A calendar date stated in a line, and how the page labelled it. */
export interface StatedDate {
  /** YYYY-MM-DD */
  date: string
  /** Whether the page called it an update rather than the publication date. */
  isUpdate: boolean
}

/*
 * chrono fills a missing year from a reference date; the reference is fixed
 * so parsing stays pure, and dates without a stated year are refused anyway
 * ("Jan 12" or "2 hours ago" name no year the article can be pinned to).
 */
const REFERENCE = new Date(Date.UTC(2000, 0, 1))
const STATED_YEAR = /\b(1[89]|2\d)\d\d\b/
/*
 * A line without these digits holds no date that states its year: such lines
 * (most of a page) skip chrono, which is most of an import's time otherwise.
 * No \b here, so it matches wherever STATED_YEAR matches a part of the line.
 */
const MAY_STATE_YEAR = /(1[89]|2\d)\d\d/

/*
 * Words that may sit beside a date on a dateline or byline without making it
 * anything else: labels, weekdays, time-zone names, connectives.
 */
const DATE_LINE_WORDS = new RegExp(
  '^(' +
    [
      'published', 'updated', 'last', 'first', 'posted', 'modified', 'date', 'dated', 'on', 'at', 'and',
      'am', 'pm', 'a\\.m\\.', 'p\\.m\\.', 'gmt', 'utc', 'bst', 'cet', 'cest', 'eet', 'eest', 'msk', 'et',
      'est', 'edt', 'ct', 'cst', 'cdt', 'pt', 'pst', 'pdt', 'ist', 'jst', 'kst', 'hkt', 'sgt', 'aest', 'aedt',
      'time', 'local',
    ].join('|') +
    ')$',
  'i',
)

/** The first date in a line that states its year, with its label. */
export function statedDateIn(line: string): StatedDate | undefined {
  if (!MAY_STATE_YEAR.test(line)) return undefined
  for (const result of chrono.parse(line, REFERENCE)) {
    const start = result.start
    if (!STATED_YEAR.test(result.text)) continue
    if (!start.isCertain('day') || !start.isCertain('month') || !start.isCertain('year')) continue
    const before = line.slice(0, result.index)
    return {
      date: isoDate(start.get('year'), start.get('month'), start.get('day')),
      isUpdate: /\b(updated|modified)\b[^|·•]*$/i.test(before),
    }
  }
  return undefined
}

/**
 * Whether a line is only a date: a date that states its year plus labels,
 * weekdays, times and zones ("Updated: 2022-01-12 00:00", "Published
 * 5:32 PM EST, Tue January 11, 2022").
 */
export function isDateLine(line: string): boolean {
  if (!MAY_STATE_YEAR.test(line)) return false
  const dates = chrono.parse(line, REFERENCE).filter((result) => STATED_YEAR.test(result.text))
  if (dates.length === 0) return false
  let rest = line
  for (const result of dates) rest = rest.replace(result.text, ' ')
  return rest
    .split(/[\s,:|·•()\-–—/]+/)
    .filter((word) => word !== '')
    .every((word) => DATE_LINE_WORDS.test(word) || isWeekday(word))
}

/** The YYYY-MM-DD at the start of an ISO 8601 timestamp, as written (no time-zone shift). */
export function isoDateOfTimestamp(timestamp: string): string | undefined {
  const match = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(timestamp)
  if (match !== null) return `${match[1]}-${match[2]}-${match[3]}`
  return statedDateIn(timestamp)?.date
}

function isWeekday(word: string): boolean {
  return /^(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\.?$/i.test(word)
}

function isoDate(year: number | null, month: number | null, day: number | null): string {
  const pad = (value: number | null, width: number) => String(value ?? 0).padStart(width, '0')
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`
}

/** Of two stated dates, the publication date beats an "Updated" one; otherwise the first stays. */
export function preferredDate(current: StatedDate | undefined, next: StatedDate | undefined): StatedDate | undefined {
  if (current === undefined) return next
  if (next !== undefined && current.isUpdate && !next.isUpdate) return next
  return current
}

/**
 * The publication date a dateline states, preferring it over an update:
 * "Published: 19 September 2022 | Updated: 20 September 2022 08:15".
 */
export function publicationDateIn(line: string): StatedDate | undefined {
  return line
    .split(/\s+[|·•]\s+/)
    .map(statedDateIn)
    .reduce<StatedDate | undefined>((current, next) => preferredDate(current, next), undefined)
}
