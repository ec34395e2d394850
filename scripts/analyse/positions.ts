import { CONDITION_LINKS, DEMAND_MARKS, DIRECTIVE_MODALS, DISMISSAL_WORDS, OFFER_ADJECTIVES, REFUSABLE_LEMMAS, VERB_FRAMES, type FrameMark, type VerbFrame } from './frames.ts'
import { sideNamedIn } from './parties.ts'
import { textOf } from './annotate.ts'
import type { Attribution, Doc, DocSentence, Party, Person, PositionClause, Sentence, Token, VerbGroup } from '../types.ts'

export interface PositionInput {
  doc: Doc
  sentences: Sentence[]
  attributions: Attribution[]
  people: Person[]
  parties: Party[]
}

/** A clause with a stance frame, whether or not its holder is one of the two sides. */
export interface StanceClause extends Omit<PositionClause, 'side'> {
  /** The side the clause's subject is or speaks for; null for a third party or an unknown subject. */
  side: string | null
  mark: FrameMark
  /** The words that held the stance: the clause's subject, or the sentence's speaker. */
  holder: string
}

const FRAMES_BY_LEMMA = new Map<string, VerbFrame[]>()
for (const frame of VERB_FRAMES) FRAMES_BY_LEMMA.set(frame.lemma, [...(FRAMES_BY_LEMMA.get(frame.lemma) ?? []), frame])
const REFUSABLE = new Set(REFUSABLE_LEMMAS)
const DIRECTIVE = new Set(DIRECTIVE_MODALS)
const OFFER_ADJECTIVE = new Set(OFFER_ADJECTIVES)
const DISMISSAL = new Set(DISMISSAL_WORDS)
// Words that a dismissal needs "not" before: "is not feasible", not "is feasible".
const NEEDS_NOT = new Set(['feasible'])
// Where a subject stretch stops, reading back from a verb: another clause begins there.
const CLAUSE_BOUNDARY = new Set([',', ';', ':', '—', '–', '(', ')', '"', '“', '”', 'and', 'but', 'that', 'which', 'who', 'because', 'while', 'whereas', 'although', 'though', 'if', 'as', 'when', 'after', 'before', 'since', 'so', 'or', 'saying'])
const FIRST_PERSON = new Set(['we', 'i', 'us', 'our'])
const THIRD_PERSON = new Set(['it', 'they', 'he', 'she', 'its', 'their', 'his', 'her'])

/** Every clause in which one of the two sides states its position (see `findStances`). */
export function findPositions(input: PositionInput): PositionClause[] {
  if (input.parties.length < 2) return []
  return findStances(input).flatMap(({ side, mark: _mark, holder: _holder, ...clause }) => (side ? [{ ...clause, side }] : []))
}

/**
 * Clauses whose predicate states what its holder wants, offers, conditions,
 * refuses, dismisses or threatens. The holder is the clause's subject (a side,
 * a person of a side, a pronoun carried from the speaker or the sentence's
 * subject); a "must" or "should" in someone's words is the speaker's demand on
 * whoever is its subject. Independent experts hold no position; a cue word used
 * as a noun modifier ("the proposed timetable") or a claim of fact ("insisted
 * that the reservoir was empty") is no position.
 */
export function findStances(input: PositionInput): StanceClause[] {
  const { doc } = input
  const stances: StanceClause[] = []
  let lastSubjectSide = null as { side: string; paragraph: number } | null
  for (const sentence of doc.sentences) {
    const attribution = input.attributions[sentence.i]
    const speakerPerson = attribution?.speaker ? input.people.find((person) => person.name === attribution.speaker) : undefined
    if (speakerPerson?.kind === 'expert') continue
    const speakerSide = speakerPerson ? (speakerPerson.kind === 'party' ? speakerPerson.party : null) : attribution?.speaker ? sideNamedIn(attribution.speaker, input.parties) : null
    const carried: string | null = lastSubjectSide?.paragraph === sentence.paragraph ? lastSubjectSide.side : null
    const groups = doc.verbs.filter((group) => group.start >= sentence.start && group.end <= sentence.end)
    let sentenceSubject: { side: string | null; text: string } | null = null
    let previousSubject: { side: string | null; text: string } | null = null
    const seen = new Set<number>()
    for (const group of groups) {
      const subject: Subject | null = subjectOf(doc, sentence, group, input, { speakerSide, speaker: attribution?.speaker ?? null, carried }) ?? (sharesSubject(doc, sentence, group) ? previousSubject : null) ?? (isParticiple(doc, group) ? sentenceSubject : null)
      if (subject && !sentenceSubject) sentenceSubject = subject
      if (subject) previousSubject = subject
      if (subject?.side && doc.tokens[group.head]?.quote === -1) lastSubjectSide = { side: subject.side, paragraph: sentence.paragraph }
      const frame = frameOf(doc, sentence, group)
      if (!frame || seen.has(group.head)) continue
      // A "must" in someone's words is their demand on its subject; any other frame is its subject's own.
      const holder = frame.byDirective
        ? (speakerSide || attribution?.speaker ? { side: speakerSide, text: attribution?.speaker ?? '' } : null)
        : subject ?? (doc.tokens[group.head]?.quote !== -1 && attribution?.speaker ? { side: speakerSide, text: attribution.speaker } : null)
      if (!holder) continue
      seen.add(group.head)
      const cue = textOf(doc, group.start, frame.end)
      const stance = DEMAND_MARKS.includes(frame.mark) ? 'demand' : 'refusal'
      stances.push({
        stance,
        mark: frame.mark,
        side: holder.side,
        holder: holder.text,
        paragraph: sentence.paragraph,
        sentence: sentence.index,
        text: clauseText(doc, sentence, group),
        speaker: attribution?.speaker ?? null,
        cue,
        reason: `${frame.mark} frame "${cue}" (${frame.why}) with subject "${holder.text}"${holder.side ? ` for ${holder.side}` : ''}`,
      })
    }
    // Dismissive words in a side's own words ("a fantasy", "irresponsible") reject what they describe.
    if (attribution?.speaker && !stances.some((stance) => stance.paragraph === sentence.paragraph && stance.sentence === sentence.index)) {
      const word = dismissalIn(doc, sentence)
      if (word) {
        stances.push({
          stance: 'refusal', mark: 'dismiss', side: speakerSide, holder: attribution.speaker, paragraph: sentence.paragraph, sentence: sentence.index,
          text: sentence.text, speaker: attribution.speaker, cue: word, reason: `dismiss frame "${word}" in the words of ${attribution.speaker}${speakerSide ? ` for ${speakerSide}` : ''}`,
        })
      }
    }
  }
  return stances
}

interface FoundFrame {
  mark: FrameMark
  /** Last token (exclusive) of the cue as quoted in the reason. */
  end: number
  why: string
  /** A "must"/"should": the stance is the speaker's, whoever the subject is. */
  byDirective: boolean
}

/** The frame a verb group's predicate matches, if any. */
function frameOf(doc: Doc, sentence: DocSentence, group: VerbGroup): FoundFrame | null {
  const head = doc.tokens[group.head] as Token
  const words = doc.tokens.slice(group.start, group.end)
  const modal = words.some((word) => ['could', 'would', 'might', 'may', 'can', 'ca'].includes(word.lower))
  // "the proposed timetable": a verb form between a determiner and its noun modifies the noun.
  const before = doc.tokens[group.start - 1]
  const after = doc.tokens[group.end]
  if (group.end - group.start === 1 && before && ['DET', 'PRON', 'ADJ'].includes(before.pos) && before.lower !== 'it' && after?.pos === 'NOUN') return null
  if (group.passive) return null
  const clauseEnd = clauseEndAfter(doc, sentence, group.end)
  const following = doc.tokens.slice(group.end, Math.min(clauseEnd, group.end + 6))
  for (const frame of FRAMES_BY_LEMMA.get(group.lemma) ?? []) {
    if (frame.negated !== undefined && frame.negated !== group.negated) continue
    if (frame.modal && !modal && !conditionLinked(doc, group.end, clauseEnd)) continue
    let end = group.end
    if (frame.particle) {
      const particle = following.find((token) => frame.particle!.includes(token.lower))
      if (!particle) continue
      end = Math.max(end, particle.i + 1)
    }
    if (frame.needsDirective && !directiveFollows(doc, sentence, group)) continue
    return { mark: frame.marks, end, why: frame.modal ? 'a conditional offer' : `"${frame.lemma}"`, byDirective: false }
  }
  if (group.negated && (REFUSABLE.has(group.lemma) || group.tense === 'future' || group.tense === 'conditional')) {
    return { mark: 'refuse', end: group.end, why: 'a negated verb', byDirective: false }
  }
  // "is willing to drop", "stood ready to cover": an adjective of readiness after the verb.
  const adjective = doc.tokens[group.end]
  if (adjective && OFFER_ADJECTIVE.has(adjective.lower) && doc.tokens[group.end + 1]?.lower === 'to') {
    return { mark: 'offer', end: group.end + 2, why: `"${adjective.lower} to"`, byDirective: false }
  }
  const directive = words.find((word) => DIRECTIVE.has(word.lower))
  if (directive && head.pos === 'VERB') return { mark: 'want', end: group.end, why: `"${directive.lower}"`, byDirective: true }
  return null
}

/** "insisted on", "insisted that X must/should …": a demand, not a claim of fact. */
function directiveFollows(doc: Doc, sentence: DocSentence, group: VerbGroup): boolean {
  if (doc.tokens[group.end]?.lower === 'on') return true
  return doc.tokens.slice(group.end, sentence.end).some((token) => DIRECTIVE.has(token.lower))
}

function conditionLinked(doc: Doc, from: number, to: number): boolean {
  const lowers = doc.tokens.slice(from, to + 8).map((token) => token.lower)
  return CONDITION_LINKS.some((link) => lowers.some((_, index) => link.every((word, offset) => lowers[index + offset] === word)))
}

function clauseEndAfter(doc: Doc, sentence: DocSentence, from: number): number {
  for (let t = from; t < sentence.end; t += 1) {
    const token = doc.tokens[t] as Token
    if ([';', ':', '—', '–'].includes(token.text)) return t
  }
  return sentence.end
}

interface Subject {
  side: string | null
  text: string
}

/**
 * The subject of a verb group: the words before it back to the clause's
 * start. A side's name or a person of a side gives their side; "we" and "I"
 * in quoted words are the speaker's; "it", "they", "he", "she" in reported
 * words are the speaker's, else the side last seen as a subject.
 */
function subjectOf(doc: Doc, sentence: DocSentence, group: VerbGroup, input: PositionInput, context: { speakerSide: string | null; speaker: string | null; carried: string | null }): Subject | null {
  let start = group.start
  while (start > sentence.start) {
    const token = doc.tokens[start - 1] as Token
    if (CLAUSE_BOUNDARY.has(token.lower) || token.pos === 'VERB' || token.pos === 'AUX') break
    start -= 1
  }
  const words = doc.tokens.slice(start, group.start).filter((token) => token.pos !== 'ADV' && token.pos !== 'PUNCT')
  if (words.length === 0) return null
  const text = textOf(doc, start, group.start).trim()
  // "with the operators rejecting …": the preposition opens the subject of an absolute clause.
  const named = text.replace(/^(?:with|for its part|for their part)\s+/i, '')
  for (const person of input.people) {
    if (person.mentions.some((mention) => containsWord(named, mention))) {
      if (person.kind === 'expert') return null
      return { side: person.kind === 'party' ? person.party : null, text: named }
    }
  }
  const side = sideNamedIn(named, input.parties)
  if (side) return { side, text: named }
  const pronoun = words.length === 1 && words[0]?.pos === 'PRON' ? words[0] : undefined
  if (pronoun) {
    const quoted = pronoun.quote !== -1
    if (FIRST_PERSON.has(pronoun.lower)) return quoted && context.speaker ? { side: context.speakerSide, text: `${pronoun.text} (${context.speaker})` } : null
    if (THIRD_PERSON.has(pronoun.lower)) {
      const afterSpeech = context.speaker && !quoted && start > sentence.start
      if (afterSpeech) return { side: context.speakerSide, text: `${pronoun.text} (${context.speaker})` }
      if (context.carried) return { side: context.carried, text: `${pronoun.text} (${context.carried})` }
      if (context.speaker && context.speakerSide) return { side: context.speakerSide, text: `${pronoun.text} (${context.speaker})` }
    }
    return null
  }
  // A speaker named by role ("the spokeswoman warned"): the attribution already resolved who it is.
  if (context.speaker && sharesWord(named, context.speaker)) return { side: context.speakerSide, text: context.speaker }
  return { side: null, text: named }
}

/** "Trevasse refuses, and in turn demands …": a verb after "and" with no subject of its own shares the one before. */
function sharesSubject(doc: Doc, sentence: DocSentence, group: VerbGroup): boolean {
  for (let t = group.start - 1; t >= sentence.start; t -= 1) {
    const token = doc.tokens[t] as Token
    if (token.pos === 'ADV' || token.lower === 'in' || token.lower === 'turn' || token.lower === ',') continue
    return token.lower === 'and' || token.lower === 'but' || token.lower === 'or'
  }
  return false
}

/** "…, saying its books could never carry that cost": an -ing participle after a comma takes the sentence's subject. */
function isParticiple(doc: Doc, group: VerbGroup): boolean {
  const head = doc.tokens[group.start] as Token
  return head.lower.endsWith('ing') && group.tense === 'nonfinite' && doc.tokens[group.start - 1]?.text === ','
}

function dismissalIn(doc: Doc, sentence: DocSentence): string | null {
  for (let t = sentence.start; t < sentence.end; t += 1) {
    const token = doc.tokens[t] as Token
    if (!DISMISSAL.has(token.lower)) continue
    if (NEEDS_NOT.has(token.lower) && !doc.tokens.slice(Math.max(sentence.start, t - 3), t).some((word) => word.lower === 'not' || word.lower === "n't")) continue
    return token.text
  }
  return null
}

/** The clause a verb group stands in: from the clause's start before its subject to the next clause joint. */
function clauseText(doc: Doc, sentence: DocSentence, group: VerbGroup): string {
  let start = group.start
  while (start > sentence.start && ![';', '—', '–'].includes(doc.tokens[start - 1]?.text ?? '') && !(doc.tokens[start - 1]?.text === ',' && /^(?:with|and|while|but|whereas)$/i.test(doc.tokens[start]?.text ?? ''))) start -= 1
  while (/^(?:with|and|while|but|whereas)$/i.test(doc.tokens[start]?.text ?? '') && start < group.start) start += 1
  let end = group.end
  while (end < sentence.end && ![';', '—', '–'].includes(doc.tokens[end]?.text ?? '') && !(doc.tokens[end]?.text === ',' && /^(?:with|and|while|but|whereas)$/i.test(doc.tokens[end + 1]?.text ?? ''))) end += 1
  const text = textOf(doc, start, end).trim()
  return text.length > 0 ? text : sentence.text
}

function containsWord(text: string, phrase: string): boolean {
  const at = text.indexOf(phrase)
  if (at === -1) return false
  const before = text[at - 1]
  const after = text[at + phrase.length]
  return (!before || !/[\p{L}\p{N}]/u.test(before)) && (!after || !/[\p{L}\p{N}]/u.test(after))
}

function sharesWord(phrase: string, speaker: string): boolean {
  const words = new Set(speaker.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 2 && word !== 'the'))
  return phrase.toLowerCase().split(/[^\p{L}\p{N}]+/u).some((word) => words.has(word))
}
