import { chromeRuleFor } from './chrome.ts'
import { isDateLine, preferredDate, statedDateIn, type StatedDate } from './dates.ts'
import { endsLikeSentence, wordsOf } from './line-shape.ts'

/** What a byline line says about who wrote the article, where, for whom and when. */
export interface Byline {
  author?: string
  place?: string
  outlet?: string
  date?: StatedDate
}

/*
 * Byline parts are set apart by a bar, a middle dot, a bullet or a spaced
 * dash: "By A in B | Outlet | Updated: date", "By A · date".
 */
const SEGMENT_SEPARATOR = /\s+[|·•]\s+|\s+[—–]\s+|\s+-\s+/
const BY = /^by\s+(?=[\p{Lu}"“'])/iu
const MAX_BYLINE_CHARS = 160

/*
 * Job titles that follow a name after a comma on bylines ("A, Diplomatic
 * Editor"): dropped, since the frontmatter holds the name only.
 */
export const ROLE_WORDS = /\b(correspondent|editor|reporter|writer|journalist|columnist|contributor|contributing|staff|bureau chief|chief|analyst|producer|anchor|host|special to|for the)\b/i

/*
 * How news organisations are named: the big agencies by name, everyone else
 * by the noun that ends their name ("... Times", "... Daily", "... News").
 */
const OUTLET_NAMES = /^(the )?(reuters|associated press|ap|afp|agence france-presse|bloomberg( news)?|dpa|efe|ansa|kyodo( news)?|yonhap|pa media|upi|anadolu( agency)?)$/i
const OUTLET_NOUNS = /\b(daily|times|post|news|herald|journal|tribune|gazette|telegraph|guardian|independent|observer|press|wire|agency|chronicle|review|weekly|express|mail|standard|globe|star|sun|monitor|radio|tv|television|network|broadcasting|media|service|ledger|courier|dispatch|record|bulletin|today)$/i

/** Whether a name reads as a news organisation's. */
export function isOutletName(name: string): boolean {
  const trimmed = name.trim()
  return OUTLET_NAMES.test(trimmed) || (isCapitalisedPhrase(trimmed) && OUTLET_NOUNS.test(trimmed))
}

/**
 * A name in normal case when the page set it in capitals ("REN QI" →
 * "Li Na", "JEAN-PAUL O'NEIL" → "Jean-Paul O'Neil"); a name with any lower
 * case letter is left as written ("Li Na", "DeSantis").
 */
export function normalNameCase(name: string): string {
  if (/\p{Ll}/u.test(name)) return name
  return name.replace(/\p{L}+/gu, (run) => run.charAt(0) + run.slice(1).toLocaleLowerCase('en'))
}

/**
 * Read a byline line: "By LI NA in Oslo | The Daily Post | Updated: date",
 * "By A and B, Outlet", "By A · 12 January 2022".
 *
 * With `requireBy: false` the line may open with the name itself ("A in
 * Lisbon", "A, Europe correspondent"); the paste reader allows that only
 * for a line directly above a date line, where a name is what sites put.
 * Returns undefined for a line that is not a byline.
 */
export function parseByline(line: string, options: { requireBy?: boolean } = {}): Byline | undefined {
  const requireBy = options.requireBy ?? true
  const trimmed = line.trim()
  // A byline is a label, not a sentence: "By Monday, the talks had stalled." is prose.
  if (trimmed.length > MAX_BYLINE_CHARS || (endsLikeSentence(trimmed) && /\s\p{Ll}+[.!?…]\S*$/u.test(trimmed))) {
    return undefined
  }
  const segments = trimmed.split(SEGMENT_SEPARATOR).map((segment) => segment.trim()).filter(Boolean)
  const byline: Byline = {}
  let sawAuthorSegment = false
  for (const [index, segment] of segments.entries()) {
    if (isDateLine(segment)) {
      const date = statedDateIn(segment)
      if (date !== undefined && (byline.date === undefined || (byline.date.isUpdate && !date.isUpdate))) {
        byline.date = date
      }
      continue
    }
    const opensWithBy = BY.test(segment)
    if (!sawAuthorSegment && (opensWithBy || (!requireBy && index === 0))) {
      // Without "By" only a full name will do: a one-word "name" is more likely a headline's first word.
      const people = readPeople(segment.replace(BY, ''), opensWithBy ? 1 : 2)
      if (people === undefined) return undefined
      sawAuthorSegment = true
      byline.author = people.author
      if (people.place !== undefined) byline.place = people.place
      if (people.outlet !== undefined) byline.outlet = people.outlet
      continue
    }
    const isChrome = chromeRuleFor(segment) !== undefined
    if (byline.outlet === undefined && !isChrome && (sawAuthorSegment || isOutletName(segment)) && isCapitalisedPhrase(segment)) {
      byline.outlet = segment
    }
  }
  if (byline.author === undefined && !(byline.date !== undefined && byline.outlet !== undefined)) {
    return undefined
  }
  return byline
}

/**
 * The people part of a byline: "JANE ROE in Lindmark", "A and B, Reuters",
 * "A, Diplomatic Editor". Undefined when what follows "By" is not names.
 */
function readPeople(text: string, minWordsPerName: number): { author: string; place?: string; outlet?: string } | undefined {
  const [namesAndPlace = '', ...tail] = text.split(/\s*,\s*/)
  let names = namesAndPlace
  let place: string | undefined
  const placeMatch = /^(.*?)\s+in\s+(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*)*)$/u.exec(namesAndPlace)
  if (placeMatch !== null) {
    names = placeMatch[1] ?? ''
    place = placeMatch[2]
  }
  const extraNames: string[] = []
  let outlet: string | undefined
  for (const part of tail) {
    if (ROLE_WORDS.test(part)) continue
    // "in Porto, Portugal": the country after the city is still the place.
    if (place !== undefined && extraNames.length === 0 && outlet === undefined && !isOutletName(part) && wordsOf(part).length <= 3 && !/\sand\s/i.test(part)) {
      continue
    }
    if (outlet === undefined && isOutletName(part)) outlet = part
    else if (areNames(part, minWordsPerName)) extraNames.push(part)
    else if (outlet === undefined && isCapitalisedPhrase(part) && place === undefined && wordsOf(part).length <= 3) {
      place = part
    }
  }
  const allNames = [names, ...extraNames].join(', ')
  if (!areNames(allNames, minWordsPerName)) return undefined
  const author = allNames
    .split(/(\s*,\s*|\s+and\s+|\s*&\s*)/i)
    .map((piece, index) => (index % 2 === 1 ? piece.toLocaleLowerCase('en') : normalNameCase(piece)))
    .join('')
  return {
    author,
    ...(place === undefined ? {} : { place: normalNameCase(place) }),
    ...(outlet === undefined ? {} : { outlet }),
  }
}

/* "A", "A and B", "A, B and C": each a few capitalised words. */
function areNames(text: string, minWordsPerName: number): boolean {
  const names = text.split(/\s*,\s*|\s+and\s+|\s*&\s*/i).filter(Boolean)
  return (
    names.length > 0 &&
    names.every((name) => {
      const count = wordsOf(name).length
      return count >= minWordsPerName && count <= 5 && isCapitalisedPhrase(name) && !/\d/.test(name)
    })
  )
}

/* Every word starts with a capital letter, allowing particles (de, van, al-, bin). */
function isCapitalisedPhrase(text: string): boolean {
  const words = wordsOf(text)
  return (
    words.length > 0 &&
    words.every((word) => /^["“'(]?\p{Lu}/u.test(word) || /^(de|da|del|della|der|den|van|von|la|le|al|el|bin|ibn|of|the|and|y)$/i.test(word) || /^(al|el)-/i.test(word))
  )
}

/**
 * Combine what two byline lines say: the first to name a field keeps it,
 * except that a publication date beats an "Updated" one.
 */
export function mergeBylines(current: Byline, next: Byline): Byline {
  const date = preferredDate(current.date, next.date)
  const author = current.author ?? next.author
  const place = current.place ?? next.place
  const outlet = current.outlet ?? next.outlet
  return {
    ...(author === undefined ? {} : { author }),
    ...(place === undefined ? {} : { place }),
    ...(outlet === undefined ? {} : { outlet }),
    ...(date === undefined ? {} : { date }),
  }
}
