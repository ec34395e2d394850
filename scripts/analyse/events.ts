import type * as chrono from 'chrono-node'
import { EXPECTATION_CUES, FUTURE_MARKERS, escapeRegExp, wordPattern } from './cues.ts'
import { DAY_PARTS, CALLED_OFF, HAPPENING_FAMILIES, FORWARD_LINKS, EVENT_FORMS, EVENT_NOUNS, EVENT_VERB_LEMMAS, GIVING_VERB_LEMMAS, NON_EVENT_NOUNS, STATEMENT_VERB_LEMMAS } from './event-words.ts'
import { MONTHS, WEEKDAYS, dateSpans, mayHoldDate, resolveDate } from './date-phrases.ts'
import { narrationOf } from '../text.ts'
import type { Attribution, DatedEvent, Doc, DocSentence, Sentence, Token, VerbGroup } from '../types.ts'

export { nearestWeekday } from './date-phrases.ts'

const eventVerbs = new Set(EVENT_VERB_LEMMAS)
const statementVerbs = new Set(STATEMENT_VERB_LEMMAS)
const givingVerbs = new Set(GIVING_VERB_LEMMAS)
const eventNouns = new Set(EVENT_NOUNS)
const eventForms = new Set(EVENT_FORMS)
const nonEventNouns = new Set(NON_EVENT_NOUNS)
const dayParts = new Set(DAY_PARTS)
const calledOff = new Set(CALLED_OFF)
const forwardLinks = new Set(FORWARD_LINKS)
const futureMarker = wordPattern(FUTURE_MARKERS)
const expectationCue = wordPattern(EXPECTATION_CUES)
const eventNounWord = wordPattern(EVENT_NOUNS)
const place = /\b(?:in|into|at|near|(?:town|city|village|port|region|province|district|community) of)\s+((?:the\s+)?[A-Z][\p{L}'’-]+(?:\s+(?:of\s+)?[A-Z][\p{L}'’-]+)*)/gu
const placeBeforeWhere = /\b(?:from|to|in|at)\s+([A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+)*),\s+where\b/gu
// Tokens that end the clause a date phrase sits in: its governing verb is not on the other side.
const CLAUSE_ENDS = new Set([';', ':', '—', '–'])

export interface EventOptions {
  /** The article's date (YYYY-MM-DD); without it weekdays stay unresolved. */
  articleDate: string | null
}

/** What governs a date phrase: the verb group it modifies, and the event noun it is attached to, if any. */
interface Governor {
  verb: VerbGroup | null
  /** "Sunday's deadline", "talks on January 9", "the May 27 levy". */
  noun: Token | null
}

/**
 * Meetings, votes, strikes, deadlines, releases and other dated happenings,
 * each with its place, a short label, whether it is past or upcoming, and the
 * expectations voiced about it.
 *
 * For every date phrase chrono-node finds outside quotations, the verb that
 * governs it in the document model decides: its lemma whether it is an event
 * (or a statement, when it reports speech: "said on Thursday that … would"
 * dates the saying), its tense the direction a bare weekday resolves in
 * ("met on Monday" the Monday before, "is poised to open a ballot on
 * Wednesday" the coming one), and its mood whether it happened at all ("would
 * have stranded commuters on Monday" did not).
 */
export function findEvents(doc: Doc, attributions: Attribution[], options: EventOptions): DatedEvent[] {
  const reference = options.articleDate ? new Date(`${options.articleDate}T12:00:00Z`) : new Date(Date.UTC(2000, 0, 1, 12))
  const events: DatedEvent[] = []
  for (const sentence of doc.sentences) {
    const narration = narrationOf(sentence.text)
    // chrono-node is the slow part of the analysis: ask it once a sentence, and only when a date could be there.
    if (!mayHoldDate.test(sentence.text)) continue
    const at = doc.tokens[sentence.start]?.start ?? 0
    const speaker = attributions.find((attribution) => attribution.paragraph === sentence.paragraph && attribution.sentence === sentence.index)?.speaker ?? null
    const spans = [...dateSpans(narration, reference).map((span) => ({ span, quoted: false })), ...quotedDateSpans(sentence.text, narration, reference).map((span) => ({ span, quoted: true }))]
    for (const { span, quoted } of spans) {
      const event = eventAt(doc, sentence, span, at, reference, options.articleDate, quoted ? { speaker } : null)
      if (!event) continue
      const same = events.find((known) =>
        (event.date ? known.date === event.date : known.date === null && known.when.toLowerCase() === event.when.toLowerCase()) &&
        samePlace(known, event) && sameHappening(known, event))
      if (same) {
        // A later mention names the place a broad one ("Harland's") only hinted at.
        if (!same.place || (broadPlaces.has(same) && event.place && !broadPlaces.has(event))) {
          same.place = event.place
          if (broadPlaces.has(event)) broadPlaces.add(same)
          else broadPlaces.delete(same)
        }
        // The paragraph that dates it again still tells what comes next.
        if (event.paragraph !== same.paragraph && !same.mentions?.includes(event.paragraph)) same.mentions = [...same.mentions ?? [], event.paragraph]
        continue
      }
      events.push(event)
    }
  }
  attachExpectations(doc.sentences, attributions, events)
  return events
}

/** The family of happening each of its words names ("meet" → talks, "storm" → violence). */
const familyOf = new Map(Object.entries(HAPPENING_FAMILIES).flatMap(([family, words]) => words.map((word) => [word, family] as const)))

/**
 * Whether two events of one date are the same happening: a statement and an
 * event of the day, two mentions of the day's talks ("the talks collapsed on
 * Monday", "the meeting on Monday was tense"), or labels that share a word.
 * A video call and a hand-over on the same Saturday stay two.
 */
function sameHappening(a: DatedEvent, b: DatedEvent): boolean {
  // The opening paragraphs tell the day's news once, a statement and what it announces alike; an event
  // of that day told later is another ("the minister said on Monday …", then "the council met on Monday").
  if ((a.kind === 'statement' || b.kind === 'statement') && Math.max(a.paragraph, b.paragraph) <= LEAD_PARAGRAPHS) return true
  if (a.paragraph === b.paragraph) return true
  // "The harbour board demanded on Friday that …", then "the harbour board sought … with its filing on Friday": one actor's day.
  const actor = eventActors.get(a)
  if (actor && actor === eventActors.get(b)) return true
  const wordsA = eventWords.get(a)
  const wordsB = eventWords.get(b)
  if (wordsA && wordsB && [...wordsA].some((word) => wordsB.has(word))) return true
  const familiesA = new Set([...wordsA ?? []].flatMap((word) => familyOf.get(word) ?? []))
  // "the talks collapsed on Monday", "the meeting on Monday was tense": two words of one family.
  if ([...wordsB ?? []].some((word) => familiesA.has(familyOf.get(word) ?? ''))) return true
  const words = (text: string) => new Set(text.toLowerCase().match(/\p{L}{4,}/gu) ?? [])
  const first = words(a.what)
  return [...words(b.what)].some((word) => first.has(word))
}

const LEAD_PARAGRAPHS = 3

/** Events whose place is only the land a possessive names ("Harland's only silo"): any place in it may be theirs. */
const broadPlaces = new WeakSet<DatedEvent>()

/** Whether two events of a day can be at one place: the same place, one unplaced, or one placed only broadly. */
function samePlace(a: DatedEvent, b: DatedEvent): boolean {
  return a.place === b.place || !a.place || !b.place || broadPlaces.has(a) || broadPlaces.has(b)
}

/** Who did what each event tells: the nouns and names of its verb's subject ("justice department"). */
const eventActors = new WeakMap<DatedEvent, string>()

function actorOf(subject: Token[]): string {
  return subject.filter((token) => (token.pos === 'NOUN' || token.pos === 'PROPN') && token.quote === -1).map((token) => token.lemma).join(' ')
}

/** The word each event was read from and the lemmas of its label, kept beside it for `sameHappening`. */
const eventWords = new WeakMap<DatedEvent, Set<string>>()

/**
 * Calendar dates inside a sentence's quotations: a month and its day ("we walk
 * out on July 1"). They fix the day whoever says them and whenever; a weekday
 * or "tomorrow" in someone's words counts from the day they spoke, which the
 * article does not always give, so those stay out.
 */
function quotedDateSpans(text: string, narration: string, reference: Date): chrono.ParsedResult[] {
  if (text === narration || !mayHoldDate.test(text)) return []
  return dateSpans(text, reference).filter((span) =>
    narration.slice(span.index, span.index + span.text.length).trim() === '' && monthName.test(span.text) && span.start.isCertain('day'))
}

const monthName = new RegExp(`\\b(?:${MONTHS.map((month) => month.slice(0, 3)).join('|')})`, 'i')

/** A quoted date's speaker (null when the sentence names none). */
interface QuotedBy {
  speaker: string | null
}

function eventAt(doc: Doc, sentence: DocSentence, span: chrono.ParsedResult, sentenceAt: number, reference: Date, articleDate: string | null, quoted: QuotedBy | null): DatedEvent | null {
  const when = span.text.replace(/[,\s]+$/, '')
  const from = sentenceAt + span.index
  const to = from + when.length
  const inside = tokensOf(doc, sentence).filter((token) => token.start >= from && token.end <= to)
  const first = inside[0]
  const last = inside.at(-1)
  if (!first || !last) return null
  // A date in quoted words is read only from the quotation's own verb, and only as an event (see quotedDateSpans).
  const quote = quoted ? first.quote : -1
  if (inside.some((token) => token.quote !== quote)) return null
  // "now" dates nothing; a bracketed time ("(0500 GMT Friday)") restates another.
  if (/^(?:now|right now)$/i.test(when) || doc.tokens[first.i - 1]?.text === '(' || /\)/.test(when)) return null
  let end = last.i + 1
  while (dayParts.has(doc.tokens[end]?.lower ?? '')) end += 1
  const governor = governorOf(doc, sentence, first.i, end)
  const verb = governor.verb
  if (governor.noun && nonEventNouns.has(governor.noun.lower)) return null
  if (verb?.hypothetical) return null
  if (verb && (calledOff.has(verb.lemma) || (verb.negated && verb.tense === 'past'))) return null
  const deadline = deadlineAt(doc, governor, first.i)
  const reading = eventKind(doc, sentence, governor, first.i) ?? (deadline !== null ? { kind: 'event' as const, word: 'deadline' } : null)
  if (!reading) return null
  if (quoted && (reading.kind !== 'event' || !verb || doc.tokens[verb.head]?.quote !== quote)) return null
  const kind = reading.kind
  const direction = directionOf(doc, governor, when)
  const resolved = resolveDate(span, when, direction, articleDate, reference)
  const relative = resolved.date && articleDate ? (resolved.date < articleDate ? 'past' : resolved.date > articleDate ? 'upcoming' : null) : null
  const status = kind === 'statement' ? 'past' : relative ?? (direction === 'forward' && !(verb && verb.tense === 'past' && !looksForward(doc, verb)) ? 'upcoming' : 'past')
  // A past week or month ("last week") sets no scene a timeline can place; a statement with no day dates nothing.
  if (!resolved.date && (resolved.precision === 'week' || resolved.precision === 'month') && status === 'past') return null
  if (!resolved.date && kind === 'statement') return null
  // A statement is an event of the story when it is the story's news, told in its opening paragraphs.
  if (kind === 'statement' && sentence.paragraph > LEAD_PARAGRAPHS) return null
  const clause = clauseOf(doc, sentence, first.i)
  const clauseText = textFrom(doc, clause.start, clause.end)
  const paragraphText = doc.paragraphs[sentence.paragraph - 1]?.text ?? ''
  // The place from the clause, else its sentence, else (for a meeting named by its noun) the paragraph.
  const named = placeIn(narrationOf(clauseText), when) ?? placeIn(narrationOf(sentence.text), when) ??
    (governor.noun ? placeIn(narrationOf(paragraphText), when) : null)
  // "into Harland's only grain silo": a possessive names the land the place lies in, not the place itself.
  const broad = named !== null && /['’]s$/.test(named)
  const where = broad ? named.slice(0, -2) : named
  const label = quoted && verb ? quotedLabel(doc, verb, first.i, quoted)
    : reading.word === 'deadline' && deadline !== null && verb ? deadlineLabel(doc, verb, deadline)
      : labelOf(doc, clause, reading.far ? { verb, noun: reading.far } : governor, kind, first.i, end, where)
  if (!label) return null
  const what = label.text
  const verbText = verb ? textFrom(doc, verb.start, verb.end) : null
  const because = governor.noun
    ? `the event noun "${governor.noun.text}"${verbText ? ` under "${verbText}" (${verb?.tense})` : ''}`
    : reading.far
      ? `the event noun "${reading.far.text}" in the complement of "${verbText}" (${verb?.tense})`
    : reading.word === 'deadline' && deadline !== null
      ? `"${doc.tokens[deadline]?.text}" before the date, a deadline for the verb "${verbText}" (${verb?.tense})`
      : `the verb "${verbText}" (${verb?.tense})`
  const event: DatedEvent = {
    date: resolved.date,
    when,
    place: where,
    what,
    paragraph: sentence.paragraph,
    status,
    expectations: inClauseExpectation(clauseText),
    reason: `${resolved.how}; ${kind === 'statement' ? 'a statement dated by its saying' : status}, read from ${because}`,
    precision: resolved.precision,
    end: resolved.end,
    period: resolved.period,
    kind,
  }
  eventWords.set(event, new Set([reading.word, ...label.words.filter(namesHappening).map((token) => token.lemma)]))
  if (broad) broadPlaces.add(event)
  if (verb) eventActors.set(event, actorOf(subjectPhrase(doc, clause, verb)))
  return event
}

function tokensOf(doc: Doc, range: { start: number; end: number }): Token[] {
  return doc.tokens.slice(range.start, range.end)
}

function textFrom(doc: Doc, start: number, end: number): string {
  const first = doc.tokens[start]
  const last = doc.tokens[end - 1]
  if (!first || !last || end <= start) return ''
  return doc.paragraphs[first.paragraph - 1]?.text.slice(first.start, last.end) ?? ''
}

/** The clause around a token: the sentence cut at semicolons, colons, dashes and brackets. */
function clauseOf(doc: Doc, sentence: DocSentence, at: number): { start: number; end: number } {
  let start = at
  while (start > sentence.start && !CLAUSE_ENDS.has(doc.tokens[start - 1]?.text ?? '')) start -= 1
  let end = at
  while (end < sentence.end && !CLAUSE_ENDS.has(doc.tokens[end]?.text ?? '')) end += 1
  return { start, end }
}

/**
 * The verb group and event noun a date phrase `[start, end)` belongs to. The
 * verb is the nearest before it in its clause ("said on Thursday", "met in
 * Tallow on Monday"), else the first after it ("On Monday, the sides met").
 * The noun is one the phrase is fastened to: a possessive ("Sunday's
 * deadline"), a noun right after it ("the May 27 deadline"), or a noun right
 * before its preposition ("talks on January 9").
 */
function governorOf(doc: Doc, sentence: DocSentence, start: number, end: number): Governor {
  const clause = clauseOf(doc, sentence, start)
  const verbs = doc.verbs.filter((verb) => verb.start >= clause.start && verb.end <= clause.end)
  const fastened = attachedNoun(doc, clause, start, end)
  // Only an event noun or a noun that rules one out governs ("talks on May 9", "Friday's edition"); "at the depot on May 9" is the verb's.
  const noun = fastened && (isEventNoun(fastened) || nonEventNouns.has(fastened.lower)) ? fastened : null
  const anchor = noun ? noun.i : start
  const before = verbs.filter((verb) => verb.end <= anchor).at(-1)
  const following = verbs.filter((verb) => verb.start >= (noun ? Math.max(noun.i + 1, end) : end))
  // "On Thursday, Roe took to the radio and accused …": the verb that makes it an event, else the first.
  const after = following.slice(0, 3).find((verb) => actOf(doc, verb) || lemmasOf(doc, verb).some((lemma) => statementVerbs.has(lemma))) ?? following[0]
  // "The talks on Monday collapsed": an event noun in the subject takes the verb after it.
  const verb = before && !(noun && noun.i < start && subjectOf(doc, clause, noun, before)) ? before : after ?? before ?? null
  // "include the film “Harbour”, the big winner at the guild awards on Saturday": an event noun in an
  // aside set off after the verb's object is no part of what the verb tells, and takes no time from it.
  if (noun && verb === before && before && inAsideAfter(doc, before, noun)) return { verb: null, noun }
  return { verb: verb ?? null, noun }
}

/** Whether a noun lies in a noun phrase set off by a comma after a verb's object, with no verb of its own before it. */
function inAsideAfter(doc: Doc, verb: VerbGroup, noun: Token): boolean {
  const between = doc.tokens.slice(verb.end, noun.i)
  const comma = between.map((token) => token.text).lastIndexOf(',')
  if (comma <= 0) return false
  const aside = between.slice(comma + 1)
  // The comma of American style sits inside a closing quotation mark: “Harbour,” the film …
  while (aside[0] && /^[”"’']$/.test(aside[0].text)) aside.shift()
  return (aside[0]?.pos === 'DET' || aside[0]?.pos === 'ADJ') && !aside.some((token) => token.pos === 'VERB' || token.pos === 'AUX' || token.pos === 'SCONJ' || token.pos === 'CCONJ' || RELATIVES.has(token.lower))
}

/** Whether the verb comes before the noun only because the noun starts a new clause after it ("said the meeting on Monday was tense"). */
function subjectOf(doc: Doc, clause: { start: number; end: number }, noun: Token, before: VerbGroup): boolean {
  const between = doc.tokens.slice(before.end, noun.i)
  return between.length <= 2 && between.every((token) => token.pos === 'DET' || token.pos === 'ADJ') && doc.verbs.some((verb) => verb.start > noun.i && verb.end <= clause.end) && statementVerbs.has(before.lemma)
}

function attachedNoun(doc: Doc, clause: { start: number; end: number }, start: number, end: number): Token | null {
  const next = doc.tokens[end]
  // "Sunday's regional elections": the possessive's head is the last noun of the run after it.
  let cursor = next && /^['’]s$/.test(next.text) ? end + 1 : doc.tokens[start - 1]?.pos === 'DET' || /^['’]s$/.test(doc.tokens[start - 1]?.text ?? '') ? end : -1
  if (cursor !== -1) {
    let head: Token | null = null
    while (cursor < clause.end) {
      const token = doc.tokens[cursor] as Token
      // "the 20 November encounter": after a determiner and a date comes a noun, whatever the tagger says.
      if (token.pos === 'NOUN' || (token.pos === 'VERB' && isEventNoun(token))) head = token
      else if (!(token.pos === 'ADJ' || token.pos === 'NUM' || (token.pos === 'PROPN' && !head) || token.text === '-')) break
      cursor += 1
    }
    if (head) return head
  }
  // "talks on January 9", "a deadline of Tuesday", "the elections on Sunday" (chrono-node's phrase may hold the preposition).
  const opens = doc.tokens[start]?.pos === 'ADP'
  const preposition = opens ? doc.tokens[start] : doc.tokens[start - 1]
  const before = doc.tokens[opens ? start - 1 : start - 2]
  if (preposition && before && ATTACHING.has(preposition.lower) && before.i >= clause.start && (before.pos === 'NOUN' || before.pos === 'PROPN')) return before
  return null
}

interface EventKind {
  kind: NonNullable<DatedEvent['kind']>
  /** The word that makes it one ("call", "hand"): two events of a day with different words are two. */
  word: string
  /** An event noun deep in the verb's complement, nearer the date than the verb ("… the fifth straight victory, 112-107 over the visitors on Tuesday"): it names the event. */
  far?: Token
}

/**
 * An event, a statement, or nothing: from the event noun the date is fastened
 * to, the governing verb (a speech verb dates the saying, whatever it
 * reports), or an event noun in the clause ("went on strike").
 */
function eventKind(doc: Doc, sentence: DocSentence, governor: Governor, at: number): EventKind | null {
  if (governor.noun && isEventNoun(governor.noun)) return nounKind(governor.noun)
  const verb = governor.verb
  if (!verb) return null
  const head = doc.tokens[verb.head] as Token
  const act = actOf(doc, verb)
  if (act) return { kind: 'event', word: act }
  const form = doc.tokens.slice(verb.start, verb.end + 1).find((token) => eventForms.has(token.lower))
  if (form) return { kind: 'event', word: form.lemma }
  if (givingVerbs.has(verb.lemma) && givesToSomeone(doc, verb)) return { kind: 'event', word: verb.lemma }
  if (statementVerbs.has(verb.lemma) && head.quote === -1) return { kind: 'statement', word: 'statement' }
  // "went on strike", "went to the polls in Sunday's elections", "held a video call".
  const clause = clauseOf(doc, sentence, at)
  // Everything between the verb and a date after it is the verb's complement, which the date may date:
  // "scored 34 points during the fifth straight victory, 112-107 over the visitors on Tuesday".
  const object = doc.tokens.slice(verb.end, Math.min(clause.end, Math.max(verb.end + 6, at)))
  const subject = doc.tokens.slice(clause.start, verb.start).filter((token) => token.quote === -1)
  // What follows the date up to a "that" clause: "news broke on Monday that the sides had reached an agreement" dates the news, not the agreement.
  const afterDate = doc.tokens.slice(at, Math.min(clause.end, at + 15))
  const reported = afterDate.findIndex((token) => token.lower === 'that' && token.pos === 'SCONJ')
  if (reported !== -1) afterDate.length = reported
  const noun = [...object, ...subject.slice(-6), ...afterDate].find(isEventNoun)
  if (!noun) return null
  return noun.i >= verb.end + 6 && noun.i < at ? { ...nounKind(noun), far: noun } : nounKind(noun)
}

/**
 * Whether a giving verb has a thing and the one it goes to after it: "denied
 * port access to four ships", "granted bail to the skipper" (a noun phrase,
 * then "to" and another). "Denied the report" and "denied that …" do not.
 */
function givesToSomeone(doc: Doc, verb: VerbGroup): boolean {
  const inPhrase = (token: Token | undefined) => Boolean(token) && ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(token?.pos ?? '')
  let t = verb.end
  let nouns = 0
  for (; inPhrase(doc.tokens[t]) && doc.tokens[t]?.quote === -1; t += 1) if (doc.tokens[t]?.pos === 'NOUN') nouns += 1
  return nouns > 0 && doc.tokens[t]?.lower === 'to' && inPhrase(doc.tokens[t + 1])
}

/**
 * A quoted event's label: the speaker's own words from the start of their
 * clause to the date, with who said them ("Ilse Varn: “we walk out”").
 */
function quotedLabel(doc: Doc, verb: VerbGroup, dateStart: number, quoted: QuotedBy): Label | null {
  const quote = doc.tokens[verb.head]?.quote ?? -1
  let start = verb.start
  while (start > 0 && doc.tokens[start - 1]?.quote === quote && !(doc.tokens[start - 1]?.text === ',' || doc.tokens[start - 1]?.pos === 'SCONJ' || doc.tokens[start - 1]?.lower === 'that')) start -= 1
  let end = dateStart
  while (end > verb.end && doc.tokens[end - 1]?.pos === 'ADP') end -= 1
  const words = textFrom(doc, start, end).trim()
  if (!words) return null
  return { text: `${quoted.speaker ? `${quoted.speaker}: ` : ''}“${words}”`, words: doc.tokens.slice(start, end) }
}

// Prepositions that make a date the last day for what the verb before it tells: "must answer by Friday".
const DEADLINE_WORDS = new Set(['by', 'before'])

/**
 * The preposition that makes a date phrase a deadline for its verb, when the
 * verb comes before it: "must decide by Friday", "chose to opt out before
 * May 9". A phrase that opens the clause sets a time frame, not a deadline
 * ("By Monday, the toll had risen"). Returns the preposition's index, or null.
 */
function deadlineAt(doc: Doc, governor: Governor, dateStart: number): number | null {
  const verb = governor.verb
  const at = DEADLINE_WORDS.has(doc.tokens[dateStart]?.lower ?? '') ? dateStart : dateStart - 1
  if (!verb || governor.noun || !DEADLINE_WORDS.has(doc.tokens[at]?.lower ?? '') || verb.end > at) return null
  return at
}

/** A deadline's label: the verb and its object up to the preposition ("deadline: chose to opt out of the scheme"). */
function deadlineLabel(doc: Doc, verb: VerbGroup, preposition: number): Label | null {
  let start = verb.start
  // "chose to “opt out”": the verb the quoted one completes, and the marks around it.
  while (start > 0 && /^[“"‘']$/.test(doc.tokens[start - 1]?.text ?? '')) start -= 1
  if (doc.tokens[start - 1]?.lower === 'to' && doc.tokens[start - 2]?.pos === 'VERB') start -= 2
  const text = textFrom(doc, start, preposition).trim()
  return text ? { text: `deadline: ${text}`, words: [] } : null
}

// Nouns for what was said or written: the date is the statement's.
const STATEMENT_NOUNS = new Set(['statement', 'letter', 'address', 'speech', 'announcement'])

function nounKind(noun: Token): EventKind {
  return STATEMENT_NOUNS.has(noun.lemma) ? { kind: 'statement', word: 'statement' } : { kind: 'event', word: noun.lemma }
}

/**
 * The word that makes a verb group an act on a timeline: an event verb among
 * its verbs ("met to discuss"), or a phrase of a verb that alone is none:
 * "took effect", and "took to" a public place or medium ("took to the
 * streets", "took to the radio"), which is the act, whatever was said there.
 */
function actOf(doc: Doc, verb: VerbGroup): string | null {
  const lemma = lemmasOf(doc, verb).find((item) => eventVerbs.has(item))
  if (lemma) return lemma
  if (verb.lemma !== 'take') return null
  const next = doc.tokens[verb.end]
  if (next?.lower === 'effect') return 'effect'
  const venue = doc.tokens.slice(verb.end + 1, verb.end + 4).find((token) => token.pos !== 'DET' && token.pos !== 'ADJ')
  return next?.lower === 'to' && (venue?.pos === 'NOUN' || venue?.pos === 'PROPN') ? 'take' : null
}

/** The lemmas of a group's verbs: "met to discuss" is a meeting as much as a discussion. */
function lemmasOf(doc: Doc, verb: VerbGroup): string[] {
  return tokensOf(doc, verb).filter((token) => token.pos === 'VERB').map((token) => token.lemma)
}

/** Whether a word of a label names a happening: an event verb or noun, or a word of a family ("gunmen"). */
function namesHappening(token: Token): boolean {
  return token.quote === -1 && (eventVerbs.has(token.lemma) || eventNouns.has(token.lemma) || eventNouns.has(token.lower) || familyOf.has(token.lemma) || familyOf.has(token.lower))
}

function isEventNoun(token: Token): boolean {
  return (token.pos === 'NOUN' || token.pos === 'PROPN' || token.pos === 'VERB') && (eventNouns.has(token.lower) || eventNouns.has(token.lemma)) && token.quote === -1
}

/**
 * The direction a date left open resolves in, from the governing verb: a
 * future, a "would" that reports one, a present with "this" or "next", or
 * "is poised/due/set to" look forward; a past, a present perfect or a saying
 * look back. An event noun takes the verb that governs it ("missed Sunday's
 * deadline" is past).
 */
function directionOf(doc: Doc, governor: Governor, when: string): 'forward' | 'back' {
  if (/\b(?:next|this coming|coming|tomorrow)\b/i.test(when)) return 'forward'
  if (/\b(?:last|yesterday|ago)\b/i.test(when)) return 'back'
  const verb = governor.verb
  if (!verb) return 'back'
  if (verb.tense === 'future' || verb.tense === 'conditional' || looksForward(doc, verb)) return 'forward'
  if (verb.tense === 'past') return /\bthis\b/i.test(when) && !statementVerbs.has(verb.lemma) ? 'forward' : 'back'
  if (verb.tense === 'present') return statementVerbs.has(verb.lemma) ? 'back' : 'forward'
  // A verb that is not finite ("to decide", "meeting") takes the finite verb before it.
  const finite = doc.verbs.filter((group) => group.end <= verb.start && group.tense !== 'nonfinite' && (doc.tokens[group.start]?.sentence === doc.tokens[verb.start]?.sentence)).at(-1)
  return finite ? directionOf(doc, { verb: finite, noun: null }, when) : 'back'
}

const RELATIVES = new Set(['that', 'who', 'which'])
// Prepositions that fasten a date to the noun before them: "talks on May 9", "a deadline of Friday".
const ATTACHING = new Set(['on', 'of', 'for'])
/** "was scheduled to meet", "were due to vote": a past that looks forward (the future seen from the past). */
function looksForward(doc: Doc, verb: VerbGroup): boolean {
  const words = tokensOf(doc, verb)
  return words.some((token, index) => forwardLinks.has(token.lower) && words[index + 1]?.lower === 'to')
}

const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your'])

/** An event's label and the words of the clause it was made of. */
interface Label {
  text: string
  words: Token[]
}

/**
 * A short label for the event, built from the clause's own words and never
 * from a quotation: the event noun with its modifiers ("regional elections",
 * "strike deadline"), else the subject and the verb with its object ("United
 * rejected the offer"). The date phrase and the place are left out.
 */
function labelOf(doc: Doc, clause: { start: number; end: number }, governor: Governor, kind: DatedEvent['kind'], dateStart: number, dateEnd: number, where: string | null): Label | null {
  // The wire prefix of a lede ("(Harbour Wire)") is no part of what happened.
  const datelineEnd = (paragraph: number) => doc.paragraphs.find((item) => item.n === paragraph)?.dateline?.length ?? 0
  // A weekday is another date phrase's ("announced Friday it will start … next Saturday"), never what happened.
  const skip = (token: Token) => (token.i >= dateStart && token.i < dateEnd) || token.quote !== -1 || token.start < datelineEnd(token.paragraph) || WEEKDAYS.includes(token.lower)
  let words: Token[]
  if (governor.noun && isEventNoun(governor.noun) && !(kind === 'statement' && governor.verb)) {
    words = nounPhrase(doc, clause, governor.noun)
  } else if (governor.verb) {
    const verb = governor.verb
    const subject = subjectPhrase(doc, clause, verb)
    const object: Token[] = []
    for (let t = verb.end; t < clause.end && object.length < 7; t += 1) {
      const token = doc.tokens[t] as Token
      if (token.i >= dateStart && token.i < dateEnd) continue
      // "would meet in Tallow on Thursday with the pay dispute expected to dominate": what follows the date is another phrase.
      if (dateStart > verb.end && token.i >= dateEnd) break
      // A bracket opens an aside ("published today (May 2)"): the object ends before it.
      if (token.text === ',' || token.text === '(' || token.pos === 'SCONJ' || token.lower === 'that' || token.quote !== -1 || token.pos === 'VERB' || token.pos === 'AUX') break
      // "seized buildings at the refuge": a place phrase stays; "on", "after", "before" turn to time.
      if (token.pos === 'ADP' && !['at', 'in', 'into', 'off', 'back', 'out', 'to', 'with', 'against', 'over', 'of'].includes(token.lower)) break
      object.push(token)
    }
    if (kind === 'statement') {
      // A statement is named by who made it: "statement by the port authority".
      // The closing mark of a quotation before "an insider told" is no part of who said it.
      // "But Velland announced": a conjunction that links the sentence to the one before is not who spoke.
      const speakers = subject.filter((token) => !skip(token))
      while (speakers[0]?.pos === 'CCONJ') speakers.shift()
      const by = joinTokens(doc, speakers).replace(/^[\s"“”'‘’]+/, '').replace(/^(?:the|a|an)\s+/i, '').trim()
      // "told the Harbour Gazette": whom it was said to names the statement as much as who said it.
      const to = verb.lemma === 'tell' ? joinTokens(doc, object.filter((token) => !skip(token) && (token.pos === 'PROPN' || token.pos === 'NOUN'))) : ''
      if (!by || /^(?:he|she|they|it|we|i|you)$/i.test(by)) return to ? { text: `statement to ${to}`, words: [] } : null
      return { text: `statement by ${by}${to ? ` to ${to}` : ''}`, words: [] }
    }
    // "A meeting of the Harbour Council was scheduled to take place": a verb that only says the event happens
    // leaves the event's own noun phrase as its name.
    const subjectEvent = subject.find((token) => isEventNoun(token) && token.pos !== 'VERB')
    // "The two sides remained far apart after talks in Tallow": a verb of state names no event; the event noun after it does.
    const laterEvent = STATE_LEMMAS.has(verb.lemma) ? doc.tokens.slice(verb.end, clause.end).find((token) => isEventNoun(token) && token.pos !== 'VERB' && !skip(token)) : undefined
    if (subjectEvent && HAPPENING_LEMMAS.has(verb.lemma)) words = nounPhrase(doc, clause, subjectEvent)
    else if (laterEvent) words = nounPhrase(doc, clause, laterEvent)
    else words = [...subject, ...tokensOf(doc, verb).filter((token) => token.pos !== 'ADV' || token.lower === 'not'), ...object]
  } else return null
  const kept = words.filter((token) => !skip(token) && !(where && where.includes(token.text) && token.pos === 'PROPN' && words.indexOf(token) === words.length - 1))
  while (kept.length > 0 && ['ADP', 'DET', 'CCONJ', 'PUNCT', 'PART', 'SCONJ'].includes(kept.at(-1)?.pos ?? '')) kept.pop()
  while (kept.length > 0 && (kept[0]?.pos === 'PUNCT' || kept[0]?.pos === 'CCONJ' || kept[0]?.pos === 'ADP')) kept.shift()
  let text = joinTokens(doc, kept).replace(/^['’]s\s+/, '').trim()
  // The place has its own field: "met in Tallow" is labelled "met".
  if (where) text = text.replace(new RegExp(`\\s+(?:in|at|near)\\s+(?:the\\s+)?${escapeRegExp(where)}(?=$|[\\s,])`), '').trim()

  return text.length > 2 ? { text, words: kept } : null
}

/** Verbs that only say an event is held, with the event as their subject: "the vote will take place", "talks are scheduled". */
const HAPPENING_LEMMAS = new Set(['take', 'hold', 'schedule', 'set', 'plan', 'due', 'happen', 'occur', 'begin', 'start', 'open', 'resume', 'convene', 'go'])

/** Verbs of state, which name no event of their own: "remained far apart after the talks". */
const STATE_LEMMAS = new Set(['remain', 'be', 'stay', 'seem', 'appear'])

/** The subject of a verb within its clause: the nearest noun phrase before it, up to six words, from a name or a determiner. */
function subjectPhrase(doc: Doc, clause: { start: number; end: number }, verb: VerbGroup): Token[] {
  const words: Token[] = []
  let t = verb.start - 1
  for (; t >= clause.start && words.length < 10; t -= 1) {
    const token = doc.tokens[t] as Token
    // "detained trawlermen": a participle before a noun describes it.
    const describes = token.pos === 'VERB' && doc.tokens[t + 1]?.pos === 'NOUN'
    if (token.text === ',' || (token.pos === 'VERB' && !describes) || token.pos === 'AUX' || token.pos === 'SCONJ' || token.quote !== -1 || RELATIVES.has(token.lower)) break
    words.unshift(token)
  }
  // "The port authority, stung by the losses of the spring, said": an aside that opens with a participle
  // or an adjective describes the subject before it.
  if (words.length === 0 && doc.tokens[t]?.text === ',') {
    const opening = asideOpening(doc, clause.start, t)
    if (opening !== -1) t = opening
  }
  // "Borvania's envoy, Ilse Varn, said": the name between the commas, and the role before it.
  if (words.length === 0 && doc.tokens[t]?.text === ',') {
    for (t -= 1; t >= clause.start && words.length < 8; t -= 1) {
      const token = doc.tokens[t] as Token
      if (token.text === ',' && words.length > 0 && words.every((word) => word.pos === 'PROPN')) continue
      if (token.text === ',' || token.pos === 'VERB' || token.pos === 'AUX' || token.pos === 'SCONJ' || token.quote !== -1 || RELATIVES.has(token.lower)) break
      words.unshift(token)
    }
  }
  // "the group that seized the depot": a relative clause's subject is the noun it hangs on.
  if (words.length === 0 && RELATIVES.has(doc.tokens[t]?.lower ?? '')) {
    // "the new report, which was published on Monday": past the comma of a clause set off.
    if (doc.tokens[t - 1]?.text === ',') t -= 1
    for (t -= 1; t >= clause.start && words.length < 5; t -= 1) {
      const token = doc.tokens[t] as Token
      if (!(token.pos === 'NOUN' || token.pos === 'PROPN' || token.pos === 'ADJ' || token.pos === 'DET' || /^['’]s$/.test(token.text))) break
      words.unshift(token)
      if (token.pos === 'DET') break
    }
  }
  // "In a joint statement published on May 2": a participle right after the noun of an opening phrase says
  // what became of that noun, which names the event.
  if (words[0]?.pos === 'ADP' && words[1]?.pos === 'DET' && isNounPhrase(words.slice(2))) return words.slice(1)
  // Drop a leading adverbial ("On Monday", "In Tallow") so the subject starts at its noun phrase.
  while (words.length > 1 && (words[0]?.pos === 'ADP' || words[0]?.pos === 'ADV')) {
    const next = words.findIndex((token, index) => index > 0 && (token.pos === 'DET' || token.pos === 'PROPN' || token.pos === 'NOUN') && doc.tokens[token.i - 1]?.pos !== 'ADP' && doc.tokens[token.i - 1]?.pos !== 'DET' && doc.tokens[token.i - 1]?.pos !== 'PROPN')
    if (next <= 0) break
    words.splice(0, next)
  }
  return words
}

/**
 * The comma that opens an aside ending at the comma `close`, when the aside
 * opens with a participle or an adjective ("frustrated by its failures",
 * "clad in uniforms", "cut by the rebels"); else -1.
 */
function asideOpening(doc: Doc, clauseStart: number, close: number): number {
  for (let t = close - 1; t > clauseStart; t -= 1) {
    const token = doc.tokens[t] as Token
    if (token.quote !== -1 || token.pos === 'AUX') return -1
    if (token.text !== ',') continue
    const first = doc.tokens[t + 1]
    // "cut by the rebels in May": a participle with its agent, whatever its ending.
    const participle = first?.pos === 'VERB' && (/(?:ed|en|ing)$/.test(first.lower) || doc.tokens[t + 2]?.lower === 'by')
    return first && (first.pos === 'ADJ' || participle) ? t : -1
  }
  return -1
}

/** Whether tokens are one noun phrase after its determiner: modifiers, then a noun ("joint statement"). */
function isNounPhrase(tokens: Token[]): boolean {
  return tokens.length > 0 && tokens.at(-1)?.pos === 'NOUN' && tokens.every((token) => token.pos === 'ADJ' || token.pos === 'NOUN' || token.pos === 'NUM')
}

const ORDINAL = /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))$/

/** An event noun with the words that describe it: "a 10-day humanitarian pause" → "10-day humanitarian pause", "talks of the Harbour Council". */
function nounPhrase(doc: Doc, clause: { start: number; end: number }, noun: Token): Token[] {
  const words: Token[] = [noun]
  for (let t = noun.i - 1; t >= clause.start && words.length < 6; t -= 1) {
    const token = doc.tokens[t] as Token
    // "the Harbour Boards’ second strike": a plural's possessive is a bare mark after its "s", and an ordinal may come tagged as an adverb.
    const pluralPossessive = /^['’]$/.test(token.text) && /s$/i.test(doc.tokens[t - 1]?.text ?? '')
    const ordinal = ORDINAL.test(token.lower)
    if (DETERMINERS.has(token.lower) || !(token.pos === 'ADJ' || token.pos === 'NOUN' || token.pos === 'PROPN' || token.pos === 'NUM' || token.text === '-' || /^['’]s$/.test(token.text) || pluralPossessive || ordinal)) break
    words.unshift(token)
  }
  // "meeting of the Harbour Council": a proper name after "of" says whose.
  const of = doc.tokens[noun.i + 1]
  if (of?.lower === 'of') {
    const owner: Token[] = []
    for (let t = noun.i + 2; t < clause.end && owner.length < 5; t += 1) {
      const token = doc.tokens[t] as Token
      // "of the Kestria-Velland Council": a hyphen between two names is part of the name.
      const joins = token.text === '-' && owner.at(-1)?.pos === 'PROPN' && doc.tokens[t + 1]?.pos === 'PROPN'
      if (token.pos === 'PROPN' || joins || (token.pos === 'DET' && owner.length === 0) || (token.pos === 'NOUN' && owner.length > 0 && /^\p{Lu}/u.test(token.text))) owner.push(token)
      else break
    }
    if (owner.some((token) => token.pos === 'PROPN')) words.push(of, ...owner)
  }
  return words
}

function joinTokens(doc: Doc, tokens: Token[]): string {
  let text = ''
  let previous: Token | null = null
  for (const token of tokens) {
    if (previous && previous.i === token.i - 1 && previous.paragraph === token.paragraph) text += doc.paragraphs[token.paragraph - 1]?.text.slice(previous.end, token.end) ?? ` ${token.text}`
    else text += `${text ? ' ' : ''}${token.text}`
    previous = token
  }
  return text.replace(/\s+/g, ' ')
}

function placeIn(narration: string, when: string): string | null {
  const whenAt = narration.indexOf(when)
  const months = new RegExp(`^(?:${MONTHS.join('|')}|${WEEKDAYS.join('|')})\\b`, 'i')
  const places = Array.from(narration.matchAll(place), (match) => ({ name: (match[1] as string).replace(/^the\s+/, ''), at: match.index }))
    .filter(({ name }) => !months.test(name) && !when.includes(name))
  // "on Monday in Capital": the place named closest to the time phrase is where it happens.
  // "flew in from Tallow, where the deal was signed": the place a "where" clause hangs on.
  for (const match of narration.matchAll(placeBeforeWhere)) places.push({ name: match[1] as string, at: match.index })
  places.sort((a, b) => Math.abs(a.at - whenAt) - Math.abs(b.at - whenAt))
  return places[0]?.name ?? null
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
    if (!expectationCue.test(sentence.text) || !eventNounWord.test(sentence.text) || !(futureMarker.test(narration) || /\bthis week/i.test(sentence.text) || /\bexpect/i.test(narration))) continue
    const speaker = attributions.find((attribution) => attribution.paragraph === sentence.paragraph && attribution.sentence === sentence.index)?.speaker ?? null
    const named = upcoming.filter((event) => event.place && sentence.text.includes(event.place))
    for (const event of named.length > 0 ? named : upcoming) {
      event.expectations.push({ text: sentence.text, paragraph: sentence.paragraph, speaker })
    }
  }
}
