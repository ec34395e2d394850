import { EXPERT_ROLES, NOT_NAME_WORDS, OFFICIAL_ROLES, ORGANISATION_WORDS, SPEAKING_BODY_HEADS, SPEAKING_PEOPLE_HEADS, UNNAMED_SOURCE_HEADS } from './cues.ts'
import { countryIndex } from './gazetteer.ts'
import { textOf } from './annotate.ts'
import { sourcePhrase } from './source-phrase.ts'
import { genderOfGivenName } from './given-names.ts'
import type { SpeechCue } from './speech-cues.ts'
import type { Attribution, Doc, NameSpan, Person, SourceKind, Token, TokenRange } from '../types.ts'

const roleNouns = new Set([...OFFICIAL_ROLES, ...EXPERT_ROLES].filter((role) => !role.includes(' ')))
const unnamedHeads = new Set(UNNAMED_SOURCE_HEADS)
const speakingBodies = new Set(SPEAKING_BODY_HEADS)
const speakingPeople = new Set(SPEAKING_PEOPLE_HEADS)
// Verbs that do nothing but report words: the cue a common-noun holder needs (see resolveHolder).
const REPORTING_LEMMAS = new Set(['say', 'tell', 'state', 'add', 'write', 'read', 'announce', 'declare', 'explain', 'note', 'continue', 'conclude', 'insist', 'respond', 'reply', 'claim', 'argue', 'warn', 'stress'])
// Words that make a capitalised run an organisation's, a place's or a title's, never a person's name.
const notPersonWords = new Set([...NOT_NAME_WORDS, ...ORGANISATION_WORDS])
const FEMININE = new Set(['she', 'her', 'hers', 'herself'])
const MASCULINE = new Set(['he', 'him', 'his', 'himself'])
const FEMININE_HONORIFICS = new Set(['mrs.', 'ms.', 'mrs', 'ms', 'miss', 'dame', 'lady', 'madam'])
const MASCULINE_HONORIFICS = new Set(['mr.', 'mr', 'sir', 'lord'])
// Nouns of kinship and of gendered roles that stand right before a name ("widow Jane Roe", "his son Tom Roe",
// "actress Ada Brisk"): the article's own word for the person's sex, stronger than a guess from the given name.
const FEMININE_NOUNS = new Set(['widow', 'wife', 'mother', 'daughter', 'sister', 'grandmother', 'granddaughter', 'aunt', 'niece', 'girlfriend', 'fiancee', 'actress', 'woman', 'businesswoman', 'congresswoman', 'chairwoman', 'spokeswoman', 'councilwoman', 'queen', 'princess'])
const MASCULINE_NOUNS = new Set(['widower', 'husband', 'father', 'son', 'brother', 'grandfather', 'grandson', 'uncle', 'nephew', 'boyfriend', 'fiance', 'actor', 'man', 'businessman', 'congressman', 'chairman', 'spokesman', 'councilman', 'king', 'prince'])
// How far back a pronoun may look for its person: this paragraph and the two before it.
const PRONOUN_REACH = 2
// How far back a pronoun may look when no one is near: a profile's subject is named once, early.
const PRONOUN_FAR_REACH = 6

interface Holder {
  speaker: string
  kind: SourceKind
  why: string
}

/**
 * Who says (or believes) each sentence. A cue's holder phrase is read as a
 * person (by any of their mentions), a pronoun (the nearest person before it
 * of the pronoun's gender), a description that refers back to a person by
 * role ("the minister"), or an unnamed or organisational source ("two people
 * familiar with the talks", "the ministry"). A quotation takes the speaker of
 * the cue attached to it in any of its sentences; a quotation with no cue
 * goes on with the speaker of the quotation just before it.
 */
export function attributeSpeech(doc: Doc, listed: Person[], cues: SpeechCue[]): Attribution[] {
  const people = [...listed, ...unlistedPeople(doc, listed)]
  const mentions = personMentions(doc, people)
  const genders = gendersOf(doc, people, mentions)
  const bySentence = new Map<number, Array<{ cue: SpeechCue; holder: Holder }>>()
  // The tokens of every speech cue's holder phrase: a name among them is someone who spoke.
  const speakerTokens = new Set(cues.filter((cue) => cue.kind === 'speech' && cue.holder).flatMap((cue) => Array.from({ length: cue.holder!.end - cue.holder!.start }, (_, k) => cue.holder!.start + k)))
  // "They said he rated the entrants and talked about …", "According to her account, she insisted …": a speech
  // verb after another one in its sentence is inside what the first reports, so a first speaker who is no one
  // the article names ("they", "her account") leaves the sentence unnamed.
  const unnamedFirst = new Map<number, number>()
  for (const cue of cues) {
    const holder = cue.holder ? resolveHolder(doc, cue.holder, cue, people, mentions, genders, speakerTokens) : null
    if (!holder) {
      if (cue.kind === 'speech' && blocksLaterCues(doc, cue) && !unnamedFirst.has(cue.sentence) && !bySentence.has(cue.sentence)) unnamedFirst.set(cue.sentence, cue.cue.start)
      continue
    }
    if ((unnamedFirst.get(cue.sentence) ?? Infinity) < cue.cue.start) continue
    const list = bySentence.get(cue.sentence) ?? []
    list.push({ cue, holder })
    bySentence.set(cue.sentence, list)
  }

  const own: Array<{ holder: Holder; cue: SpeechCue } | null> = doc.sentences.map((sentence) => {
    const found = bySentence.get(sentence.i) ?? []
    // Speech before belief; within each, the cue that governs the sentence comes first.
    return found.find((entry) => entry.cue.kind === 'speech') ?? found[0] ?? null
  })

  const fromQuotation = new Map<number, { holder: Holder; cue: SpeechCue }>()
  let previousQuoted = null as { holder: Holder; cue: SpeechCue; paragraph: number } | null
  for (const quotation of doc.quotations) {
    let attached = own.slice(quotation.firstSentence, quotation.lastSentence + 1).find((entry) => entry?.cue.kind === 'speech') ?? null
    // A quotation with no cue of its own goes on with the last quoted speaker, within a paragraph or into the next.
    const last = previousQuoted
    const opensSentence = (doc.sentences[quotation.firstSentence]?.start ?? -1) >= quotation.start - 1
    // 'Roe said:' closing the sentence before: the quotation that opens the next one is what was said.
    const leadIn = opensSentence ? colonLeadIn(doc, own, quotation.firstSentence) : null
    if (!attached && leadIn) attached = { holder: { ...leadIn.holder, why: `introduced by "${textOf(doc, leadIn.cue.cue.start, leadIn.cue.cue.end)}:" before it` }, cue: leadIn.cue }
    if (!attached && last && opensSentence && quotation.paragraph - last.paragraph <= 1 && noOtherSpeakerBetween(doc, own, last.cue.sentence, quotation.firstSentence)) {
      const holder: Holder = { speaker: last.holder.speaker, kind: last.holder.kind, why: `continues the quotation of ${last.holder.speaker}` }
      attached = { holder, cue: last.cue }
    }
    if (!attached) continue
    for (let s = quotation.firstSentence; s <= quotation.lastSentence; s += 1) if (!fromQuotation.has(s)) fromQuotation.set(s, attached)
    // A block set off by a colon ('Roe reports:') may be an excerpt of a longer text: it seeds no continuation.
    previousQuoted = leadIn && attached.cue === leadIn.cue ? null : { holder: attached.holder, cue: attached.cue, paragraph: quotation.paragraph }
  }

  const labelled = transcriptLabels(doc, listed)
  const bylined = dashBylines(doc, mentions)
  return doc.sentences.map((sentence) => {
    const label = labelled.get(sentence.paragraph)
    // A transcript turn is its labelled speaker's throughout: "FELL: But the pilots say otherwise" is Fell reporting the pilots.
    if (label && (!own[sentence.i] || own[sentence.i]?.holder.kind !== 'person')) return { paragraph: sentence.paragraph, sentence: sentence.index, speaker: label.name, source: 'person' as const, mode: 'speech' as const, reason: `transcript label "${label.label}:" opens the paragraph` }
    const byline = bylined.get(sentence.i)
    if (byline && !own[sentence.i]) return { paragraph: sentence.paragraph, sentence: sentence.index, speaker: byline, source: 'person' as const, mode: 'speech' as const, reason: `the quotation is signed "― ${byline}" after it` }
    const entry = own[sentence.i] ?? fromQuotation.get(sentence.i) ?? null
    if (!entry) return { paragraph: sentence.paragraph, sentence: sentence.index, speaker: null, source: null, mode: null, reason: "no speech verb: the article's own voice" }
    const inherited = !own[sentence.i]
    const cueText = textOf(doc, entry.cue.cue.start, entry.cue.cue.end)
    const reason = inherited
      ? entry.holder.why.startsWith('continues') ? entry.holder.why : `inside a quotation attributed to ${entry.holder.speaker} ("${cueText}")`
      : `${entry.cue.kind === 'belief' ? 'belief' : 'speech'} cue "${cueText}", ${entry.cue.how === 'inverted' ? 'subject after it' : entry.cue.how === 'according to' ? 'source after it' : 'subject before it'}: ${entry.holder.why}`
    return {
      paragraph: sentence.paragraph,
      sentence: sentence.index,
      speaker: entry.holder.speaker,
      source: entry.holder.kind,
      mode: entry.cue.kind,
      reason,
    }
  })
}

/** A cue whose holder, left unresolved, still stands over the cues after it: "they said", "according to her account". */
function blocksLaterCues(doc: Doc, cue: SpeechCue): boolean {
  if (!cue.holder) return false
  if (cue.how === 'according to') return true
  const only = doc.tokens[cue.holder.start] as Token
  // Not "he" or "she": one left unresolved is a person all the same, whose clause may end before the next cue.
  return cue.how === 'subject' && cue.holder.end - cue.holder.start === 1 && only.pos === 'PRON' && !FEMININE.has(only.lower) && !MASCULINE.has(only.lower)
}

/**
 * "ROE: Well, look …": a transcript's speaker label, an upper-case surname (or
 * full name) and a colon opening the paragraph, gives the whole paragraph to
 * the person of that name.
 */
function transcriptLabels(doc: Doc, people: Person[]): Map<number, { name: string; label: string }> {
  const labels = new Map<number, { name: string; label: string }>()
  const unknown = new Map<number, string>()
  for (const paragraph of doc.paragraphs) {
    const match = /^["“]?\s*(\p{Lu}[\p{Lu}'’.-]+(?:\s+\p{Lu}[\p{Lu}'’.-]+){0,2}):\s/u.exec(paragraph.text)
    if (!match?.[1]) continue
    const label = match[1]
    const person = people.find((candidate) => candidate.name.toUpperCase() === label || candidate.name.split(' ').at(-1)?.toUpperCase() === label)
    if (person) labels.set(paragraph.n, { name: person.name, label })
    else unknown.set(paragraph.n, label)
  }
  // "PENCE: … WALLACE: …": in a transcript (a label that names a known person), another speaker's label is
  // their name even where the article never names them in full, unless it is a word the article writes in
  // lower case ("UPDATE:", "VIDEO:").
  if (labels.size === 0) return labels
  const lowerWords = new Set(doc.tokens.filter((token) => /^\p{Ll}/u.test(token.text)).map((token) => token.text))
  for (const [paragraph, label] of unknown) {
    const name = label.split(/\s+/).map((word) => word.charAt(0) + word.slice(1).toLowerCase()).join(' ')
    if (label.split(/\s+/).some((word) => lowerWords.has(word.toLowerCase()))) continue
    labels.set(paragraph, { name, label })
  }
  return labels
}

// Dashes that sign a quotation with its speaker's name: '“We stay.” ― Jane Roe'.
const BYLINE_DASHES = new Set(['―', '—', '–', '--'])

/**
 * '“We will not go back.” ― Jane Roe “…”': a quotation closed and signed by
 * a dash and a full name (which the paragraph ends with, or a comma or the
 * next quotation follows), as collections of readers' or witnesses' words
 * print them, is that person's in all its sentences.
 */
function dashBylines(doc: Doc, mentions: Mention[]): Map<number, string> {
  const signed = new Map<number, string>()
  for (const quotation of doc.quotations) {
    if (!quotation.closed) continue
    let t = quotation.end
    while (doc.tokens[t] && /^[”"’']+$/.test((doc.tokens[t] as Token).text)) t += 1
    const dash = doc.tokens[t]
    if (!dash || !BYLINE_DASHES.has(dash.text) || dash.paragraph !== quotation.paragraph) continue
    const name = doc.names.find((span) => span.start === t + 1 && span.kind !== 'place' && span.kind !== 'organisation' && span.end - span.start >= 2)
    const after = name ? doc.tokens[name.end] : undefined
    if (!name || (after && after.paragraph === quotation.paragraph && !/^[,.“"]$/.test(after.text))) continue
    const speaker = mentions.find((mention) => mention.span.start === name.start)?.person.name ?? name.text
    for (let s = quotation.firstSentence; s <= quotation.lastSentence; s += 1) signed.set(s, speaker)
  }
  return signed
}

/**
 * The speech cue of the sentence before `sentence`, in its paragraph or the
 * one before, when that sentence ends in a colon ('She said:', 'Roe told the
 * crowd:'): it introduces what follows.
 */
function colonLeadIn(doc: Doc, own: Array<{ holder: Holder; cue: SpeechCue } | null>, sentence: number): { holder: Holder; cue: SpeechCue } | null {
  const before = doc.sentences[sentence - 1]
  const entry = own[sentence - 1]
  const current = doc.sentences[sentence]
  if (!before || !entry || !current || entry.cue.kind !== 'speech' || current.paragraph - before.paragraph > 1) return null
  const lastToken = doc.tokens[before.end - 1]
  return lastToken?.text === ':' && lastToken.quote === -1 ? entry : null
}

function noOtherSpeakerBetween(doc: Doc, own: Array<{ holder: Holder; cue: SpeechCue } | null>, from: number, to: number): boolean {
  for (let s = from + 1; s < to; s += 1) if (own[s]?.cue.kind === 'speech') return false
  return doc.sentences[to] !== undefined
}

/**
 * "… concerns Piet Arnhold, president of the club. '…,' he said": full names
 * with a given name that the people stage did not list (it lists a person
 * only where a role, a title or their own speech shows one). A pronoun may
 * stand for them, so a nearer one of these is never passed over for a listed
 * person further back.
 */
function unlistedPeople(doc: Doc, listed: Person[]): Person[] {
  const forms = new Set(listed.flatMap((person) => person.mentions))
  const found = new Map<string, Person>()
  for (const span of doc.names) {
    const words = span.text.split(' ')
    if (span.kind === 'place' || span.kind === 'organisation' || words.length < 2 || words.length > 3) continue
    if (forms.has(span.text) || forms.has(words.at(-1) as string) || found.has(span.text)) continue
    if (!words.every((word) => /^\p{Lu}(?:[\p{Ll}'’-]+|\.)$/u.test(word)) || words.some((word) => notPersonWords.has(word) || countryIndex().has(word))) continue
    if (!genderOfGivenName(words[0] as string)) continue
    // "as the Daily Ledger called it": a name the article writes after "the" is an outlet's or a body's.
    if (doc.tokens[span.start - 1]?.lower === 'the') continue
    const paragraph = (doc.tokens[span.start] as Token).paragraph
    found.set(span.text, { name: span.text, role: null, affiliation: null, kind: 'other', party: null, mentions: [span.text], paragraph, reason: 'a full name the article gives no role for' })
  }
  return [...found.values()]
}

interface Mention {
  span: NameSpan
  person: Person
}

/** Every name span that is a mention of a known person, in text order. */
function personMentions(doc: Doc, people: Person[]): Mention[] {
  const byForm = new Map<string, Person[]>()
  for (const person of people) {
    for (const form of person.mentions) byForm.set(form, [...(byForm.get(form) ?? []), person])
  }
  const found: Mention[] = []
  let lastByForm = new Map<string, Person>()
  for (const span of doc.names) {
    const candidates = byForm.get(span.text) ?? byForm.get(span.text.split(' ').at(-1) ?? '') ?? []
    if (candidates.length === 0) continue
    // A surname two people share goes to the one named most recently in full.
    const person = candidates.length === 1 ? candidates[0] : lastByForm.get(span.text) ?? candidates[0]
    if (!person) continue
    found.push({ span, person })
    if (span.text === person.name) lastByForm = new Map([...lastByForm, ...person.mentions.map((form) => [form, person] as const)])
  }
  return found
}

type Gender = 'f' | 'm'

/** A person's gender as the article shows it: an honorific before a mention. */
function gendersOf(doc: Doc, people: Person[], mentions: Mention[]): Map<string, Gender> {
  const genders = new Map<string, Gender>()
  for (const { span, person } of mentions) {
    const before = doc.tokens[span.start - 1]?.lower ?? ''
    if (FEMININE_HONORIFICS.has(before) || FEMININE_NOUNS.has(before)) genders.set(person.name, 'f')
    else if (MASCULINE_HONORIFICS.has(before) || MASCULINE_NOUNS.has(before)) genders.set(person.name, 'm')
  }
  for (const person of people) {
    if (genders.has(person.name)) continue
    const role = person.role?.toLowerCase() ?? ''
    if (/\b(?:spokeswoman|chairwoman|congresswoman|businesswoman|queen|princess|duchess)\b/.test(role)) genders.set(person.name, 'f')
    else if (/\b(?:spokesman|chairman|congressman|businessman|king|prince|duke)\b/.test(role)) genders.set(person.name, 'm')
  }
  // The usual gender of the given name, where the article's words show none.
  for (const person of people) {
    const words = person.name.split(' ')
    if (genders.has(person.name) || words.length < 2) continue
    const gender = genderOfGivenName(words[0] as string)
    if (gender) genders.set(person.name, gender)
  }
  // Last, "Roe said … and his aides left": a possessive or object pronoun after a mention, before
  // anyone else is named. A subject "he"/"she" is left out: it is what the pronoun stage resolves.
  for (const [index, { span, person }] of mentions.entries()) {
    if (genders.has(person.name)) continue
    const nextOther = mentions.slice(index + 1).find((mention) => mention.person !== person)
    // "For her part, Ames …": a pronoun in the sentence that names the next person may be that person's.
    const until = nextOther ? doc.sentences[nextOther.span.sentence]?.start ?? nextOther.span.start : doc.tokens.length
    const limit = Math.min(until, span.end + 60)
    for (let t = span.end; t < limit; t += 1) {
      const lower = (doc.tokens[t] as Token).lower
      if (doc.tokens[t]!.quote !== -1 || lower === 'he' || lower === 'she') continue
      if (FEMININE.has(lower)) { genders.set(person.name, 'f'); break }
      if (MASCULINE.has(lower)) { genders.set(person.name, 'm'); break }
    }
  }
  return genders
}

function resolveHolder(doc: Doc, range: TokenRange, cue: SpeechCue, people: Person[], mentions: Mention[], genders: Map<string, Gender>, speakerTokens: Set<number>): Holder | null {
  const phrase = textOf(doc, range.start, range.end)
  const named = headMention(doc, range, mentions)
  if (named) return { speaker: named.person.name, kind: 'person', why: `"${phrase}" is ${named.person.name}` }
  // "Jane Roe, of Springfield, Ore., said": the holder piece is a place or an appositive; the name opens the stretch.
  const opening = cue.stretch ? mentions.find((mention) => mention.span.start >= cue.stretch!.start && mention.span.end <= range.start && opensPiece(doc, mention.span.start, cue.stretch!.start)) : undefined
  if (opening && !headNounIsGroup(doc, range)) return { speaker: opening.person.name, kind: 'person', why: `"${textOf(doc, cue.stretch!.start, range.end)}" opens with ${opening.person.name}` }

  const tokens = doc.tokens.slice(range.start, range.end)
  if (tokens.length === 1 && (tokens[0] as Token).pos === 'PRON') return pronounHolder(doc, tokens[0] as Token, mentions, genders, speakerTokens)

  const described = describedPerson(doc, range, people, mentions)
  if (described) return { speaker: described.name, kind: 'person', why: `"${phrase}" refers back to ${described.name}` }

  // Not a person: the source is described, by the noun phrase alone ("as the ministry", "the firm on Friday" → the ministry, the firm).
  const source = sourcePhrase(doc, range)
  if (!source) return null
  const sourceTokens = doc.tokens.slice(source.start, source.end)
  const sourceText = textOf(doc, source.start, source.end)
  const head = headNoun(sourceTokens)
  if (!head) return null
  const hasOrganisation = doc.names.some((span) => span.start >= source.start && span.end <= source.end && (span.kind === 'organisation' || span.kind === 'place' || span.kind === 'unknown'))
  if (unnamedHeads.has(head.lemma) || roleNouns.has(head.lemma)) return { speaker: sourceText, kind: 'unnamed', why: `"${phrase}" (unnamed source)` }
  if (hasOrganisation || head.pos === 'PROPN') return { speaker: sourceText, kind: 'organisation', why: `"${phrase}" (an organisation or body)` }
  // "the company said in a filing", "one man said on the video": a common noun for a body or for people, with a
  // verb that only reports ("the board rejected what Roe called an offer" is the board's act, not its words).
  // A finite verb only: "with the pilots insisting on a cap" is the narration's absolute phrase, not the pilots' words.
  const verb = doc.tokens[cue.cue.end - 1]
  if (!verb || !REPORTING_LEMMAS.has(verb.lemma) || verb.lower.endsWith('ing')) return null
  if (head.pos === 'NOUN' && speakingPeople.has(head.lemma)) return { speaker: sourceText, kind: 'unnamed', why: `"${phrase}" (unnamed source)` }
  if (head.pos === 'NOUN' && speakingBodies.has(head.lemma)) return { speaker: sourceText, kind: 'organisation', why: `"${phrase}" (an organisation or body, by its common noun)` }
  if (cue.kind === 'speech' && /^(?:report|statement|letter|study|survey|poll|filing|document|memo|analysis|paper|release)$/.test(head.lemma)) return { speaker: sourceText, kind: 'document', why: `"${phrase}" (a document)` }
  return null
}

/**
 * The person a holder phrase names as its head: the last name before any
 * prepositional tail ("campaign spokesman Jane Roe" is Roe; "an aide to Jane
 * Roe" and "the Roe administration" are not Roe).
 */
function headMention(doc: Doc, range: TokenRange, mentions: Mention[]): Mention | null {
  let headEnd = range.end
  for (let t = range.start; t < range.end; t += 1) {
    const token = doc.tokens[t] as Token
    const insideName = mentions.some((mention) => mention.span.start < t && mention.span.end > t)
    if (!insideName && (token.pos === 'ADP' || token.text === '(' || token.text === ',')) {
      headEnd = t
      break
    }
  }
  // "In an interview with the Ledger Roe said": a name right before the verb, not after a preposition, is its subject.
  const adjacent = mentions.find((mention) => mention.span.end === range.end && mention.span.start > range.start && doc.tokens[mention.span.start - 1]?.pos !== 'ADP' && !/^['’]s$/.test(doc.tokens[mention.span.start - 1]?.lower ?? ''))
  if (adjacent && headEnd < range.end) return adjacent
  const inside = mentions.filter((mention) => mention.span.start >= range.start && mention.span.end <= headEnd)
  const last = inside.at(-1)
  if (!last) return null
  // Nothing but a possessive's own words may follow the name inside the head: "Roe's lawyer" is not Roe.
  for (let t = last.span.end; t < headEnd; t += 1) {
    const token = doc.tokens[t] as Token
    if (token.pos === 'NOUN' || token.pos === 'PROPN' || token.lower === "'s" || token.lower === '’s') return null
  }
  return last
}

function opensPiece(doc: Doc, at: number, stretchStart: number): boolean {
  if (at === stretchStart) return true
  const before = doc.tokens[at - 1] as Token | undefined
  return Boolean(before && (before.text === ',' || before.pos === 'CCONJ' || before.pos === 'ADV'))
}

/** "the union", "officials", "two people familiar with the talks": a holder that is a group, never an appositive of a name. */
function headNounIsGroup(doc: Doc, range: TokenRange): boolean {
  const head = headNoun(doc.tokens.slice(range.start, range.end))
  return Boolean(head && head.pos === 'NOUN' && (unnamedHeads.has(head.lemma) && head.lower !== head.lemma))
}

/** The last noun of a phrase before any prepositional tail: "a spokeswoman for the ministry" → spokeswoman. */
function headNoun(tokens: Token[]): Token | null {
  let head: Token | null = null
  for (const token of tokens) {
    if (token.pos === 'ADP' || token.lower === 'who' || token.lower === 'familiar') break
    if (token.pos === 'NOUN' || token.pos === 'PROPN') head = token
  }
  return head ?? tokens.find((token) => token.pos === 'NOUN' || token.pos === 'PROPN') ?? null
}

/**
 * "he said": the person of the pronoun's gender mentioned last before it, in
 * this paragraph or the two before; "I" and "we" outside quotations are the
 * writer's own voice, and "they" names no one person.
 */
function pronounHolder(doc: Doc, pronoun: Token, mentions: Mention[], genders: Map<string, Gender>, speakerTokens: Set<number>): Holder | null {
  const wanted: Gender | null = FEMININE.has(pronoun.lower) ? 'f' : MASCULINE.has(pronoun.lower) ? 'm' : null
  if (!wanted) return null
  const who = wanted === 'f' ? 'woman' : 'man'
  if (genderedNounSubjectBefore(doc, pronoun, wanted)) return null
  // Nearest first: a subject close by, then anyone of the gender close by, then a subject further back.
  // A person whose gender the article or the given name shows beats a nearer one whose gender is unknown.
  const tiers: Array<{ reach: number; subjectOnly: boolean; known: boolean; why: string }> = [
    { reach: PRONOUN_REACH, subjectOnly: true, known: true, why: `the nearest ${who} named before` },
    { reach: PRONOUN_REACH, subjectOnly: true, known: false, why: `the nearest person named before` },
    { reach: PRONOUN_REACH, subjectOnly: false, known: true, why: `the only ${who} named close before` },
    { reach: PRONOUN_FAR_REACH, subjectOnly: true, known: true, why: `the last ${who} the story was about` },
  ]
  for (const tier of tiers) {
    const reach = pronoun.paragraph - tier.reach
    for (let index = mentions.length - 1; index >= 0; index -= 1) {
      const mention = mentions[index] as Mention
      if (mention.span.start >= pronoun.i) continue
      if ((doc.tokens[mention.span.start] as Token).paragraph < reach) break
      // '"Roe has no plan," he said': a name inside someone's quoted words is not who "he" is.
      if ((doc.tokens[mention.span.start] as Token).quote !== -1) continue
      const gender = genders.get(mention.person.name)
      if (gender && gender !== wanted) continue
      if (tier.known && gender !== wanted) continue
      // '"…," said Jane Roe, a fellow at the institute. "…," she said': who spoke last is a subject too.
      if (tier.subjectOnly && !subjectLike(doc, mention.span) && !speakerTokens.has(mention.span.start)) continue
      return { speaker: mention.person.name, kind: 'person', why: `"${pronoun.text}" is ${tier.why}: ${mention.person.name}` }
    }
  }
  return null
}

/**
 * "My mother has softened with age, but she still says …": a common noun of
 * the pronoun's sex that is a subject earlier in its sentence is who the
 * pronoun stands for, a person the article does not name.
 */
function genderedNounSubjectBefore(doc: Doc, pronoun: Token, wanted: Gender): boolean {
  const nouns = wanted === 'f' ? FEMININE_NOUNS : MASCULINE_NOUNS
  const sentence = doc.sentences[pronoun.sentence]
  if (!sentence) return false
  for (let t = sentence.start; t < pronoun.i; t += 1) {
    const token = doc.tokens[t] as Token
    if (token.quote !== -1 || token.pos !== 'NOUN' || !nouns.has(token.lower)) continue
    const before = doc.tokens[t - 1]
    let after = t + 1
    while (doc.tokens[after]?.pos === 'ADV') after += 1
    const next = doc.tokens[after]
    if (before && ['DET', 'PRON'].includes(before.pos) && next && ['VERB', 'AUX'].includes(next.pos)) return true
  }
  return false
}

/**
 * A mention a later pronoun can stand for: the subject of its clause (a verb
 * follows, after any appositive) or the opening of its sentence; not a
 * possessive ("Roe's plan") or an object ("for Roe").
 */
function subjectLike(doc: Doc, span: NameSpan): boolean {
  const next = doc.tokens[span.end]
  if (!next || next.lower === "'s" || next.lower === '’s') return false
  const sentence = doc.sentences[span.sentence]
  if (sentence && span.start <= sentence.start + 2) return true
  if (next.pos === 'VERB' || next.pos === 'AUX') return true
  if (next.text === ',') {
    // "the minister, Jane Roe, met …": the name closes an appositive and its verb follows.
    if (['VERB', 'AUX'].includes(doc.tokens[span.end + 1]?.pos ?? '')) return true
    // "Roe, the union's lawyer, said", "Roe, 78, who said": look past one appositive or an age.
    for (let t = span.end + 1; t < (sentence?.end ?? span.end); t += 1) {
      const token = doc.tokens[t] as Token
      if (token.text === ',') return ['VERB', 'AUX'].includes(doc.tokens[t + 1]?.pos ?? '') || doc.tokens[t + 1]?.lower === 'who'
    }
  }
  const before = doc.tokens[span.start - 1]
  return Boolean(before && (before.text === '"' || before.text === '”' || before.text === ','))
}

/** "the minister", "the Russian scholar": the latest person introduced with that role noun. */
function describedPerson(doc: Doc, range: TokenRange, people: Person[], mentions: Mention[]): Person | null {
  const tokens = doc.tokens.slice(range.start, range.end)
  const first = tokens[0]
  if (!first || first.lower !== 'the' || tokens.length > 4) return null
  const noun = tokens.at(-1) as Token
  if (!roleNouns.has(noun.lemma)) return null
  const before = mentions.filter((mention) => mention.span.start < range.start)
  const seen = new Set(before.map((mention) => mention.person.name))
  const candidates = people.filter((person) => seen.has(person.name) && (person.role?.toLowerCase().includes(noun.lemma) || (EXPERT_ROLES.includes(noun.lemma) && person.kind === 'expert')))
  if (candidates.length === 0) return null
  // The one mentioned last.
  for (let index = before.length - 1; index >= 0; index -= 1) {
    const person = (before[index] as Mention).person
    if (candidates.includes(person)) return person
  }
  return null
}
