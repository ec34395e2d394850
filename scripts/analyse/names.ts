import { NOT_NAME_WORDS, ORGANISATION_WORDS, PLACE_QUALIFIERS, TITLE_QUALIFIERS, TITLE_WORDS } from './cues.ts'
import { countryIndex } from './gazetteer.ts'
import type { DocSentence, NameKind, NameSpan, Token } from '../types.ts'

const titleWords = new Set(TITLE_WORDS.map((word) => word.toLowerCase()))
// The title words that name an office, not what it is an office of ("Minister", not "Foreign").
const officeWords = new Set([...titleWords].filter((word) => !TITLE_QUALIFIERS.some((qualifier) => qualifier.toLowerCase() === word)))
const organisationWords = new Set(ORGANISATION_WORDS)
const notNameWords = new Set(NOT_NAME_WORDS)
// Dates are never names ("Jan. 5", "Tuesday"), except months that are also given names, before a surname.
const CALENDAR_WORD = /^(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?$|^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/
export const GIVEN_NAME_MONTHS = new Set(['April', 'May', 'June', 'August'])
// Lower-case particles inside names ("Karim el-Haddad", "Ruud van Dijk", "Omar bin Said").
const PARTICLES = new Set(['al', 'el', 'van', 'von', 'de', 'der', 'den', 'da', 'di', 'du', 'dos', 'das', 'bin', 'ibn', 'la', 'le', 'ben', 'abu', 'ter', 'y'])
// Honorifics that make the next capitalised word a person's name on their own.
export const HONORIFICS = new Set(['mr.', 'mrs.', 'ms.', 'dr.', 'mr', 'mrs', 'ms', 'dr', 'miss', 'sir', 'dame', 'prof.', 'professor'])

/**
 * Capitalised name spans of every sentence: runs of proper nouns (and
 * capitalised words the tagger took for common nouns, such as a given name
 * that is also a month), joined through hyphens and lower-case particles.
 * Leading title words are left outside the span. The kind is a first guess
 * from the words alone: a country or capital is a place, a name with an
 * organisation word is an organisation, one after an honorific a person.
 */
export function findNames(tokens: Token[], sentences: DocSentence[]): NameSpan[] {
  const names: NameSpan[] = []
  const surnames = namesWrittenInside(tokens, sentences)
  for (const sentence of sentences) {
    let t = sentence.start
    while (t < sentence.end) {
      // "Varga said …": a word the article writes capitalised inside sentences, never in lower case, is a name
      // where capitals say nothing (opening a sentence) and where the tagger took it for a verb ('," Varga said').
      const knownName = surnames.has((tokens[t] as Token).text) && !notNameWords.has((tokens[t] as Token).text)
      if (!knownName && !startsName(tokens, t, sentence)) {
        t += 1
        continue
      }
      let end = t + 1
      while (end < sentence.end && continuesName(tokens, end)) end += 1
      // A trailing lower-case word is not part of the name, unless it is glued on by a hyphen ("Un-gyong").
      while (end > t + 1 && !isCapitalised(tokens[end - 1] as Token) && !gluedByHyphen(tokens, end - 1)) end -= 1
      let start = t
      while (start < end - 1 && (titleWords.has(stripDot((tokens[start] as Token).lower)) || HONORIFICS.has((tokens[start] as Token).lower) || (tokens[start] as Token).text === '.')) start += 1
      // "North Korea", "New York": a place's opening word stays with it, so the rest is not taken for a name.
      while (start < end - 1 && notNameWords.has((tokens[start] as Token).text) && !GIVEN_NAME_MONTHS.has((tokens[start] as Token).text) && !PLACE_QUALIFIERS.includes((tokens[start] as Token).text)) start += 1
      // "Dockworkers Union President Lars Heimdal", "Republican Gov. Ada Brisk": a title inside the run
      // ends an organisation or an adjective and opens a person's name.
      let title = -1
      for (let k = start + 1; k < end - 1; k += 1) if (officeWords.has(stripDot((tokens[k] as Token).lower)) && !titleWords.has(stripDot((tokens[k + 1] as Token).lower))) title = k
      if (title !== -1) {
        let first = title
        while (first > start && titleWords.has(stripDot((tokens[first - 1] as Token).lower))) first -= 1
        if (first > start) names.push(span(tokens, start, first, sentence.i))
        // "President-elect Marco Dalisay": the title's hyphenated tail ("-elect", "-designate") is the title's, not the name's.
        let nameStart = title + 1
        while (nameStart < end - 1 && ((tokens[nameStart] as Token).text === '-' || ((tokens[nameStart - 1] as Token).text === '-' && !isCapitalised(tokens[nameStart] as Token)))) nameStart += 1
        names.push({ ...span(tokens, nameStart, end, sentence.i), kind: 'person' })
      } else {
        names.push(span(tokens, start, end, sentence.i))
      }
      t = end
    }
  }
  return names
}

/**
 * Capitalised words that the article writes inside sentences as the last word
 * of a proper-noun run and never in lower case: the surnames and names a
 * sentence may open with, where capitals say nothing.
 */
function namesWrittenInside(tokens: Token[], sentences: DocSentence[]): Set<string> {
  const lower = new Set<string>()
  const inside = new Set<string>()
  for (const sentence of sentences) {
    for (let t = sentence.start; t < sentence.end; t += 1) {
      const token = tokens[t] as Token
      if (/^\p{Ll}/u.test(token.text)) lower.add(token.text)
      else if (t > sentence.start && !/^\p{Lu}/u.test(tokens[t + 1]?.text ?? '') && /^(?:\p{Lu}|\.$)/u.test(tokens[t - 1]?.text ?? '')) inside.add(token.text)
    }
  }
  return new Set([...inside].filter((word) => !lower.has(word.toLowerCase()) && /^\p{Lu}\p{Ll}/u.test(word)))
}

function span(tokens: Token[], start: number, end: number, sentence: number): NameSpan {
  const text = tokens.slice(start, end).map((token, index, run) => (index > 0 && run[index - 1] && (run[index - 1] as Token).end < token.start ? ' ' : '') + token.text).join('')
  return { start, end, text, kind: kindOf(tokens, start, end, text), sentence }
}

function stripDot(word: string): string {
  return word.endsWith('.') ? word.slice(0, -1) : word
}

function gluedByHyphen(tokens: Token[], index: number): boolean {
  const token = tokens[index] as Token
  const previous = tokens[index - 1]
  return Boolean(previous && previous.text === '-' && previous.end === token.start && /^\p{L}/u.test(token.text))
}

function isCapitalised(token: Token): boolean {
  return /^\p{Lu}/u.test(token.text) && /\p{L}/u.test(token.text)
}

function startsName(tokens: Token[], index: number, sentence: DocSentence): boolean {
  const token = tokens[index] as Token
  if (!isCapitalised(token) || token.dateline) return false
  const next = tokens[index + 1]
  const nameNext = next && isCapitalised(next) && next.text !== 'I' && !notNameWords.has(next.text) && next.start === token.end + 1 && !CALENDAR_WORD.test(next.lower)
  if (CALENDAR_WORD.test(token.lower)) return GIVEN_NAME_MONTHS.has(token.text) && Boolean(nameNext)
  if (token.pos === 'PROPN') return !notNameWords.has(token.text) || tokens[index + 1]?.pos === 'PROPN'
  // A capitalised common noun or adjective joins only when a proper noun follows ("May Lindqvist");
  // at the start of a sentence capitals say nothing.
  if (index === sentence.start) return Boolean(nameNext) && !notNameWords.has(token.text)
  return token.text !== 'I' && !notNameWords.has(token.text) && Boolean(nameNext)
}

function continuesName(tokens: Token[], index: number): boolean {
  const token = tokens[index] as Token
  const previous = tokens[index - 1] as Token
  const glued = previous.end === token.start
  // "Ferrante-Ruiz", "el-Haddad", "O'Neil": hyphens and apostrophes inside a name.
  if (glued && (token.text === '-' || token.text === "'" || token.text === '’')) {
    const next = tokens[index + 1]
    return Boolean(next && next.start === token.end && /^\p{L}/u.test(next.text))
  }
  if (glued && (previous.text === '-' || previous.text === "'" || previous.text === '’')) return /^\p{L}/u.test(token.text)
  if (PARTICLES.has(token.text)) {
    const next = tokens[index + 1]
    return Boolean(next && (isCapitalised(next) || next.text === '-'))
  }
  // "Brell & Okafor": a firm's name joins its partners.
  if (token.text === '&') return Boolean(tokens[index + 1] && isCapitalised(tokens[index + 1] as Token))
  if (previous.text === '&') return isCapitalised(token)
  // A middle initial: "Ilse M. Varga" (the tagger may split the full stop off).
  // … and a title's full stop ("the Rev. Jonah Pell").
  if (token.text === '.' && glued) return (/^\p{Lu}$/u.test(previous.text) || titleWords.has(previous.lower)) && Boolean(tokens[index + 1] && isCapitalised(tokens[index + 1] as Token))
  if (/^\p{Lu}\.$/u.test(token.text)) return Boolean(tokens[index + 1] && isCapitalised(tokens[index + 1] as Token))
  // A month after a given name is a surname ("Theresa May"), unless a day number follows.
  if (CALENDAR_WORD.test(token.lower)) return GIVEN_NAME_MONTHS.has(token.text) && isCapitalised(previous) && !/^\d/.test(tokens[index + 1]?.text ?? '')
  // Inside running text a capitalised word after a name word is part of the name whatever the
  // tagger calls it: it takes "Will", "Grace" or "Rose" for verbs and adjectives.
  return isCapitalised(token) && token.text !== 'I' && (!notNameWords.has(token.text) || titleWords.has(stripDot(token.lower)))
}

function kindOf(tokens: Token[], start: number, end: number, text: string): NameKind {
  const words = tokens.slice(start, end).map((token) => token.text)
  // Dotted abbreviations are the same names as their plain forms ("U.A.E.", "UAE").
  if (countryIndex().has(text) || countryIndex().has(text.replace(/\./g, ''))) return 'place'
  // "Kell & Marr": partners joined by an ampersand are a firm.
  if (words.some((word) => organisationWords.has(word)) || words.includes('&')) return 'organisation'
  const before = tokens[start - 1]
  if (before && (HONORIFICS.has(before.lower) || officeWords.has(stripDot(before.lower)))) return 'person'
  return 'unknown'
}
