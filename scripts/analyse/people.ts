import {
  ACADEMIC_AFFILIATIONS,
  AFFILIATION_ADJECTIVES,
  EXPERT_ROLES,
  HEAD_ROLES,
  NOT_NAME_WORDS,
  OFFICIAL_ROLES,
  ORGANISATION_WORDS,
  PLACE_QUALIFIERS,
  SIDE_AFFILIATIONS,
  SPEECH_VERBS,
  THIRD_PARTY_BODIES,
  THIRD_PARTY_ROLES,
  TITLE_WORDS,
  wordPattern,
} from './cues.ts'
import { countryFormsIn, countryIndex } from './gazetteer.ts'
import { GIVEN_NAME_MONTHS, HONORIFICS } from './names.ts'
import { sideNamedIn } from './parties.ts'
import { narrationOf } from '../text.ts'
import type { SpeechCue } from './speech-cues.ts'
import type { Doc, DocSentence, NameSpan, Person, PersonKind, Sentence, Token } from '../types.ts'
import { genderOfGivenName } from './given-names.ts'

interface Side {
  name: string
  aliases: string[]
}

// Hyphenated and O'Neil-style names, but not a possessive "'s".
const NAME_TOKEN = String.raw`(?:[A-Z][\p{Ll}]+(?:-[A-Z]?[\p{Ll}]+|['’](?:[A-Z][\p{Ll}]+|[\p{Ll}]{2,}))*|[A-Z]\.)`
const PARTICLE = String.raw`(?:von|van|de|der|da|al|bin|el|la|du|le|di|dos|das)`
const CAPITALISED_RUN = new RegExp(`${NAME_TOKEN}(?:\\s+(?:${PARTICLE}\\s+)?${NAME_TOKEN})*`, 'gu')

const titleWords = new Set(TITLE_WORDS)
/** A title word with or without its full stop ("Gov." as "Gov"). */
const isTitleWord = (word: string) => titleWords.has(word.endsWith('.') ? word.slice(0, -1) : word)
// Honorifics say a name is a person's, not what the person does.
const HONORIFIC_ROLE = /^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady)\.?$/
const organisationWords = new Set(ORGANISATION_WORDS)
// One word with a capital after lower-case letters, where those letters are not a surname prefix.
const BRAND_SHAPE = /^(?!(?:Mc|Mac|De|Di|Da|Du|La|Le|Lo|Van|Von|Ten|St|Fitz)\p{Lu})\p{Lu}\p{Ll}+\p{Lu}/u
const notNameWords = new Set(NOT_NAME_WORDS)
const officialRole = wordPattern(OFFICIAL_ROLES)
const expertRole = wordPattern(EXPERT_ROLES)
const headRole = wordPattern(HEAD_ROLES)
const academicAffiliation = wordPattern(ACADEMIC_AFFILIATIONS)
const sideAffiliation = wordPattern(SIDE_AFFILIATIONS)
const thirdPartyRole = wordPattern([...THIRD_PARTY_ROLES, ...THIRD_PARTY_BODIES])
const anyRole = wordPattern([...OFFICIAL_ROLES, ...EXPERT_ROLES, ...HEAD_ROLES, ...THIRD_PARTY_ROLES])
const anyRoleWord = new Set([...OFFICIAL_ROLES, ...EXPERT_ROLES, ...HEAD_ROLES, ...THIRD_PARTY_ROLES])
// "Jane Roe said", "Jane Roe, 78, who said": an age and a relative pronoun may stand between.
const speechAfter = new RegExp(`^\\s*(?:,\\s*\\d{1,3}\\s*)?(?:,\\s*)?(?:who\\s+)?(?:${SPEECH_VERBS.join('|')}|was quoted|has said|had said)\\b`)
const speechBefore = new RegExp(`\\b(?:${SPEECH_VERBS.join('|')})\\s*$`)
// Back-references that mark the last-introduced person as an independent expert ("the Russian scholar said").
const expertDescriptor = new RegExp(`\\bthe\\s+(?:[A-Z][\\p{L}-]+\\s+|[a-z]+\\s+)?(?:${EXPERT_ROLES.join('|')})\\b`, 'u')

/** A sentence, or the photo caption as paragraph 0, to look for people in. */
export type Passage = Pick<Sentence, 'paragraph' | 'text'>

/**
 * The people an article introduces by name, with role, affiliation, kind and side.
 *
 * Each name span of the document counts as a person when the article shows
 * it is one: a title or honorific before it ("Deputy Foreign Minister Jane
 * Roe", "Mr. Roe"), a role after it ("Jane Roe, director of …"), or being the
 * one who speaks or holds a view in a speech or belief cue ("Roe said").
 * Whether someone speaks for a side or is an independent expert is read from
 * that introduction, never from a list of names.
 */
export function findPeople(doc: Doc, cues: SpeechCue[], sides: Side[]): Person[] {
  const people = new Map<string, Person>()
  const holders = holderNames(doc, cues)
  const lowerCaseWords = new Set(doc.tokens.filter((token) => /^\p{Ll}/u.test(token.text)).map((token) => token.text))
  for (const span of doc.names) {
    if (span.kind === 'place' || span.kind === 'organisation') continue
    const sentence = doc.sentences[span.sentence] as DocSentence
    const sentenceStart = (doc.tokens[sentence.start] as Token).start
    const at = (doc.tokens[span.start] as Token).start - sentenceStart
    // "Police say he …", "Authorities said": one word the article also writes in lower case is a common noun.
    const commonWord = span.end - span.start === 1 && lowerCaseWords.has(span.text.toLowerCase())
    const evidence = { speaks: holders.has(span.start) && (span.end - span.start > 1 || (!commonWord && (pronounFollows(doc, span) || fullNameElsewhere(doc, span.text)))), titled: span.kind === 'person' }
    const found = personAt({ paragraph: sentence.paragraph, text: sentence.text }, span.text, at, sides, evidence)
    if (!found) continue
    const known = people.get(found.name)
    if (!known) people.set(found.name, found)
    else enrich(known, found)
  }
  const byName = new Map<string, Person>()
  for (const person of [...people.values()].map((found) => withFullName(doc, found))) {
    const known = byName.get(person.name)
    if (!known) byName.set(person.name, person)
    else enrich(known, person)
  }
  // "Torvale Shipping said": a name with no role and no given name that is one of the candidate sides, or the start of one, is that side speaking, not a person.
  const sideNames = sides.flatMap((side) => [side.name, ...side.aliases])
  // "Mr. Roe said": a name the article writes after an honorific is a person's, even where a side is named after them.
  const honoured = new Set(doc.names.filter((span) => HONORIFICS.has(doc.tokens[span.start - 1]?.lower ?? '')).map((span) => span.text.split(' ').at(-1)))
  const notSides = [...byName.values()].filter((person) => person.role !== null || genderOfGivenName(person.name.split(' ')[0] ?? '') !== null || honoured.has(person.name.split(' ').at(-1)) || !sideNames.some((name) => name === person.name || name.startsWith(`${person.name} `) || name.startsWith(`${person.name}'`) || name.startsWith(`${person.name}’`)))
  const merged = mergeSurnames(dropOutletPrefixes(notSides))
  markExpertsByBackReference(doc.sentences, merged)
  const all = merged.sort((a, b) => a.paragraph - b.paragraph || a.name.localeCompare(b.name))
  const text = doc.paragraphs.map((paragraph) => paragraph.text).join('\n')
  for (const person of all) person.mentions = mentionsOf(person.name, text, all)
  return all
}

const PERSONAL_PRONOUNS = new Set(['he', 'she', 'his', 'her', 'him', 'hers', 'himself', 'herself'])

/** "Roe said … He added": a personal pronoun later in the sentence or in the next tells a one-word name is a person, not a company. */
function pronounFollows(doc: Doc, span: NameSpan): boolean {
  const sentence = doc.sentences[span.sentence] as DocSentence
  const next = doc.sentences[span.sentence + 1]
  const end = next && next.paragraph === sentence.paragraph ? next.end : sentence.end
  for (let t = span.end; t < end; t += 1) if (PERSONAL_PRONOUNS.has((doc.tokens[t] as Token).lower)) return true
  return false
}

/** "Supporters of Ilse Marken … Marken said": a full name elsewhere ends in this one word. */
function fullNameElsewhere(doc: Doc, word: string): boolean {
  return doc.names.some((span) => (span.kind === 'unknown' || span.kind === 'person') && span.end - span.start > 1 && span.text.endsWith(` ${word}`))
}

/** The first token of each name that is the holder of a speech or belief cue. */
function holderNames(doc: Doc, cues: SpeechCue[]): Set<number> {
  const starts = new Set<number>()
  for (const cue of cues) {
    if (!cue.holder) continue
    // "County Sheriff Bo Tarr said": of the names inside the holder, the person's, else the first.
    // "The Committee for a Fair Harbour said", "an aide to Jane Roe said": a name after a preposition
    // is what the holder is of, not the holder, unless it stands right before the verb ("In an interview Roe said").
    const afterPreposition = (span: NameSpan) => doc.tokens.slice(cue.holder!.start, span.start).some((token) => token.pos === 'ADP')
    const beforeVerb = (span: NameSpan) => span.end === cue.holder!.end && !['ADP', 'DET'].includes(doc.tokens[span.start - 1]?.pos ?? '')
    // "The New York businessman says", "the Roe campaign said": a name before the holder's noun only qualifies it.
    const modifier = (span: NameSpan) => span.end < cue.holder!.end && doc.tokens[span.end]?.pos === 'NOUN'
    const inside = doc.names.filter((span) => span.start >= cue.holder!.start && span.end <= cue.holder!.end && span.kind !== 'place' && span.kind !== 'organisation' && (!afterPreposition(span) || beforeVerb(span)) && !modifier(span))
    const name = inside.find((span) => span.kind === 'person') ?? inside[0]
    if (name) starts.add(name.start)
    // "Jane Roe, 59, of Ashton, who watched, said": the name opening the subject stretch holds it too.
    const opening = cue.stretch ? doc.names.find((span) => span.start === cue.stretch!.start && span.kind !== 'place' && span.kind !== 'organisation') : undefined
    if (opening && doc.tokens[opening.end]?.text === ',') starts.add(opening.start)
  }
  return starts
}

/**
 * A person shown to be one only by a surname ("Roe said … he") takes the full
 * name the article gives elsewhere, where that name is not itself shown to be
 * a person's ("a rally for Jane Roe"), if exactly one full name ends in it.
 */
function withFullName(doc: Doc, person: Person): Person {
  if (person.name.includes(' ')) return person
  const full = new Set(doc.names.filter((span) => (span.kind === 'unknown' || span.kind === 'person') && span.end - span.start > 1 && span.text.split(' ').at(-1) === person.name && span.text.split(' ').length <= 3).map((span) => span.text))
  if (full.size !== 1) return person
  const name = [...full][0] as string
  if (name.split(' ').some((word) => isNotName(word) || organisationWords.has(word))) return person
  const renamed = { ...person, name, mentions: [name, person.name], reason: `${person.reason}; full name from "${name}" elsewhere in the article` }
  sideEvidence.set(renamed, sideEvidence.get(person) ?? [])
  return renamed
}

/**
 * "… the Harbour Ledger Marken said": a run of capitals ending in a known
 * person's surname, with no role of its own, is a name written after an
 * outlet or place; it is that person, not a new one.
 */
function dropOutletPrefixes(people: Person[]): Person[] {
  return people.filter((person) => {
    const words = person.name.split(' ')
    if (words.length < 3 || person.role) return true
    const owner = people.find((other) => other !== person && other.name.split(' ').length === 2 && other.name.split(' ')[1] === words.at(-1))
    if (!owner) return true
    enrich(owner, person)
    return false
  })
}

/**
 * A person known first by surname alone ("President Varga", "Mr. Roe") is the
 * same person as a full name ending in it; the full name keeps what both say.
 */
function mergeSurnames(people: Person[]): Person[] {
  const full = people.filter((person) => person.name.includes(' '))
  return people.filter((person) => {
    if (person.name.includes(' ')) return true
    // The surname ends a Western name and opens an East Asian one ("Wang Xiaoyu … Wang said").
    const bySurname = full.filter((other) => other.name.split(' ').at(-1) === person.name)
    const matches = bySurname.length > 0 ? bySurname : full.filter((other) => other.name.split(' ')[0] === person.name)
    if (matches.length !== 1) return true
    enrich(matches[0] as Person, person)
    return false
  })
}

/**
 * How the article refers back to a person: the surname, as English copy does,
 * and the given name where the article uses it alone ("Tesfaye told …", or a
 * family name written first, "Li said"), if no one else shares it.
 */
function mentionsOf(name: string, text: string, people: Person[]): string[] {
  const tokens = name.split(' ')
  const mentions = [name, tokens.at(-1) as string]
  const given = tokens[0] as string
  const shared = people.some((other) => other.name !== name && other.name.split(' ').includes(given))
  const alone = new RegExp(`(?<![\\p{L}])${given}(?![\\p{L}]| ${tokens.slice(1).join(' ')})`, 'u')
  if (tokens.length > 1 && !shared && !titleWords.has(given) && alone.test(text)) mentions.push(given)
  return [...new Set(mentions)]
}

function personAt(passage: Passage, run: string, at: number, sides: Side[], evidence: { speaks: boolean; titled: boolean }): Person | null {
  const tokens = run.split(/\s+/)
  // The name follows the last title word of the run: "Water Resources Minister Jane Roe";
  // after an honorific a title word is the name itself ("Mr. King").
  let start = 0
  const afterHonorific = /\b(?:Mr|Mrs|Ms|Dr|Miss)\.?\s*$/.test(passage.text.slice(0, at))
  tokens.forEach((token, index) => {
    if (isTitleWord(token) && !(afterHonorific && index === tokens.length - 1)) start = index + 1
  })
  // "May Ekholm": a month that is also a given name, before a surname, is part of the name.
  while (start < tokens.length && isNotName(tokens[start] as string) && !(GIVEN_NAME_MONTHS.has(tokens[start] as string) && start + 1 < tokens.length) && !(afterHonorific && start === tokens.length - 1)) start += 1
  // "Harney Valley Transit Chief Dana Obi": a run longer than a name keeps its last words after the
  // last organisation or place word; what comes before is the affiliation.
  if (tokens.length - start > 4) {
    let cut = start
    tokens.forEach((token, index) => {
      if (index >= start && index < tokens.length - 2 && (organisationWords.has(token) || countryIndex().has(token) || /^(?:County|City|State)$/.test(token))) cut = index + 1
    })
    start = tokens.length - cut > 4 || cut === start ? tokens.length - 2 : cut
    while (start < tokens.length - 1 && isNotName(tokens[start] as string)) start += 1
  }
  // "North Korea", "New York", "West Virginia": a name left after a compass word or "New" is a place's.
  if (start > 0 && placeQualifiers.has(tokens[start - 1] as string)) return null
  const nameTokens = tokens.slice(start)
  // A surname alone is a person only when a title or honorific names it so, or when it speaks ("Roe said").
  if (nameTokens.length > 4 || nameTokens.length === 0) return null
  // A word in capitals ("THE BORROWING") is a subhead or an acronym, never part of a person's name.
  if (nameTokens.some((token) => /^\p{Lu}{3,}$/u.test(token))) return null
  // "R-Wis.", "D-Ore.": a party and state label after a name, never a name; "Republicans" is a group.
  if (nameTokens.some((token) => /^\p{Lu}-\p{Lu}/u.test(token) || (affiliationAdjectives.has(token) && token.endsWith('s')))) return null
  if (nameTokens.length === 1 && !evidence.titled && !evidence.speaks) return null
  // One word: a capital, then letters ending lower-case ("Roe", "DuVernay", "O'Neil"), never an acronym.
  if (nameTokens.length === 1 && !/^\p{Lu}[\p{L}'’-]*\p{Ll}$/u.test(nameTokens[0] as string)) return null
  // "FactWatch said", "BrennTube said": a capital inside one word, after lower-case letters that are no
  // surname prefix ("McAlder", "DuVall", "LeBrun" are names), is a brand's or an outlet's.
  if (nameTokens.length === 1 && BRAND_SHAPE.test(nameTokens[0] as string)) return null
  // "Rep. Edda Jordan": after a title, a word that is also a country's name is a surname (a given name alone is
  // no proof: "Even China said" opens with an adverb that is also a given name).
  const surnameMayBeCountry = nameTokens.length > 1 && evidence.titled
  if (nameTokens.some((token, index) => organisationWords.has(token) || (isTitleWord(token) && !afterHonorific) || (countryIndex().has(token) && !(surnameMayBeCountry && index > 0)))) return null
  const name = nameTokens.join(' ')
  if (countryIndex().has(name)) return null

  const text = passage.text
  const nameAt = at + run.length - name.length
  const after = text.slice(at + run.length)
  if (/^\s+(?:[A-Z][\p{L}]+)/u.test(after) && organisationWords.has(after.trim().split(/\s+/)[0] ?? '')) return null

  const before = text.slice(0, nameAt)
  // "the Centre for Ceasefire Research", "the Committee of the Red Cross": the end of an organisation's name.
  if (/\b(?:of|for|of the|for the)\s+$/.test(before) && !speechAfter.test(narrationOf(after))) return null
  const preRole = roleBefore(before) ?? roleBeforeComma(before, after) ?? roleOfBefore(before)
  const appositive = appositiveAfter(after) ?? (preRole ? null : affiliationAfter(after))
  const speaks = evidence.speaks || speechAfter.test(narrationOf(after)) || speechBefore.test(before)
  if (!preRole && !appositive && !speaks && !evidence.titled) return null

  const introduction = splitRole(preRole, appositive, sides)
  const clause = clauseAround(text, nameAt)
  const side = introduction.side ?? sideThatIs(name, sides) ?? sideNamedIn(clause.replace(name, ''), sides)
  // The words right before the name count for a third body even where the role stops short ("Central bank governor").
  const { kind, why } = kindOf(introduction.role, introduction.affiliation, before.slice(-40))
  const person: Person = {
    name,
    role: introduction.role,
    affiliation: introduction.affiliation ?? (side && kind === 'party' ? side : null),
    kind,
    party: kind === 'party' ? side : null,
    mentions: [name],
    paragraph: passage.paragraph,
    reason: `${introduction.evidence || 'named beside a speech verb'}; ${why}${side && kind === 'party' ? `; speaks for ${side}` : ''}`,
  }
  sideEvidence.set(person, [{ texts: [preRole ?? '', appositive ?? '', clause.replace(name, '')], affiliationIsSide: introduction.affiliation === null }])
  return person
}

/**
 * What each person's side was read from, so it can be read again once the two
 * sides are chosen (see `assignSides`) without finding everyone anew.
 */
const sideEvidence = new WeakMap<Person, Array<{ texts: string[]; affiliationIsSide: boolean }>>()

/**
 * The people with their sides read against the chosen parties alone: a
 * ministry that was a candidate side while the sides were being chosen no
 * longer stands in for its country.
 */
export function assignSides(people: Person[], parties: Side[]): Person[] {
  return people.map((person) => {
    if (person.kind !== 'party') return person
    const evidence = sideEvidence.get(person) ?? []
    const itself = sideThatIs(person.name, parties)
    if (itself) return { ...person, party: itself, reason: `${person.reason.replace(/; speaks for .*$/, '')}; is one of the sides` }
    const side = evidence.flatMap((item) => {
      const [preRole = '', appositive = '', clause = ''] = item.texts
      const found = sideNamedIn(preRole, parties) ?? sideNamedIn(appositive, parties) ?? sideNamedIn(clause, parties)
      return found ? [{ found, affiliationIsSide: item.affiliationIsSide }] : []
    })[0]
    const affiliationIsSide = evidence[0]?.affiliationIsSide ?? false
    const introduction = `${person.role ?? ''} ${person.affiliation ?? ''} ${evidence[0]?.texts[0] ?? ''}`
    const outsider = side || parties.length < 2 ? null : outsideBodyIn(introduction) ?? organisationIn(introduction)
    if (outsider) {
      return { ...person, kind: 'other', party: null, reason: `${person.reason.replace(/; speaks for .*$/, '')}; speaks for ${outsider}, not one of the sides` }
    }
    return {
      ...person,
      party: side?.found ?? null,
      affiliation: affiliationIsSide ? side?.found ?? null : person.affiliation,
      reason: person.reason.replace(/; speaks for .*$/, '') + (side ? `; speaks for ${side.found}` : ''),
    }
  })
}

/**
 * The side a person is, where the dispute is theirs ("Dana Obi accuses her
 * label of …"): a person's own name among a side's names makes them that side,
 * whatever other side the sentence that introduces them names.
 */
function sideThatIs(name: string, sides: Side[]): string | null {
  // "Paul Roe" of a story whose side is "Roe": the headline names a person by surname.
  const surname = name.split(' ').at(-1) as string
  const isSide = (form: string) => sides.find((side) => side.name === form || side.aliases.includes(form))?.name ?? null
  return isSide(name) ?? (name.includes(' ') && genderOfGivenName(name.split(' ')[0] ?? '') ? isSide(surname) : null)
}

/**
 * An organisation a person is introduced by ("policy director for the Harbour
 * Rights League", "Marlow Council of Traders president"): a capitalised run
 * ending in an organisation word, or an acronym. Asked only once neither side
 * is named there, so the body is a third party's.
 */
function organisationIn(introduction: string): string | null {
  const named = new RegExp(String.raw`(?:\p{Lu}[\p{L}'’-]*\s+){1,4}(?:${ORGANISATION_WORDS.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\p{L}])`, 'u').exec(introduction)
  return named?.[0] ?? /(?<![\p{L}])\p{Lu}{3,6}(?![\p{L}])/u.exec(introduction)?.[0] ?? null
}

// International bodies whose officials are third parties to a standoff between two others.
const INTERNATIONAL_BODY = /\b(?:United Nations|U\.N\.|UN|European Union|EU|World Bank|International Monetary Fund|IMF|Red Cross|Red Crescent|Amnesty International|African Union|Arab League|ASEAN)(?![\p{L}])/u

/** A country or an international body named in a role ("Secretary of State of X", "U.N. spokesman"). */
function outsideBodyIn(text: string): string | null {
  // Two-letter codes other than the two English copy writes for countries are role words ("MP").
  const country = [...countryFormsIn(text).entries()].find(([form]) => !/^[A-Z]{2}$/.test(form) || form === 'US' || form === 'UK')?.[1]
  if (country) return country.name
  return INTERNATIONAL_BODY.exec(text)?.[0] ?? null
}

const affiliationAdjectives = new Set(AFFILIATION_ADJECTIVES)
const placeQualifiers = new Set(PLACE_QUALIFIERS)

function isNotName(token: string): boolean {
  return affiliationAdjectives.has(token) || isTitleWord(token) || notNameWords.has(token) || countryIndex().has(token) || /^[A-Z]\.$/.test(token)
}

/** The title or role written before a name: "US State Department spokesman", "Deputy Foreign Minister". */
function roleBefore(before: string): string | null {
  const words = before.trimEnd().split(/\s+/)
  const role: string[] = []
  for (let index = words.length - 1; index >= 0; index -= 1) {
    const word = words[index] as string
    // A dotted abbreviation ("U.N.", "U.S.") belongs to the role; other punctuation ends it.
    if (/[,.;:!?"“”()]$/.test(word) && !/^(?:\p{Lu}\.)+$/u.test(word)) break
    const capitalised = /^[A-Z\p{Lu}]/u.test(word)
    // "and" joins two capitalised title words ("Water and Energy Minister"), never a name to a title.
    const joinsTitle = word === 'and' && /^[A-Z]/.test(words[index - 1] ?? '') && /^[A-Z]/.test(role[0] ?? '')
    if (capitalised || joinsTitle || /^(?:of|for|the)$/.test(word) || anyRole.test(word) || /^(?:chief|senior|deputy|top|lead|former|acting)$/.test(word)) {
      role.unshift(word)
      continue
    }
    break
  }
  while (role.length > 0 && /^(?:of|for|the|The|A|An|But|And)$/.test(role[0] as string)) role.shift()
  while (role.length > 0 && /^(?:of|for|the)$/.test(role.at(-1) as string)) role.pop()
  const phrase = role.join(' ')
  if (!phrase || HONORIFIC_ROLE.test(phrase)) return null
  return anyRole.test(phrase) || role.some((word) => titleWords.has(word)) ? phrase : null
}

// "director of telecoms research Jane Roe": a lower-case role with its "of" phrase right before the name.
const roleOfPhrase = new RegExp(`(?:^|\\s)((?:senior|chief|deputy|lead|former)?\\s*${anyRole.source}\\s+(?:of|for|at)\\s+[\\p{L}'’&-]+(?:\\s+[\\p{L}'’&-]+){0,4})\\s*$`, 'iu')

function roleOfBefore(before: string): string | null {
  return roleOfPhrase.exec(before)?.[1]?.trim() ?? null
}

/**
 * "Jane Roe from Keller Consulting said", "wrote Jane Roe with Pell Securities": an affiliation
 * with no role, read as an appositive so the affiliation tables decide the kind.
 */
function affiliationAfter(after: string): string | null {
  const match = /^\s+((?:from|with|of|at)\s+(?:the\s+)?\p{Lu}[^,;.:"“”()]{1,60}?)(?=\s+(?:said|says|told|wrote|writes|added|noted|argued)\b|,|\.(?:\s|$)|$)/u.exec(after)
  return match?.[1] ?? null
}

/**
 * A role set off before the name by a comma, the name itself in apposition:
 * "The union's legal adviser, Jane Roe, said" → "union's legal adviser".
 * Only when the name is closed by a comma or a speech verb too.
 */
function roleBeforeComma(before: string, after: string): string | null {
  if (!/,\s*$/.test(before) || !/^\s*(?:,|said\b|says\b|told\b|of\s|at\s|from\s)/.test(after)) return null
  const piece = before.replace(/,\s*$/, '').split(/[,;:.!?"“”()]/).at(-1)?.trim() ?? ''
  const words = piece.split(/\s+/).filter(Boolean)
  while (words.length > 0 && /^(?:the|The|a|A|an|An|and|But|but)$/.test(words[0] as string)) words.shift()
  if (words.length === 0 || words.length > 8) return null
  const last = (words.at(-1) as string).toLowerCase()
  const lastTwo = words.slice(-2).join(' ').toLowerCase()
  return anyRoleWord.has(last) || anyRoleWord.has(lastTwo) ? words.join(' ') : null
}

/** The role in apposition after a name: ", director of the X Institute," → "director of the X Institute". */
function appositiveAfter(after: string): string | null {
  const match = /^\s*,\s*((?:a|an|the)\s+)?([^,;"“”]+?)(?=,|;|\.\s|\.$|$|\s+(?:said|says|told|added))/u.exec(after)
  if (!match?.[2]) return null
  const phrase = match[2].trim()
  // A role in apposition names the role early ("director of …", "a senior fellow at …");
  // a clause that merely mentions a role later ("while the other side was led by …") is not one.
  const head = phrase.split(/\s+/).slice(0, 5).join(' ')
  if (/^(?:while|and|but|who|which|whose|as|after|before|when|where|although|though|if)\b/i.test(phrase)) return null
  return anyRole.test(head) && phrase.split(/\s+/).length <= 20 ? phrase : null
}

function splitRole(preRole: string | null, appositive: string | null, sides: Side[]) {
  const bare = appositive ? /^(?:from|with|of|at)\s+(?:the\s+)?(.+)$/.exec(appositive) : null
  if (appositive && bare?.[1]) return { role: null, affiliation: bare[1], side: sideNamedIn(appositive, sides), evidence: `introduced as "${appositive}"` }
  if (appositive) {
    const split = /^(.*?)\s+(?:of the|at the|at|with the|for the|of)\s+(.+)$/.exec(appositive)
    const role = split?.[1] && !/\s(?:of|at)\s/.test(split[1]) ? split[1] : appositive
    const affiliation = split?.[2] && role !== appositive ? split[2] : null
    return {
      role: role.replace(/^(?:the country's|its|the)\s+/, (prefix) => prefix === 'the ' ? '' : prefix),
      affiliation,
      side: sideNamedIn(appositive, sides),
      evidence: `introduced as "${appositive}"`,
    }
  }
  const roleOf = preRole ? /^(.*?\S)\s+(?:of the|for the|at the|of|for|at)\s+(\p{Ll}.+)$/u.exec(preRole) : null
  if (preRole && roleOf?.[1] && roleOf[2] && anyRole.test(roleOf[1])) {
    // "director of telecoms research": the role, then what it directs.
    return { role: roleOf[1], affiliation: roleOf[2], side: sideNamedIn(preRole, sides), evidence: `introduced as "${preRole}"` }
  }
  if (preRole) {
    const words = preRole.split(' ')
    // "US State Department spokesman": the role is the trailing lower-case noun, the rest its affiliation.
    const lower = words.findIndex((word, index) => index > 0 && /^\p{Ll}/u.test(word) && !/^(?:of|for|the)$/.test(word))
    if (lower > 0) {
      return { role: words.slice(lower).join(' '), affiliation: words.slice(0, lower).join(' '), side: sideNamedIn(preRole, sides), evidence: `introduced as "${preRole}"` }
    }
    // "US Deputy Secretary of State": a leading country or side name is the affiliation.
    const lead = words[0] as string
    const leadIsSide = countryIndex().has(lead) || sides.some((side) => side.aliases.includes(lead))
    return {
      role: leadIsSide && words.length > 1 ? words.slice(1).join(' ') : preRole,
      affiliation: leadIsSide && words.length > 1 ? lead : null,
      side: sideNamedIn(preRole, sides),
      evidence: `introduced as "${preRole}"`,
    }
  }
  return { role: null, affiliation: null, side: null, evidence: '' }
}

/** The clause a name sits in, for the side it speaks for ("the Russian side was led by …"). */
function clauseAround(text: string, at: number): string {
  const start = Math.max(text.lastIndexOf(', while', at), text.lastIndexOf(';', at), text.lastIndexOf('. ', at), 0)
  const endCandidates = [text.indexOf(', while', at), text.indexOf(';', at), text.indexOf('. ', at)].filter((index) => index !== -1)
  const end = endCandidates.length > 0 ? Math.min(...endCandidates) : text.length
  return text.slice(start, end)
}

function kindOf(role: string | null, affiliation: string | null, lead = ''): { kind: PersonKind; why: string } {
  const introduction = `${role ?? ''} ${affiliation ?? ''}`
  const expertWord = role ? expertRole.exec(role)?.[0] : undefined
  if (expertWord) return { kind: 'expert', why: `"${expertWord}" is an expert's role` }
  // Former officials quoted now speak as commentators (corpus GUIDELINES, "former officials and advisers").
  if (role && /^(?:a\s+|the\s+)?former\b/i.test(role)) return { kind: 'expert', why: `a former office ("${role}") speaks as a commentator` }
  const head = role ? headRole.exec(role)?.[0] : undefined
  const academic = affiliation ? academicAffiliation.exec(affiliation)?.[0] : undefined
  // A research group or a consultancy firm is a research body, though "group" and "firm" also name companies.
  const official = affiliation ? sideAffiliation.exec(affiliation.replace(/\b(?:group|company|firm|associates)\b/gi, academic ? '' : '$&'))?.[0] : undefined
  if (head && academic && !official) return { kind: 'expert', why: `heads a research body ("${academic}")` }
  // No role, only where they work: a consultancy or a university makes an expert, a ministry a side's voice.
  if (!role && academic && !official) return { kind: 'expert', why: `works at a research or advisory body ("${academic}")` }
  if (!role && official) return { kind: 'party', why: `works for "${official}"` }
  const thirdParty = thirdPartyRole.exec(`${introduction} ${role ? lead : ''}`)?.[0]
  if (thirdParty) return { kind: 'other', why: `"${thirdParty}" stands outside the two sides` }
  const officialWord = officialRole.exec(introduction)?.[0] ?? head
  if (officialWord) return { kind: 'party', why: `"${officialWord}" is an office that speaks for a side` }
  // Someone the story quotes with no role that sets them apart is one of its protagonists: a
  // side's own people are often named bare ("Roe said"), outsiders by what they are.
  return { kind: 'party', why: 'quoted with no role that marks an outsider or an expert: a protagonist' }
}

function enrich(known: Person, found: Person): void {
  sideEvidence.set(known, [...(sideEvidence.get(known) ?? []), ...(sideEvidence.get(found) ?? [])])
  if (!known.role && found.role) {
    known.role = found.role
    known.affiliation = found.affiliation
    known.kind = found.kind
    known.reason = found.reason
  }
  if (!known.party && found.party && known.kind === 'party') known.party = found.party
  if (!known.affiliation && found.affiliation) known.affiliation = found.affiliation
}

/** "the Russian scholar said" after "Jane Roe, director of …": Jane Roe is an expert. */
function markExpertsByBackReference(passages: Passage[], people: Person[]): void {
  for (const passage of passages) {
    const descriptor = expertDescriptor.exec(narrationOf(passage.text))?.[0]
    if (!descriptor) continue
    const candidates = people.filter((person) => person.paragraph <= passage.paragraph && person.paragraph > 0 && person.kind !== 'expert')
    const latest = candidates.at(-1)
    if (latest && !latest.role && latest.kind !== 'expert') {
      latest.kind = 'expert'
      latest.reason += `; later called "${descriptor}"`
    }
  }
}
