import { BLOC_NAMES, EMPLOYER_REFERENCES, LABOUR_BODY_WORDS, NOT_NAME_WORDS, ORGANISATION_WORDS, escapeRegExp, wordPattern } from './cues.ts'
import { countryFormsIn, countryIndex } from './gazetteer.ts'
import { genderOfGivenName } from './given-names.ts'
import { containsWords } from '../text.ts'
import type { ArticleMeta, Doc, Paragraph, Token } from '../types.ts'

/** A side before the analysis knows which one makes the demands. */
export interface PartyCandidate {
  name: string
  /** The forms of the name this article uses, the name itself first. */
  aliases: string[]
  score: number
  reason: string
  /** Whether the headline or dek names it: news copy names the parties to a dispute there. */
  inHeadline?: boolean
  /** Whether the first two paragraphs name it. */
  inLede?: boolean
}

const ORGANISATION_NAME = new RegExp(
  String.raw`(?:the\s+)?((?:[A-Z][\p{L}'’-]*\s+){0,4}(?:${ORGANISATION_WORDS.join('|')})(?![\p{L}])(?:\s+(?:of|for)(?:\s+the)?(?:\s+[A-Z][\p{L}'’-]*)+)?)(?:\s+\(([A-Z]{2,6})\))?`,
  'gu',
)
// Generic heads a side is referred back to by ("the union said").
const GENERIC_SIDE_NOUNS = ['association', 'federation', 'authority', 'board', 'guild', 'union', 'company', 'employer', 'employers', 'management', 'government', 'group', 'alliance', 'bloc', 'caucus', 'coalition']

/**
 * Find the two sides of the standoff: countries (by any of their names, capital
 * or adjective) and organisations, scored by where and how often the article
 * names them. The title and the lede count most: that is where news copy
 * names the parties to a dispute.
 */
export function findPartyCandidates(meta: ArticleMeta, paragraphs: Paragraph[]): PartyCandidate[] {
  const lede = paragraphs.slice(0, 2).map((paragraph) => paragraph.text).join(' ')
  const body = paragraphs.map((paragraph) => paragraph.text).join('\n')
  const headline = `${meta.title}\n${meta.dek ?? ''}`
  const candidates = new Map<string, PartyCandidate>()

  const text = `${headline}\n${body}`
  const countries = new Map<string, { name: string; forms: string[] }>()
  for (const [form, country] of countryFormsIn(text)) {
    const entry = countries.get(country.name) ?? { name: country.name, forms: [] }
    entry.forms.push(form)
    countries.set(country.name, entry)
  }
  for (const { name, forms } of countries.values()) {
    // A capital or an adjective alone does not make a country a side ("talks in Capital").
    const nouns = forms.filter((form) => form === name || !isCapitalOrAdjective(form, name))
    if (nouns.length === 0) continue
    const display = containsWords(text, name) ? name : mostFrequent(nouns, text)
    // "Great Britain" is written "Britain": the last word of a long form is a form too.
    const shortened = (countryIndex().get(name)?.aliases ?? [])
      .filter((alias) => /^[A-Z][a-z]+ [A-Z][a-z]+$/.test(alias))
      .map((alias) => alias.split(' ')[1] as string)
      .filter((word) => containsWords(text, word) && !countryIndex().has(word))
    candidates.set(display, { name: display, aliases: unique([display, ...forms, ...shortened]), score: 0, reason: '' })
  }
  for (const name of headlineProperNouns(headline, body)) {
    if (countryIndex().has(name) || [...candidates.values()].some((candidate) => candidate.aliases.includes(name))) continue
    candidates.set(name, { name, aliases: [name, ...adjectivesOf(name, body), ...surnameOf(name, body)], score: 0, reason: '' })
  }
  for (const { name, acronym } of namesSpelledByAcronyms(body)) {
    if (countryIndex().has(name) || countryIndex().has(acronym) || candidates.has(name)) continue
    candidates.set(name, { name, aliases: [name, acronym], score: 0, reason: '' })
  }
  for (const group of headlineGroupNouns(headline, body)) {
    const known = candidates.get(group.name)
    candidates.set(group.name, { name: group.name, aliases: unique([...(known?.aliases ?? []), ...group.aliases]), score: 0, reason: '' })
  }
  for (const match of body.matchAll(ORGANISATION_NAME)) {
    // A sentence-initial "The" or "But", or an adjective the article writes in lower case elsewhere
    // ("Top White House aides"), is not part of the name; at least two words stay.
    const name = nameWithoutOpeners(match[1]?.trim() ?? '', body)
    if (!name || name.split(/\s+/).length < 2 || countryIndex().has(name)) continue
    const entry = candidates.get(name) ?? { name, aliases: [name], score: 0, reason: '' }
    const acronym = match[2]
    if (acronym && !entry.aliases.includes(acronym)) entry.aliases.push(acronym)
    candidates.set(name, entry)
  }

  for (const candidate of candidates.values()) {
    candidate.aliases = candidate.aliases.filter((alias) => alias === candidate.name || containsWords(body, alias) || containsWords(headline, alias))
    const forms = wordPattern(candidate.aliases, 'g')
    // A country inside another candidate's name ("Vexa Norland", a firm's local arm) is a mention of that one, not of the country.
    const longer = [...candidates.values()].filter((other) => countryIndex().has(candidate.name) && other !== candidate && other.name.includes(' ') && candidate.aliases.some((alias) => alias !== other.name && containsWords(other.name, alias)))
    const without = (text: string) => longer.reduce((rest, other) => rest.replace(wordPattern([other.name], 'g'), ' '), text)
    const mentions = (without(body).match(forms) ?? []).length
    const inHeadline = (without(headline).match(forms) ?? []).length > 0
    const inLede = (without(lede).match(forms) ?? []).length > 0
    candidate.score = mentions + (inHeadline ? 6 : 0) + (inLede ? 4 : 0)
    candidate.inHeadline = inHeadline
    candidate.inLede = inLede
    candidate.reason = `${mentions} mentions${inHeadline ? ', named in the headline' : ''}${inLede ? ', named in the lede' : ''}`
    // "the guild", "Guild president …": an organisation is referred back to by its head noun.
    const generic = GENERIC_SIDE_NOUNS.find((noun) => new RegExp(`\\b${noun}\\b`, 'i').test(candidate.name))
    if (generic) {
      for (const form of [`the ${generic}`, `The ${generic}`, generic[0]?.toUpperCase() + generic.slice(1)]) {
        if (containsWords(body, form) && !candidate.aliases.includes(form)) candidate.aliases.push(form)
      }
    }
  }
  // The outlet that publishes the story ("told the Harbour Gazette") reports the standoff; it is never a side.
  // Only the outlet's own name, without a "(via …)" note: a country in an outlet's name ("Kestria Daily") may still be a side.
  const outlet = meta.outlet?.replace(/\s*\(.*\)\s*$/, '') ?? null
  const isOutlet = (candidate: PartyCandidate) => outlet !== null && (candidate.name === outlet || (candidate.name.includes(' ') && containsWords(outlet, candidate.name)))
  return withReferences(mergeShortForms([...candidates.values()], body).filter((candidate) => candidate.score >= 3 && !isOutlet(candidate)), body)
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name))
}

/**
 * The generic names the article refers back to a side by: "the union" for a
 * workers' body, "the bloc" and its adjective for a union of states, and "the
 * company", "management" for the employer across the table from a union.
 */
function withReferences(candidates: PartyCandidate[], body: string): PartyCandidate[] {
  const used = (form: string) => [form, form[0]?.toUpperCase() + form.slice(1)].filter((variant) => containsWords(body, variant))
  // "Operators' spokesman": the reference without its article, capitalised as a title word.
  const bareForm = (form: string) => {
    const bare = form.replace(/^the\s+/, '')
    const capitalised = (bare[0]?.toUpperCase() ?? '') + bare.slice(1)
    return bare !== form && containsWords(body, capitalised) ? [capitalised] : []
  }
  const isBloc = (candidate: PartyCandidate) => BLOC_NAMES.includes(candidate.name)
  const isLabour = (candidate: PartyCandidate) => !isBloc(candidate) && wordPattern(LABOUR_BODY_WORDS, '').test(candidate.name)
  const labour = candidates.filter(isLabour)
  for (const candidate of candidates) {
    const references = isBloc(candidate)
      ? [...used('the bloc'), ...used(candidate.name.split(' ')[0] as string)]
      : isLabour(candidate)
        ? used('the union')
        : labour.length === 1 && !countryIndex().has(candidate.name)
          ? EMPLOYER_REFERENCES.flatMap((form) => [...used(form), ...bareForm(form)])
          : []
    candidate.aliases = unique([...candidate.aliases, ...references, ...membersOf(candidate).flatMap(used), ...memberOfGroup(candidate, body)])
  }
  return candidates
}

/**
 * "the pilots" for the Coastal Pilots Association, "the teachers" for a
 * teachers' federation: the plural noun inside an organisation's name names
 * its members, and the article refers to the side by it. Not for states
 * ("the states" is not the United States).
 */
function membersOf(candidate: PartyCandidate): string[] {
  const words = candidate.name.split(' ')
  if (words.length < 2 || countryIndex().has(candidate.name)) return []
  return words.filter((word) => /^\p{Lu}\p{Ll}+[^s]s$/u.test(word) && !countryIndex().has(word)).map((word) => `the ${word.toLowerCase()}`)
}

/**
 * "Loyalist of the Marsh district", "a Wardens' commander": a side named by a
 * capitalised plural ("Loyalists", "Wardens", "Federalists") has members the article names by
 * the singular, which marks a person of that side.
 */
function memberOfGroup(candidate: PartyCandidate, body: string): string[] {
  if (!/^\p{Lu}\p{Ll}+s$/u.test(candidate.name) || countryIndex().has(candidate.name)) return []
  const singular = candidate.name.endsWith('ies') ? `${candidate.name.slice(0, -3)}y` : candidate.name.slice(0, -1)
  return singular.length >= 4 && containsWords(body, singular) && !countryIndex().has(singular) ? [singular] : []
}

/**
 * One side named several ways becomes one candidate: a short form inside a
 * longer name ("Sound Health" in "Sound Health Partners"), the last word of a
 * country's long form ("Britain" of "Great Britain"), or a name's initials ("EU").
 */
function mergeShortForms(candidates: PartyCandidate[], body: string): PartyCandidate[] {
  const merged: PartyCandidate[] = []
  const byLength = [...candidates].sort((a, b) => b.name.length - a.name.length || a.name.localeCompare(b.name))
  for (const candidate of byLength) {
    // A country keeps its own candidacy: "Country" inside "Other-Country Council" is not the council.
    const inside = new RegExp(`(?<![\\p{L}\\p{N}-])${escapeRegExp(candidate.name)}(?![\\p{L}\\p{N}-])`, 'u')
    const home = countryIndex().has(candidate.name)
      ? undefined
      : merged.find((longer) => longer.aliases.some((alias) => alias !== candidate.name && (inside.test(alias) || isClippedForm(candidate.name, alias))))
    if (home) {
      home.aliases = unique([...home.aliases, ...candidate.aliases])
      home.score += candidate.score
      // The headline often names a side by its short form ("Harrow" for "Harrow Holdings Ltd"): the side is named there.
      home.inHeadline = Boolean(home.inHeadline || candidate.inHeadline)
      home.inLede = Boolean(home.inLede || candidate.inLede)
      home.reason += `; also "${candidate.name}"${candidate.inHeadline ? ', named in the headline' : ''}${candidate.inLede ? ', named in the lede' : ''}`
    } else {
      const initials = candidate.name.split(/\s+/).filter((word) => /^[A-Z]/.test(word)).map((word) => word[0]).join('')
      if (initials.length >= 2 && candidate.name.includes(' ') && containsWords(body, initials)) candidate.aliases.push(initials)
      merged.push(candidate)
    }
  }
  return merged.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name))
}

/**
 * Whether a headline's clipped name stands for a longer one: "Marlow Tech" for
 * "Marlow Technologies Corp", each word the start of the longer name's word in
 * the same place, the clipped word at least four letters.
 */
function isClippedForm(short: string, long: string): boolean {
  const shortWords = short.split(/\s+/)
  const longWords = long.split(/\s+/)
  if (shortWords.length < 2 || shortWords.length > longWords.length) return false
  const clipped = shortWords.filter((word, i) => word !== longWords[i])
  return clipped.length > 0 && shortWords.every((word, i) => {
    const longer = longWords[i] as string
    return word === longer || (word.length >= 4 && longer.startsWith(word))
  })
}

function isCapitalOrAdjective(form: string, country: string): boolean {
  const entry = countryIndex().get(country)
  if (!entry) return false
  // The gazetteer lists capitals and adjectives after the spellings; both end its alias list.
  return entry.aliases.slice(-2).includes(form) || /(?:an|ese|ish|ian|i)$/.test(form) && form.startsWith(country.slice(0, 3))
}

function mostFrequent(forms: string[], text: string): string {
  const count = (form: string) => (text.match(wordPattern([form], 'g')) ?? []).length
  return [...forms].sort((a, b) => count(b) - count(a) || a.localeCompare(b))[0] as string
}

function unique(values: string[]): string[] {
  return [...new Set(values)]
}

/**
 * Proper nouns the headline shares with the body, where the body writes them
 * capitalised mid-sentence: the sides a gazetteer can't know (a union, a
 * company, a country it lacks).
 */
function headlineProperNouns(headline: string, body: string): string[] {
  const runs = headline.match(/[A-Z][\p{L}'’-]*(?:\s+(?:of\s+)?[A-Z][\p{L}'’-]*)*/gu) ?? []
  const titleCase = isTitleCase(headline.split('\n')[0] ?? '')
  const namedInBody = (run: string) => !NOT_NAME.has(run) && run.length >= 3 && new RegExp(`[a-z,]\\s+${escapeRegExp(run)}(?![\\p{L}])`, 'u').test(body)
  return unique(runs.flatMap((run) => {
    const whole = run.replace(/['’]s$/, '')
    return namedInBody(whole) ? [whole] : titleCase ? namesInsideRun(whole, namedInBody) : []
  }))
}

/** Whether a headline capitalises its words ("Ministry Calls Offer a Stunt"), not only its names: three in four words of four letters or more. */
function isTitleCase(headline: string): boolean {
  const words = headline.match(/[\p{L}][\p{L}'’-]{3,}/gu) ?? []
  return words.length >= 3 && words.filter((word) => /^\p{Lu}/u.test(word)).length >= 0.75 * words.length
}

/**
 * A title-case headline runs names and ordinary words together ("Ministry
 * Calls Orlen's Offer a Stunt"): the longest stretches of the run, each word
 * without its possessive, that the body writes as a name.
 */
function namesInsideRun(run: string, namedInBody: (words: string) => boolean): string[] {
  const words = run.split(/\s+/).map((word) => word.replace(/['’]s$/, ''))
  const names: string[] = []
  for (let start = 0; start < words.length; ) {
    let end = words.length
    while (end > start && !namedInBody(words.slice(start, end).join(' '))) end -= 1
    if (end > start) names.push(words.slice(start, end).join(' '))
    start = Math.max(end, start + 1)
  }
  return names
}

const NOT_NAME = new Set(NOT_NAME_WORDS)

/** An organisation's name without the capitalised words before it that are no part of it: "But", "The", "Top". */
function nameWithoutOpeners(name: string, body: string): string {
  const words = name.split(/\s+/)
  while (words.length > 2 && (NOT_NAME.has(words[0] as string) || writtenInLowerCase(words[0] as string, body))) words.shift()
  return words.join(' ')
}

function writtenInLowerCase(word: string, body: string): boolean {
  const lower = word.toLowerCase()
  return lower !== word && containsWords(body, lower)
}

/**
 * "Roe" for a side that is a person, "Dana Roe": news copy names a person in
 * full once, then by surname. A person is two or three capitalised words
 * opening with a given name; the surname counts where the body writes it.
 */
function surnameOf(name: string, body: string): string[] {
  const words = name.split(' ')
  if (words.length < 2 || words.length > 3 || !words.every((word) => /^\p{Lu}\p{Ll}+$/u.test(word))) return []
  if (!genderOfGivenName(words[0] as string) || words.some((word) => ORGANISATION.has(word) || countryIndex().has(word))) return []
  const surname = words.at(-1) as string
  const count = (phrase: string) => (body.match(wordPattern([phrase], 'g')) ?? []).length
  return count(surname) > count(name) ? [surname] : []
}
const ORGANISATION = new Set(ORGANISATION_WORDS)

// Small words an organisation's name keeps between the words its acronym spells ("Office of Fair Trading", OFT).
const ACRONYM_SKIPPED_WORDS = ['and', 'of', 'for', 'the', 'on', '&']

/**
 * Organisations the article names once in full and then by initials: "the
 * Harbour and Coast Authority … HCA said". The acronym, used at least twice,
 * spells the initials of a run of capitalised words, skipping the small
 * words between them; whatever the run's last word, it is a body's name.
 */
function namesSpelledByAcronyms(body: string): Array<{ name: string; acronym: string }> {
  const acronyms = unique(body.match(/(?<![\p{L}\p{N}.-])\p{Lu}{2,5}(?![\p{L}\p{N}.-])/gu) ?? [])
    .filter((acronym) => (body.match(new RegExp(`(?<![\\p{L}\\p{N}])${acronym}(?![\\p{L}\\p{N}])`, 'gu')) ?? []).length >= 2)
  const skipped = `(?:\\s+(?:${ACRONYM_SKIPPED_WORDS.map(escapeRegExp).join('|')}))*\\s+`
  return acronyms.flatMap((acronym) => {
    const letters = [...acronym].map((letter) => `${letter}[\\p{Ll}'’-]+`)
    const spelled = new RegExp(`(?<![\\p{L}])${letters.join(skipped)}(?![\\p{L}])`, 'u').exec(body)
    return spelled ? [{ name: spelled[0].replace(/\s+/g, ' '), acronym }] : []
  })
}

/**
 * Plural nouns the headline names a side by, a group with no proper name:
 * "Teachers rally …", "Doctors offer …", "… as creditors balk". The body
 * writes the noun in lower case ("the teachers said") at least twice, once
 * after "the": then it is the same group each time, not a passing mention.
 * A noun for a person ends in the agent endings below.
 */
function headlineGroupNouns(headline: string, body: string): Array<{ name: string; aliases: string[] }> {
  const words = headline.split('\n')[0]?.match(/\p{L}[\p{L}'’-]*/gu) ?? []
  return unique(words.map((word) => word.toLowerCase())).flatMap((noun) => {
    if (!GROUP_NOUN_ENDINGS.test(noun) || NOT_GROUP_NOUNS.has(noun)) return []
    const uses = (body.match(new RegExp(`(?<![\\p{L}])${escapeRegExp(noun)}(?![\\p{L}])`, 'gu')) ?? []).length
    if (uses < 2 || !containsWords(body, `the ${noun}`)) return []
    const name = (noun[0]?.toUpperCase() ?? '') + noun.slice(1)
    return [{ name, aliases: unique([name, noun, `the ${noun}`, `The ${noun}`]) }]
  })
}
// Agent and member endings of plural nouns for people: doctors, teachers, creditors, academics, protesters, attendants, conservatives.
const GROUP_NOUN_ENDINGS = /(?:ors|ers|ists|ants|ents|ians|ics|ives|ees)$/
// Plurals with those endings that name things or numbers, never a side.
const NOT_GROUP_NOUNS = new Set(['members', 'others', 'numbers', 'matters', 'papers', 'letters', 'orders', 'powers', 'centers', 'centres', 'talks', 'events', 'comments', 'statements', 'agreements', 'payments', 'documents', 'governments', 'elements', 'arguments', 'politics', 'economics', 'tactics', 'thousands', 'others', 'factors', 'sectors', 'figures', 'rivers', 'waters', 'borders', 'quarters', 'headquarters', 'ers'])

/** Adjectives the article forms from a name: "Kestria" → "Kestrian". */
function adjectivesOf(name: string, body: string): string[] {
  if (name.includes(' ')) return []
  const stem = name.replace(/(?:ia|a|o|e|y)$/, '')
  if (stem.length < 4) return []
  const pattern = new RegExp(`\\b${escapeRegExp(stem)}(?:ian|an|n|ese|ish|i)\\b`, 'g')
  return unique(body.match(pattern) ?? []).filter((form) => form !== name)
}

/** The side a piece of text names, by the first alias found in it (earliest position wins). */
export function sideNamedIn(text: string, sides: Array<{ name: string; aliases: string[] }>): string | null {
  let best: { name: string; at: number } | null = null
  for (const side of sides) {
    const match = wordPattern(side.aliases, '').exec(text)
    if (match && (best === null || match.index < best.at)) best = { name: side.name, at: match.index }
  }
  return best?.name ?? null
}

// Prepositions that put a name as the place where things happen: "strikes across the region", "talks in Capital".
const LOCATIVE_PREPOSITIONS = new Set(['in', 'across', 'throughout', 'within', 'inside', 'around', 'at', 'near', 'outside'])
// Parts of speech after a name that make it a modifier of what follows: "Kestrian academics", "the Velland base".
const MODIFIED_PARTS = new Set(['NOUN', 'ADJ', 'PROPN', 'NUM'])

/**
 * Whether the body only ever names a candidate as the setting of the story:
 * before a noun it modifies ("UK academics", "the Kestria base") or after a
 * preposition of place ("across the UK"). A side acts somewhere in the story,
 * as a subject, an object or an owner ("Kestria said", "urged Kestria",
 * "Kestria's offer"); a place that never does is where the dispute is, not who.
 */
export function namedOnlyAsSetting(candidate: { aliases: string[] }, doc: Doc): boolean {
  const tokensOf = new Map<number, Token[]>()
  for (const token of doc.tokens) tokensOf.set(token.paragraph, [...(tokensOf.get(token.paragraph) ?? []), token])
  let uses = 0
  for (const paragraph of doc.paragraphs) {
    const tokens = tokensOf.get(paragraph.n) ?? []
    for (const match of paragraph.text.matchAll(wordPattern(candidate.aliases, 'g'))) {
      const end = (match.index ?? 0) + match[0].length
      const next = tokens.find((token) => token.start >= end)
      const before = tokens.filter((token) => token.end <= (match.index ?? 0) && token.pos !== 'DET')
      const previous = before.at(-1)
      const modifies = next !== undefined && MODIFIED_PARTS.has(next.pos) && next.start <= end + 1
      const locative = previous !== undefined && LOCATIVE_PREPOSITIONS.has(previous.lower)
      if (!modifies && !locative) return false
      uses += 1
    }
  }
  return uses >= 2
}

// Words after "A and B" that make the two face each other, not act together: "Kestria and Velland held talks", "… clashed", "… relations".
const RECIPROCAL_WORDS = [
  'talk', 'talks', 'talked', 'met', 'meet', 'meets', 'meeting', 'clash', 'clashed', 'clashes', 'agree', 'agreed', 'agreement', 'deal',
  'negotiate', 'negotiated', 'negotiations', 'negotiators', 'sign', 'signed', 'relations', 'relationship', 'ties', 'tension', 'tensions',
  'dispute', 'disputes', 'row', 'spar', 'sparred', 'feud', 'odds', 'apart', 'each', 'differences', 'summit', 'war', 'fight', 'fought',
  'battle', 'standoff', 'rivals', 'rivalry', 'compete', 'round', 'rounds', 'trade', 'traded', 'exchange', 'exchanged', 'versus', 'dialogue',
  'deadlock', 'deadlocked', 'across', 'split', 'divided', 'mediators', 'mediated', 'ceasefire', 'truce',
]
const RECIPROCAL = new Set(RECIPROCAL_WORDS)
// Words before "A and B" that set them against each other or only list them: "talks between A and B", "leverage with both A and B".
const OPPOSING_OPENERS = new Set(['between', 'both', 'neither', 'either'])

/**
 * Pairs of candidates the body names as acting together against a third:
 * "A and B accused C …", "the A-ian and B-ian defence ministries said C's
 * forces …", "A and B have been pressing C". Two names joined by "and" in a
 * sentence that names another candidate are allies unless the word before
 * sets them apart ("between A and B") or the rest of the sentence makes the
 * two face each other ("A and B held talks", "… clashed"). A pair ever
 * written so is no alliance.
 */
export function alliedPairs(candidates: Array<{ name: string; aliases: string[] }>, sentences: string[]): Array<[string, string]> {
  const pairs: Array<[string, string]> = []
  // Each candidate's names as one pattern, built once: the pairs and sentences multiply, and most sentences name
  // neither of a pair, so they are passed over with two tests before the long pattern runs.
  const namePatterns = new Map(candidates.map((candidate) => [candidate, wordPattern(candidate.aliases, '')]))
  const joinedPattern = (a: RegExp, b: RegExp) => new RegExp(`([\\p{L}'’-]+\\s+)?(?:the\\s+)?(?:${a.source})(?:['’]s)?\\s+and\\s+(?:the\\s+)?(?:${b.source})(.*)$`, 'gu')
  for (const [i, first] of candidates.entries()) {
    for (const second of candidates.slice(i + 1)) {
      const others = candidates.filter((other) => other !== first && other !== second)
      const [firstNames, secondNames] = [namePatterns.get(first)!, namePatterns.get(second)!]
      const joined = [joinedPattern(firstNames, secondNames), joinedPattern(secondNames, firstNames)]
      let together = 0
      let apart = false
      for (const sentence of sentences) {
        if (!/\sand\s/.test(sentence) || !firstNames.test(sentence) || !secondNames.test(sentence)) continue
        for (const match of joined.flatMap((pattern) => [...sentence.matchAll(pattern)])) {
          const rest = (match[2] ?? '').toLowerCase().match(/\p{L}+/gu) ?? []
          if (OPPOSING_OPENERS.has((match[1] ?? '').trim().toLowerCase()) || rest.some((word) => RECIPROCAL.has(word))) apart = true
          else if (others.some((other) => namePatterns.get(other)!.test(sentence))) together += 1
        }
      }
      if (together > 0 && !apart) pairs.push([first.name, second.name])
    }
  }
  return pairs
}

// Words in a name that make it a public body ("Harbour Protection Service", "the Revenue Office"), referred back to as "the agency".
const PUBLIC_BODY_WORDS = ['Department', 'Ministry', 'Agency', 'Administration', 'Office', 'Commission', 'Bureau', 'Service', 'Protection', 'Authority', 'Directorate', 'Inspectorate', 'Police', 'Customs']
// How copy refers back to a public body, and to a firm, once it has named it.
const PUBLIC_BODY_REFERENCES = ['the agency', 'the department', 'the ministry', 'the administration']
const FIRM_REFERENCES = ['the company', 'the firm']

/**
 * "the agency said", "the company denied it": once the two sides are chosen,
 * the generic noun the article refers back to one of them by. A public body
 * is "the agency" (and "the department", "the ministry" when its name says
 * so); a firm, a side that is neither a country, a public body, a person nor
 * a workers' body, is "the company". Only when exactly one side is of that kind.
 */
export function withGenericReferences<T extends { name: string; aliases: string[] }>(sides: T[], body: string): T[] {
  const publicBody = (side: T) => wordPattern(PUBLIC_BODY_WORDS, '').test(side.name) && !countryIndex().has(side.name)
  const person = (side: T) => surnameOf(side.name, body).length > 0 || side.aliases.some((alias) => alias !== side.name && side.name.endsWith(` ${alias}`) && genderOfGivenName(side.name.split(' ')[0] ?? '') !== null)
  const firm = (side: T) => !publicBody(side) && !person(side) && !countryIndex().has(side.name) && !side.aliases.some((alias) => countryIndex().has(alias)) && !wordPattern(LABOUR_BODY_WORDS, '').test(side.name) && !BLOC_NAMES.includes(side.name) && !/^\p{Lu}\p{Ll}+s$/u.test(side.name)
  const used = (form: string) => [form, (form[0]?.toUpperCase() ?? '') + form.slice(1)].filter((variant) => containsWords(body, variant))
  const only = (test: (side: T) => boolean) => (sides.filter(test).length === 1 ? sides.find(test) : undefined)
  const agency = only(publicBody)
  const company = only(firm)
  return sides.map((side) => {
    const references = [
      ...(side === agency ? PUBLIC_BODY_REFERENCES.filter((form) => form === 'the agency' || side.name.includes(form.slice(4, 5).toUpperCase() + form.slice(5))).flatMap(used) : []),
      ...(side === company ? FIRM_REFERENCES.flatMap(used) : []),
    ]
    return references.length > 0 ? { ...side, aliases: unique([...side.aliases, ...references]) } : side
  })
}
