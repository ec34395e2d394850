import { CONDITION_LINKS, DEMAND_MARKS, DIRECTIVE_MODALS, EXPECT_IDIOM, GROUP_HEADS, TIME_IDIOM, INSTRUMENT_HEADS, STANCE_NOUNS, DISMISSAL_PHRASES, DISMISSAL_WORDS, NOUN_TAGGED_VERBS, OFFER_ADJECTIVES, OPPOSING_VERBS, READINESS_ON_ADJECTIVES, REFUSABLE_LEMMAS, RULING_BODY_WORDS, SELF_REFERENCES, PREPOSITIONAL_SUBORDINATING_WORDS, SPEECH_NOUNS, SUBORDINATING_WORDS, TIME_SUBORDINATING_DETERMINERS, VERB_FRAMES, type FrameMark, type VerbFrame } from './frames.ts'
import { sideNamedIn } from './parties.ts'
import { textOf } from './annotate.ts'
import { isPastForm } from './verbs.ts'
import { MONTHS, WEEKDAYS } from './date-phrases.ts'
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
  /**
   * How the holder is known: a side, the sentence's speaker, a named actor outside the sides, a phrase whose head
   * names people or a body ("the doctors", "the company"), or only some other noun phrase.
   */
  heldBy: 'side' | 'speaker' | 'named' | 'group' | 'phrase'
  /** The clause is conceded ("though it was willing to …"): the sentence's main clause decides before it. */
  subordinate?: boolean
}

const FRAMES_BY_LEMMA = new Map<string, VerbFrame[]>()
for (const frame of VERB_FRAMES) FRAMES_BY_LEMMA.set(frame.lemma, [...(FRAMES_BY_LEMMA.get(frame.lemma) ?? []), frame])
const REFUSABLE = new Set(REFUSABLE_LEMMAS)
const DIRECTIVE = new Set(DIRECTIVE_MODALS)
const OFFER_ADJECTIVE = new Set(OFFER_ADJECTIVES)
const READINESS_ON = new Set(READINESS_ON_ADJECTIVES)
const OPPOSING_VERB = new Set(OPPOSING_VERBS)
const DISMISSAL = new Set(DISMISSAL_WORDS)
const SELF_REFERENCE = new Set(SELF_REFERENCES)
const NOUN_TAGGED = new Set(NOUN_TAGGED_VERBS)
const SPEECH_NOUN = new Set(SPEECH_NOUNS)
const RULING_BODY = new Set(RULING_BODY_WORDS)
const GROUP_HEAD = new Set(GROUP_HEADS)
// Particles of a phrasal verb, which a tagger reads as prepositions: "ratcheted up", "held out", "laid down".
const VERB_PARTICLES = new Set(['up', 'out', 'down', 'off', 'back'])
const STANCE_NOUN = new Map(STANCE_NOUNS.map((entry) => [entry.noun, entry]))
const INSTRUMENT_HEAD = new Set(INSTRUMENT_HEADS)
// Words that make a prepositional phrase a time phrase: "on Monday", "in March", "at the weekend".
const TIME_WORD = new Set([...WEEKDAYS, ...MONTHS, 'week', 'weekend', 'morning', 'afternoon', 'evening', 'night', 'day', 'year', 'month'])
const SUBORDINATING_WORD = new Set(SUBORDINATING_WORDS)
const TIME_DETERMINER = new Set(TIME_SUBORDINATING_DETERMINERS)
const PREPOSITIONAL_SUBORDINATING_WORD = new Set(PREPOSITIONAL_SUBORDINATING_WORDS)
// Words that a dismissal needs "not" before: "is not feasible", not "is feasible".
const NEEDS_NOT = new Set(['feasible'])
// Where a subject stretch stops, reading back from a verb: another clause begins there.
const CLAUSE_BOUNDARY = new Set([',', ';', ':', '—', '–', '(', ')', '"', '“', '”', 'and', 'but', 'that', 'which', 'who', 'because', 'while', 'whereas', 'although', 'though', 'if', 'as', 'when', 'after', 'before', 'since', 'so', 'or', 'saying', 'what', 'how', 'whether'])
// Words opening a clause that completes the one before it.
const COMPLEMENT_OPENERS = new Set(['that', 'which', 'who'])
// Words opening a conceded clause: what follows them is not what the sentence says.
const CONCESSIVE = new Set(['though', 'although', 'whereas'])
const FIRST_PERSON = new Set(['we', 'i', 'us', 'our'])
const POSSESSIVES = new Set(['our', 'their', 'its', 'his', 'her', 'my', 'your'])
const THIRD_PERSON = new Set(['it', 'they', 'he', 'she', 'its', 'their', 'his', 'her'])

/** Every clause in which one of the two sides states its position (see `findStances`). */
export function findPositions(input: PositionInput): PositionClause[] {
  return positionsOf(findStances(input), input.parties)
}

/** The sides' positions among stance clauses already read: the clauses whose holder is one of two sides. */
export function positionsOf(stances: StanceClause[], parties: PositionInput['parties']): PositionClause[] {
  if (parties.length < 2) return []
  return stances.flatMap(({ side, mark: _mark, holder: _holder, heldBy: _heldBy, ...clause }) => (side ? [{ ...clause, side }] : []))
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
    const attribution = speechOf(doc, sentence, input.attributions)
    const speakerPerson = attribution?.speaker ? input.people.find((person) => person.name === attribution.speaker) : undefined
    if (speakerPerson?.kind === 'expert') continue
    const speakerSide = speakerPerson ? (speakerPerson.kind === 'party' ? speakerPerson.party : null) : attribution?.speaker ? sideNamedIn(attribution.speaker, input.parties) : null
    // "It calls on the regulator …" opening a paragraph in the narration goes on with the side last seen as a subject in the paragraph before.
    const opener = doc.tokens[sentence.start]
    const opensWithPronoun = sentence.index === 0 && opener?.pos === 'PRON' && opener.quote === -1 && THIRD_PERSON.has(opener.lower)
    const carriedOver = opensWithPronoun && lastSubjectSide?.paragraph === sentence.paragraph - 1
    const carried: string | null = lastSubjectSide && (lastSubjectSide.paragraph === sentence.paragraph || carriedOver) ? lastSubjectSide.side : null
    const groups = [...doc.verbs.filter((group) => group.start >= sentence.start && group.end <= sentence.end), ...nounTaggedVerbs(doc, sentence)].sort((a, b) => a.start - b.start)
    let sentenceSubject = null as Subject | null
    let previousSubject = null as Subject | null
    const seen = new Set<number>()
    const subjects: Array<{ end: number; subject: Subject | null }> = []
    const clauses: Array<{ from: number; end: number; index: number }> = []
    for (const group of groups) {
      // "by offering to cut", "to block": a verb with no finite form takes the clause's subject when its own stretch names no side.
      const own: Subject | null = subjectOf(doc, sentence, group, input, { speakerSide, speaker: attribution?.speaker ?? null, carried })
      const inherited: Subject | null = group.tense === 'nonfinite' && sentenceSubject?.side && !own?.side ? sentenceSubject : null
      // "Roe said the offer undervalued the firm and rejected it": of two subjects a shared verb could take, the side's.
      const shared = sharesSubject(doc, sentence, group) ? (previousSubject && !previousSubject.side && sentenceSubject?.side ? sentenceSubject : previousSubject) : null
      // "moved to pre-empt it by offering to cut prices": the gerund after "by" is what the clause's subject does.
      // Any other preposition makes the gerund a noun with no subject ("differences over pressuring the port").
      const preposition = doc.tokens[group.start - 1]?.pos === 'ADP' ? doc.tokens[group.start - 1]?.lower : undefined
      const byGerund = preposition === 'by' && group.tense === 'nonfinite' ? sentenceSubject : null
      const subject: Subject | null = preposition ? byGerund : inherited ?? own ?? shared ?? (isParticiple(doc, group) ? sentenceSubject : null)
      if (subject && (!sentenceSubject || (!sentenceSubject.side && subject.side))) sentenceSubject = subject
      if (subject) previousSubject = subject
      subjects.push({ end: group.end, subject })
      if (subject?.side && doc.tokens[group.head]?.quote === -1) lastSubjectSide = { side: subject.side, paragraph: sentence.paragraph }
      const frame = frameOf(doc, sentence, group)
      // "it was unwarranted for the ministry to demand it": a verb in a "for … to" complement is what the main clause judges, not a stance.
      if (!frame || seen.has(group.head) || inForComplement(doc, sentence, group)) continue
      // "lawsuits seeking damages", "protesters opposing the pipeline": a participle right after its noun says what the noun is.
      if (modifiesNounBefore(doc, sentence, group, own)) continue
      // A "must" in someone's words is their demand on its subject; any other frame is its subject's own.
      const bySpeaker = (attribution?.speaker ? { side: speakerSide, text: attribution.speaker, named: true, speaker: true } : null)
      const holder: (Subject & { speaker?: boolean }) | null = frame.byDirective ? bySpeaker : subject ?? (doc.tokens[group.head]?.quote !== -1 ? bySpeaker : null)
      // A frame kept for the sides ("we need", "we will not …") also holds in the own words of a side's person whose side is not among the two found.
      // Not the negated-verb refusal in a modal ("I can't recall"), but in the future it is ("We will not be providing names").
      const sidesVoice = holder?.firstPerson === true && speakerPerson?.kind === 'party' && (frame.why !== 'a negated verb' || group.tense === 'future')
      if (!holder || (frame.sideSubject && !holder.side && !sidesVoice)) continue
      // "the Supreme Court rejected the union's appeal": a body that rules from outside the dispute holds no stance in it.
      if (!holder.side && holder === subject && rulingBody(subject)) continue
      // "the order asks the firm to …", "the bill proposes a cap": what an instrument says is its content, no one's stance.
      if (holder === subject && subject.instrument) continue
      seen.add(group.head)
      const cue = textOf(doc, group.start, frame.end)
      const stance = DEMAND_MARKS.includes(frame.mark) ? 'demand' : 'refusal'
      clauses.push({ from: holder === subject && subject?.from !== undefined && subject === own ? subject.from : clauseStart(doc, sentence, group), end: clauseEnd(doc, sentence, group), index: stances.length })
      stances.push({
        stance,
        mark: frame.mark,
        side: holder.side,
        holder: holder.text,
        heldBy: holder.side ? 'side' : holder.speaker || (attribution?.speaker && holder.text === attribution.speaker) ? 'speaker' : holder.named ? 'named' : holder.group ? 'group' : 'phrase',
        paragraph: sentence.paragraph,
        sentence: sentence.index,
        text: '',
        speaker: attribution?.speaker ?? null,
        cue,
        reason: `${frame.mark} frame "${cue}" (${frame.why}) with subject "${holder.text}"${holder.side ? ` for ${holder.side}` : ''}`,
        ...(concededFrom(doc, sentence) < group.start || opensSubordinateClause(doc, sentence, group) ? { subordinate: true } : {}),
      })
    }
    // Each clause runs from its subject to where the next position's subject begins:
    // "the union insisting on a raise and the operators rejecting it" is two.
    for (const [k, clause] of clauses.entries()) {
      const next = clauses[k + 1]
      // A clause opened by "that" is what the one before it says or wants ("assurances that the fleet won't sail"): it does not cut it.
      const embedded = next ? COMPLEMENT_OPENERS.has(doc.tokens[next.from - 1]?.lower ?? '') : false
      const end = next && next.from > clause.from && !embedded ? Math.min(clause.end, next.from) : clause.end
      const stance = stances[clause.index] as StanceClause
      stance.text = textOf(doc, clause.from, end).replace(/(?:[,;]|\s+(?:and|but|while|as|with))+\s*$/i, '').trim() || sentence.text
    }
    // Dismissive words in a side's own words ("a fantasy", "irresponsible") reject what they describe;
    // after a contrasting "but" they do so even past an earlier stance ("was prepared to …, but that the demand was unacceptable").
    const own = stances.filter((stance) => stance.paragraph === sentence.paragraph && stance.sentence === sentence.index && !stance.subordinate)
    const contrast = contrastFrom(doc, sentence)
    const contrasted = own.length > 0 && contrast !== null && clauses.every((clause) => clause.from < contrast)
    if (attribution?.speaker && (own.length === 0 || contrasted)) {
      const word = dismissalIn(doc, sentence, concededFrom(doc, sentence), own.length === 0 ? sentence.start : (contrast as number))
      if (word && contrasted) for (const stance of own) stance.subordinate = true
      if (word) {
        stances.push({
          stance: 'refusal', mark: 'dismiss', side: speakerSide, holder: attribution.speaker, heldBy: speakerSide ? 'side' : 'speaker', paragraph: sentence.paragraph, sentence: sentence.index,
          text: sentence.text, speaker: attribution.speaker, cue: word, reason: `dismiss frame "${word}" in the words of ${attribution.speaker}${speakerSide ? ` for ${speakerSide}` : ''}`,
        })
      }
    }
    // "its intent to talk", "his warnings to the envoy": a stance noun someone's possessive owns, where no frame verb decided.
    const idiom = stances.some((stance) => stance.paragraph === sentence.paragraph && stance.sentence === sentence.index) ? null : demandIdiomIn(doc, sentence, input, subjects)
    if (idiom && attribution?.speaker) {
      stances.push({
        stance: 'demand', mark: 'want', side: speakerSide, holder: attribution.speaker, heldBy: speakerSide ? 'side' : 'speaker', paragraph: sentence.paragraph, sentence: sentence.index,
        text: sentence.text, speaker: attribution.speaker, cue: idiom, reason: `want idiom "${idiom}" in the words of ${attribution.speaker}${speakerSide ? ` for ${speakerSide}` : ''}`,
      })
    }
    if (!stances.some((stance) => stance.paragraph === sentence.paragraph && stance.sentence === sentence.index)) {
      const owned = ownedStanceNoun(doc, sentence, input, { speaker: attribution?.speaker ?? null, speakerSide, subjects })
      if (owned) {
        stances.push({
          stance: DEMAND_MARKS.includes(owned.mark) ? 'demand' : 'refusal', mark: owned.mark, side: owned.holder.side, holder: owned.holder.text,
          heldBy: owned.holder.side ? 'side' : owned.holder.speaker ? 'speaker' : owned.holder.named ? 'named' : owned.holder.group ? 'group' : 'phrase',
          paragraph: sentence.paragraph, sentence: sentence.index, text: sentence.text, speaker: attribution?.speaker ?? null, cue: owned.cue,
          reason: `${owned.mark} noun "${owned.cue}" owned by "${owned.holder.text}"${owned.holder.side ? ` for ${owned.holder.side}` : ''}`,
        })
      }
    }
  }
  return stances
}

/**
 * A demand said as an idiom (see TIME_IDIOM, EXPECT_IDIOM): "it's time for
 * the owners to give back", "we expect Ostmark to honour the deal". Returns
 * the idiom's words, or null.
 */
function demandIdiomIn(doc: Doc, sentence: DocSentence, input: PositionInput, subjects: Array<{ end: number; subject: Subject | null }>): string | null {
  for (let t = sentence.start; t < sentence.end - 3; t += 1) {
    if ((doc.tokens[t] as Token).lower !== TIME_IDIOM.subject || (doc.tokens[t + 1] as Token).lemma !== 'be') continue
    let n = t + 2
    while ((TIME_IDIOM.modifiers as readonly string[]).includes(doc.tokens[n]?.lower ?? '')) n += 1
    if (doc.tokens[n]?.lower === TIME_IDIOM.noun && (TIME_IDIOM.links as readonly string[]).includes(doc.tokens[n + 1]?.lower ?? '')) return textOf(doc, t, n + 2)
  }
  for (const group of doc.verbs) {
    if (group.start < sentence.start || group.end > sentence.end || group.lemma !== EXPECT_IDIOM.lemma || group.negated || group.tense !== 'present') continue
    const subject = subjects.find((item) => item.end === group.end)?.subject
    if (!subject?.firstPerson) continue
    // The object is an actor: a name, a side or a group ("we expect the board to …"), then "to".
    const link = doc.tokens.slice(group.end, group.end + 5).findIndex((token) => token.lower === EXPECT_IDIOM.link)
    if (link <= 0) continue
    const object = doc.tokens.slice(group.end, group.end + link)
    const actor = object.some((token) => token.pos === 'PROPN') || sideNamedIn(textOf(doc, group.end, group.end + link), input.parties) !== null || object.some((token) => token.pos === 'NOUN' && isGroupHead(token))
    if (actor) return textOf(doc, group.start, group.end + link + 1)
  }
  return null
}

/**
 * A stance noun with a possessive before it (past at most two adjectives):
 * "our goal", "its latest threat", "the board's refusal". Whose it is: "our",
 * "my" in quoted words are the speaker's; "his", "its", "their" the sentence's
 * subject when it is an actor, else the speaker; a name before "'s" is that
 * name's. Null when the owner is no one the article knows.
 */
function ownedStanceNoun(doc: Doc, sentence: DocSentence, input: PositionInput, context: { speaker: string | null; speakerSide: string | null; subjects: Array<{ end: number; subject: Subject | null }> }): { mark: FrameMark; cue: string; holder: Subject & { speaker?: boolean } } | null {
  const bySpeaker = context.speaker ? { side: context.speakerSide, text: context.speaker, speaker: true } : null
  for (let t = sentence.start + 1; t < sentence.end; t += 1) {
    const token = doc.tokens[t] as Token
    const entry = token.pos === 'NOUN' ? STANCE_NOUN.get(token.lemma) : undefined
    // "its intent to talk", not "Iran's nuclear intentions": the noun's complement makes it a stance.
    if (!entry || (entry.after && !entry.after.includes(doc.tokens[t + 1]?.lower ?? ''))) continue
    const mark = entry.mark
    let p = t - 1
    while (p > sentence.start && (doc.tokens[p] as Token).pos === 'ADJ' && p >= t - 2) p -= 1
    const possessor = doc.tokens[p] as Token
    const cue = textOf(doc, p, t + 1)
    // "triggered by Velland's desire to …", "concerns about his wish to …": after a preposition the stance is what
    // something else is about; a verb's particle ("ratcheted up his warnings") is no preposition.
    let opener = p - 1
    if (/^['’]s?$/.test(possessor.text)) while (opener > sentence.start && (doc.tokens[opener] as Token).pos === 'PROPN') opener -= 1
    const before = doc.tokens[opener]
    if (before && before.pos === 'ADP' && !(VERB_PARTICLES.has(before.lower) && doc.tokens[opener - 1]?.pos === 'VERB')) continue
    // "Roe's refusal to sign means the bill stalls": in the narration, a stance noun before any verb is the topic of
    // the reporter's own analysis; it is someone's stance as a verb's object ("renewed its threat").
    if (!context.speaker && !doc.tokens.slice(sentence.start, opener).some((word) => word.pos === 'VERB')) continue
    if (possessor.pos === 'PRON' && ['our', 'my'].includes(possessor.lower)) {
      if (possessor.quote !== -1 && bySpeaker) return { mark, cue, holder: bySpeaker }
      continue
    }
    if (possessor.pos === 'PRON' && ['his', 'her', 'its', 'their'].includes(possessor.lower)) {
      // Whose: the subject of the verb the noun follows ("Ostmark's envoy ratcheted up his warnings").
      const subject = context.subjects.filter((item) => item.end <= opener + 1).at(-1)?.subject ?? null
      // "the two sides confirmed their willingness to …": a stance both hold is the state of the talks, no one side's.
      if (subject && (/\b(?:and|both)\b/i.test(subject.text) || (subject.from !== undefined && doc.tokens[subject.from - 1]?.lower === 'and'))) continue
      if (subject && (subject.side || subject.named || subject.group)) return { mark, cue, holder: subject }
      if (bySpeaker) return { mark, cue, holder: bySpeaker }
      continue
    }
    if (/^['’]s?$/.test(possessor.text)) {
      let first = p - 1
      while (first > sentence.start && (doc.tokens[first - 1] as Token).pos === 'PROPN') first -= 1
      const owner = textOf(doc, first, p).trim()
      const person = input.people.find((candidate) => candidate.kind !== 'expert' && candidate.mentions.some((mention) => containsWord(owner, mention)))
      if (person) return { mark, cue, holder: { side: person.kind === 'party' ? person.party : null, text: person.name, named: true } }
      const side = sideNamedIn(owner, input.parties)
      if (side) return { mark, cue, holder: { side, text: owner } }
      if ((doc.tokens[p - 1] as Token | undefined)?.pos === 'PROPN') return { mark, cue, holder: { side: null, text: owner, named: true } }
    }
  }
  return null
}

/**
 * Who says a sentence: its own attribution, or, for a quoted sentence that
 * has none ("Ren said … . "We are determined to …""), the speaker of the
 * paragraph's nearest attributed sentence, the one before first: a quotation
 * runs on over its sentences without naming its speaker again.
 */
function speechOf(doc: Doc, sentence: DocSentence, attributions: Attribution[]): Attribution | undefined {
  const own = attributions[sentence.i]
  if (own?.speaker) return own
  const opening = doc.tokens.slice(sentence.start, sentence.end).find((token) => token.pos !== 'PUNCT')
  if (!opening || opening.quote === -1) return own
  const inParagraph = (i: number) => doc.sentences[i]?.paragraph === sentence.paragraph
  for (let i = sentence.i - 1; inParagraph(i); i -= 1) if (attributions[i]?.speaker) return attributions[i]
  for (let i = sentence.i + 1; inParagraph(i); i += 1) if (attributions[i]?.speaker) return attributions[i]
  return own
}

interface FoundFrame {
  mark: FrameMark
  /** Last token (exclusive) of the cue as quoted in the reason. */
  end: number
  why: string
  /** A "must"/"should": the stance is the speaker's, whoever the subject is. */
  byDirective: boolean
  /** The frame holds only for a side as its subject. */
  sideSubject: boolean
}

/** The frame a verb group's predicate matches, if any. */
function frameOf(doc: Doc, sentence: DocSentence, group: VerbGroup): FoundFrame | null {
  const head = doc.tokens[group.head] as Token
  const words = doc.tokens.slice(group.start, group.end)
  const modal = words.some((word) => ['could', 'would', 'might', 'may', 'can', 'ca'].includes(word.lower))
  // "the proposed timetable": a verb form between a determiner and its noun modifies the noun.
  const before = doc.tokens[group.start - 1]
  const after = doc.tokens[group.end]
  // A pronoun before it only when possessive ("their proposed cuts"): "we need action", "they want answers" are clauses.
  const modifierBefore = before && (['DET', 'ADJ'].includes(before.pos) || (before.pos === 'PRON' && POSSESSIVES.has(before.lower)))
  if (group.end - group.start === 1 && modifierBefore && after?.pos === 'NOUN') return null
  // "These drills must be halted": a "must" or "should" is the speaker's demand whatever the voice of the verb after it.
  const directive = words.find((word) => DIRECTIVE.has(word.lower))
  // "It should be noted that …" is a formula of the narration, not a demand.
  if (group.passive && directive && head.pos === 'VERB' && before?.lower !== 'it') return { mark: 'want', end: group.end, why: `"${directive.lower}"`, byDirective: true, sideSubject: false }
  // A passive verb is done to its subject ("the bid was rejected"), but a verb before the passive "be" is the subject's own ("wanted to be assured").
  const passiveFrom = group.passive ? (words.find((word) => word.lemma === 'be')?.i ?? group.start) : group.end
  const clauseEnd = clauseEndAfter(doc, sentence, group.end)
  // The tagger may take a noun for a verb ("is seeking raises"), so each verb of the group is tried, first to last.
  for (const verb of words.filter((word) => (word.pos === 'VERB' || word.i === group.head) && word.i < passiveFrom && !passiveInGroup(doc, group, word))) {
    const following = doc.tokens.slice(verb.i + 1, Math.min(clauseEnd, group.end + 6))
    for (const frame of FRAMES_BY_LEMMA.get(verb.i === group.head ? group.lemma : verb.lemma) ?? []) {
      if (frame.negated !== undefined && frame.negated !== group.negated) continue
      if (frame.modal && !modal && !conditionLinked(doc, group.end, clauseEnd)) continue
      let end = Math.min(group.end, verb.i + 1)
      if (frame.particle) {
        const particle = following.find((token) => frame.particle!.includes(token.lower))
        if (!particle) continue
        if (frame.notBefore?.includes(doc.tokens[particle.i + 1]?.lower ?? '')) continue
        end = Math.max(end, particle.i + 1)
      }
      if (frame.needsDirective && !directiveFollows(doc, sentence, verb.i + 1)) continue
      if (frame.notObject && following.slice(0, 4).some((token) => token.pos === 'NOUN' && frame.notObject!.includes(token.lemma))) continue
      return { mark: frame.marks, end, why: frame.modal ? 'a conditional offer' : `"${frame.lemma}"`, byDirective: false, sideSubject: frame.sideSubject ?? false }
    }
  }
  if (group.passive) return null
  // "The other side should not tie …": a "must" or "should", even negated, is the speaker's demand on its subject.
  if (directive && head.pos === 'VERB') return { mark: 'want', end: group.end, why: `"${directive.lower}"`, byDirective: true, sideSubject: false }
  // "do not want to leave", "will not agree to sign": the negation falls on the first verb of a chain, whose head is the last.
  const refusable = REFUSABLE.has(group.lemma) || words.some((word) => word.pos === 'VERB' && word.i < group.head && REFUSABLE.has(word.lemma))
  if (group.negated && (refusable || group.tense === 'future' || group.tense === 'conditional')) {
    // "will not sign" refuses only in a side's mouth: "the council would not take sides" refuses nothing.
    return { mark: 'refuse', end: group.end, why: 'a negated verb', byDirective: false, sideSubject: !refusable }
  }
  const readiness = readinessIn(doc, group)
  if (readiness) {
    // "determined to fight the demands", "ready to block the bill": readiness to oppose is a refusal.
    const opposing = OPPOSING_VERB.has(doc.tokens[readiness.end]?.lemma ?? '')
    return { mark: opposing ? 'refuse' : 'offer', end: opposing ? readiness.end + 1 : readiness.end, why: `"${readiness.adjective} ${doc.tokens[readiness.end - 1]?.lower}"`, byDirective: false, sideSubject: false }
  }
  return null
}

/**
 * Whether a verb inside a group is a passive of its own before the group's
 * head: "we are being asked to validate", "they have been urged to sign". The
 * asking is done to the subject, so it is not the subject's stance; the group
 * as a whole is not passive, its head being active.
 */
function passiveInGroup(doc: Doc, group: VerbGroup, verb: Token): boolean {
  if (verb.i === group.head || verb.i === group.start) return false
  const before = doc.tokens[verb.i - 1] as Token
  return (before.lemma === 'be' || before.lower === 'being' || before.lower === 'been') && isPastForm(verb)
}

/**
 * An adjective of readiness in or right after a verb group, with the word
 * that opens what the subject is ready for: "is willing to drop", "stood
 * ready to cover", "are determined to uphold" (the tagger may read the
 * participle as a verb of the group), "are intent on hammering out".
 */
function readinessIn(doc: Doc, group: VerbGroup): { adjective: string; end: number } | null {
  for (let t = group.start + 1; t <= group.end; t += 1) {
    const adjective = doc.tokens[t]
    const link = doc.tokens[t + 1]?.lower
    // Inside the group only a participle the tagger read as a verb ("determined"): "are ready to" is a future there.
    if (!adjective || !OFFER_ADJECTIVE.has(adjective.lower) || (t < group.end && adjective.pos !== 'VERB')) continue
    if (link === 'to' || (link === 'on' && READINESS_ON.has(adjective.lower))) return { adjective: adjective.lower, end: t + 2 }
  }
  return null
}

/** "insisted on", "insisted that X must/should …": a demand, not a claim of fact. */
function directiveFollows(doc: Doc, sentence: DocSentence, after: number): boolean {
  if (doc.tokens[after]?.lower === 'on') return true
  return doc.tokens.slice(after, sentence.end).some((token) => DIRECTIVE.has(token.lower))
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
  /** A proper name or a known person: an actor the article names, even when not one of the sides. */
  named?: boolean
  /** "we", "I" in the speaker's quoted words. */
  firstPerson?: boolean
  /** Where the subject's words start in the sentence, when they stand before the verb. */
  from?: number
  /** Its head noun names people or a body (see GROUP_HEADS). */
  group?: boolean
  /** Its head noun names a law, an order or a deal (see INSTRUMENT_HEADS): content, no stance. */
  instrument?: boolean
}

/**
 * The subject of a verb group: the words before it back to the clause's
 * start. A side's name or a person of a side gives their side; "we" and "I"
 * in quoted words are the speaker's; "it", "they", "he", "she" in reported
 * words are the speaker's, else the side last seen as a subject.
 */
function subjectOf(doc: Doc, sentence: DocSentence, group: VerbGroup, input: PositionInput, context: { speakerSide: string | null; speaker: string | null; carried: string | null }): Subject | null {
  // "The delegation, led by its minister, rejected …": the subject stands before the phrase set off by commas.
  // "over pressuring the port", "of offering": a gerund after a preposition is a noun, with no subject of its own ("by" is handled by byGerund).
  if (doc.tokens[group.start - 1]?.pos === 'ADP') return null
  const setOff = setOffPhraseBefore(doc, sentence, group.start)
  const walkBack = (from: number) => {
    let at = from
    while (at > sentence.start) {
      const token = doc.tokens[at - 1] as Token
      if (CLAUSE_BOUNDARY.has(token.lower) || token.pos === 'VERB' || token.pos === 'AUX') break
      at -= 1
    }
    return at
  }
  let start = walkBack(setOff ?? group.start)
  let subjectEnd = setOff ?? group.start
  // "China has on a number of occasions proposed …": a phrase between the auxiliary and its verb is an aside; the subject stands before the auxiliary.
  if (setOff === null && start < subjectEnd && doc.tokens[start]?.pos === 'ADP' && doc.tokens[start - 1]?.pos === 'AUX' && start - 1 > sentence.start) {
    subjectEnd = start - 1
    start = walkBack(subjectEnd)
  }
  const words = doc.tokens.slice(start, subjectEnd).filter((token) => token.pos !== 'ADV' && token.pos !== 'PUNCT')
  if (words.length === 0) return null
  const text = textOf(doc, start, subjectEnd).trim()
  // "with the operators rejecting …": the preposition opens the subject of an absolute clause.
  const named = text.replace(/^(?:with|for its part|for their part)\s+/i, '')
  for (const person of input.people) {
    if (person.mentions.some((mention) => containsWord(named, mention))) {
      if (person.kind === 'expert') return null
      return { side: person.kind === 'party' ? person.party : null, text: named, named: true, from: start }
    }
  }
  const side = sideNamedIn(named, input.parties)
  if (side) return { side, text: named, from: start }
  // "she said the government wants …": in a side's reported words, "the government" is that side.
  const head = words.at(-1)
  if (context.speakerSide && head && SELF_REFERENCE.has(head.lemma) && start > sentence.start && words.length <= 3) return { side: context.speakerSide, text: `${named} (${context.speakerSide})`, from: start }
  const pronoun = words.length === 1 && words[0]?.pos === 'PRON' ? words[0] : undefined
  if (pronoun) {
    const quoted = pronoun.quote !== -1
    if (FIRST_PERSON.has(pronoun.lower)) return quoted && context.speaker ? { side: context.speakerSide, text: `${pronoun.text} (${context.speaker})`, firstPerson: true } : null
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
  const headNoun = headNounOf(words)
  // "Kestria on Monday rejected …": a time phrase inside the subject does not make the name a prepositional tail.
  const core = withoutTimePhrases(words)
  return {
    side: null, text: named, from: start, named: core.some((token) => token.pos === 'PROPN') && !core.some((token) => token.pos === 'ADP'),
    ...(headNoun && isGroupHead(headNoun) ? { group: true } : {}),
    ...(headNoun && INSTRUMENT_HEAD.has(headNoun.lemma) ? { instrument: true } : {}),
  }
}

/** A subject's words without the time phrases in them: "Kestria on Monday" → "Kestria", "the board in March" → "the board". */
function withoutTimePhrases(words: Token[]): Token[] {
  const kept: Token[] = []
  for (let k = 0; k < words.length; k += 1) {
    const word = words[k] as Token
    if (word.pos === 'ADP') {
      let object = k + 1
      while (words[object] && ['DET', 'ADJ', 'NUM'].includes((words[object] as Token).pos)) object += 1
      const noun = words[object]
      if (noun && TIME_WORD.has(noun.lower)) {
        k = object
        continue
      }
    }
    kept.push(word)
  }
  return kept
}

/** Whether a head noun names people or a body; a capitalised plural the tagger calls a name ("Doctors for …") by its singular. */
function isGroupHead(noun: Token): boolean {
  return GROUP_HEAD.has(noun.lemma) || (noun.pos === 'PROPN' && GROUP_HEAD.has(noun.lower.replace(/s$/, '')))
}

/** The head noun of a subject's words: the last noun before any prepositional tail ("a group of physicians" → group). */
function headNounOf(words: Token[]): Token | null {
  let head: Token | null = null
  for (const token of words) {
    if (token.pos === 'ADP') break
    if (token.pos === 'NOUN' || token.pos === 'PROPN') head = token
  }
  return head
}

/**
 * Where a phrase set off by commas right before a verb begins ("…, led by the
 * minister, rejected", "…, which chairs the talks, said"): the comma opening
 * it, when the phrase is a participle, a relative clause or a noun phrase with
 * no verb of its own. Null when the verb has words of its own before it.
 */
function setOffPhraseBefore(doc: Doc, sentence: DocSentence, verbStart: number): number | null {
  if (doc.tokens[verbStart - 1]?.text !== ',') return null
  let opening = verbStart - 2
  while (opening > sentence.start && doc.tokens[opening]?.text !== ',') opening -= 1
  if (opening <= sentence.start || opening >= verbStart - 2) return null
  const first = doc.tokens[opening + 1] as Token
  const inside = doc.tokens.slice(opening + 1, verbStart - 1)
  // The tagger may read a participle as an adjective ("The ministry, frustrated by the delay, demanded …").
  const participle = (first.pos === 'VERB' || first.pos === 'ADJ') && /(?:ed|en|ing)$|^led$/.test(first.lower)
  const relative = first.lower === 'who' || first.lower === 'which'
  const appositive = !inside.some((token) => token.pos === 'VERB' || token.pos === 'AUX')
  // "Russia, in turn, argues …", "The board, for its part, rejected …": a short phrase opened by a preposition (the tagger may read "turn" as a verb).
  const prepositional = first.pos === 'ADP' && inside.length <= 4
  return participle || relative || appositive || prepositional ? opening : null
}

/** Whether a subject names a court, a judge or a council (see RULING_BODY_WORDS). */
function rulingBody(subject: Subject): boolean {
  return subject.text.toLowerCase().split(/[^\p{L}]+/u).some((word) => RULING_BODY.has(word))
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

/** Whether a verb is the infinitive of a "for … to" complement: "for the ministry to demand", "for UTC to move forward". */
function inForComplement(doc: Doc, sentence: DocSentence, group: VerbGroup): boolean {
  if (doc.tokens[group.start - 1]?.lower !== 'to') return false
  for (let t = group.start - 2; t >= Math.max(sentence.start, group.start - 7); t -= 1) {
    const token = doc.tokens[t] as Token
    if (token.lower === 'for') return t < group.start - 2
    if (!['DET', 'NOUN', 'PROPN', 'ADJ', 'PRON', 'NUM'].includes(token.pos) && token.lower !== "'s" && token.lower !== '’s') return false
  }
  return false
}

/**
 * Whether an -ing participle follows its noun with no comma between ("a
 * questionnaire seeking the names", "supervisors unfairly demanding credit"):
 * a reduced relative clause that describes the noun, not a stance the sentence
 * reports, unless the noun is a side's words ("a statement condemning").
 */
function modifiesNounBefore(doc: Doc, sentence: DocSentence, group: VerbGroup, subject: Subject | null): boolean {
  if (group.tense !== 'nonfinite' || group.start !== group.head || !doc.tokens[group.head]?.lower.endsWith('ing')) return false
  let before = group.start - 1
  while (before > sentence.start && doc.tokens[before]?.pos === 'ADV') before -= 1
  const noun = doc.tokens[before]
  if (!noun || !['NOUN', 'PROPN'].includes(noun.pos) || SPEECH_NOUN.has(noun.lemma)) return false
  // The noun opens the sentence or is the object of a verb or a preposition ("halted lawsuits seeking …"); after
  // "with", "and" or a comma it opens a clause of its own ("with the union insisting …, and the operators rejecting it").
  if (subject?.from === undefined) return false
  const opener = doc.tokens[subject.from - 1]
  return subject.from === sentence.start || (opener !== undefined && ['VERB', 'AUX', 'ADP'].includes(opener.pos) && opener.lower !== 'with')
}

/** "…, saying its books could never carry that cost": an -ing participle after a comma takes the sentence's subject. */
function isParticiple(doc: Doc, group: VerbGroup): boolean {
  const head = doc.tokens[group.start] as Token
  return head.lower.endsWith('ing') && group.tense === 'nonfinite' && doc.tokens[group.start - 1]?.text === ','
}

/**
 * Whether a verb group stands in a clause opened by a subordinating word ("every
 * time they ask for", "what prosecutors were demanding", "as the bidder raised
 * its bid and said it would not walk away"): read back from the verb to the
 * comma, dash or quotation mark before it. A subordinating word that is also a
 * preposition counts only right before the verb's subject.
 */
function opensSubordinateClause(doc: Doc, sentence: DocSentence, group: VerbGroup): boolean {
  let nearSubject = true
  for (let t = group.start - 1; t >= sentence.start; t -= 1) {
    const token = doc.tokens[t] as Token
    if (token.pos === 'PUNCT') return false
    if (token.pos === 'VERB' || token.pos === 'AUX') nearSubject = false
    // "as well as", "such as" compare; they open no clause.
    const comparing = token.lower === 'as' && (['such', 'well'].includes(doc.tokens[t - 1]?.lower ?? '') || doc.tokens[t + 1]?.lower === 'well')
    if (SUBORDINATING_WORD.has(token.lower) && !comparing) return true
    if (nearSubject && PREPOSITIONAL_SUBORDINATING_WORD.has(token.lower)) return true
    if (token.lower === 'time' && TIME_DETERMINER.has(doc.tokens[t - 1]?.lower ?? '')) return true
  }
  return false
}

/** Where a sentence's conceded clause begins (", though …"), or its end when it has none. */
function concededFrom(doc: Doc, sentence: DocSentence): number {
  for (let t = sentence.start + 1; t < sentence.end; t += 1) {
    const token = doc.tokens[t] as Token
    if (CONCESSIVE.has(token.lower) && doc.tokens[t - 1]?.text === ',' && token.quote === -1) return t
  }
  return sentence.end
}

/** Where a sentence's contrasting clause begins (", but …"), or null when it has none. */
function contrastFrom(doc: Doc, sentence: DocSentence): number | null {
  for (let t = sentence.start + 1; t < sentence.end; t += 1) {
    const token = doc.tokens[t] as Token
    if (token.lower === 'but' && doc.tokens[t - 1]?.text === ',' && token.quote === -1) return t
  }
  return null
}

function dismissalIn(doc: Doc, sentence: DocSentence, end: number, from = sentence.start): string | null {
  for (let t = from; t < end; t += 1) {
    const token = doc.tokens[t] as Token
    const phrase = DISMISSAL_PHRASES.find((words) => words.every((word, k) => t + k < end && doc.tokens[t + k]?.lower === word))
    if (phrase) return textOf(doc, t, t + phrase.length)
    if (!DISMISSAL.has(token.lower) && !DISMISSAL.has(token.lemma)) continue
    if (NEEDS_NOT.has(token.lower) && !doc.tokens.slice(Math.max(sentence.start, t - 3), t).some((word) => word.lower === 'not' || word.lower === "n't")) continue
    return token.text
  }
  return null
}

const JOINT_WORDS = /^(?:with|and|while|but|whereas)$/i

/** Where a verb group's clause starts: after the last joint (";", "—", ", and", ", with") before it. */
function clauseStart(doc: Doc, sentence: DocSentence, group: VerbGroup): number {
  let start = group.start
  while (start > sentence.start && ![';', '—', '–'].includes(doc.tokens[start - 1]?.text ?? '') && !(doc.tokens[start - 1]?.text === ',' && JOINT_WORDS.test(doc.tokens[start]?.text ?? ''))) start -= 1
  while (JOINT_WORDS.test(doc.tokens[start]?.text ?? '') && start < group.start) start += 1
  return start
}

/** Where a verb group's clause ends: at the next joint after it, or the sentence's end. */
function clauseEnd(doc: Doc, sentence: DocSentence, group: VerbGroup): number {
  let end = group.end
  while (end < sentence.end && ![';', '—', '–'].includes(doc.tokens[end]?.text ?? '') && !(doc.tokens[end]?.text === ',' && JOINT_WORDS.test(doc.tokens[end + 1]?.text ?? ''))) end += 1
  return end
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

/** "Kestria demands the withdrawal …": a frame verb the tagger read as a plural noun after a name, as a verb group. */
function nounTaggedVerbs(doc: Doc, sentence: DocSentence): VerbGroup[] {
  const groups: VerbGroup[] = []
  for (let t = sentence.start + 1; t < sentence.end; t += 1) {
    const token = doc.tokens[t] as Token
    // "by offering to cut prices": a frame gerund after "by", which the tagger may read as a noun.
    const gerund = token.pos === 'NOUN' && doc.tokens[t - 1]?.lower === 'by' ? frameLemmaOfGerund(token.lower) : null
    // "…, warning the envoy that …", "…, offering talks": a frame participle after a comma, which the tagger may read as a noun.
    const participle = token.pos === 'NOUN' && doc.tokens[t - 1]?.text === ',' && opensParticipleObject(doc.tokens[t + 1]) ? frameLemmaOfGerund(token.lower) : null
    if (gerund || participle) {
      groups.push({ start: t, end: t + 1, head: t, lemma: (gerund ?? participle) as string, tense: 'nonfinite', negated: false, passive: false, hypothetical: false })
      continue
    }
    if (token.pos !== 'NOUN' || !NOUN_TAGGED.has(token.lower)) continue
    // "Valmark demands that …", "…, and in turn demands that …": a name or a shared subject before it, past adverbs.
    let b = t - 1
    while (b > sentence.start && ((doc.tokens[b] as Token).pos === 'ADV' || (doc.tokens[b] as Token).lower === 'turn' && doc.tokens[b - 1]?.lower === 'in')) b -= (doc.tokens[b] as Token).lower === 'turn' ? 2 : 1
    const before = doc.tokens[b] as Token
    const after = doc.tokens[t + 1]
    if (!(before.pos === 'PROPN' || before.lower === 'and') || !after || !(after.pos === 'DET' || after.pos === 'NUM' || after.lower === 'that')) continue
    const lemma = token.lower.endsWith('sses') ? token.lower.slice(0, -2) : token.lower.slice(0, -1)
    groups.push({ start: t, end: t + 1, head: t, lemma, tense: 'present', negated: false, passive: false, hypothetical: false })
  }
  return groups
}

/** Whether a word can open a participle's object or complement: "warning [the] envoy", "offering [talks]", "urging [that] …". */
function opensParticipleObject(token: Token | undefined): boolean {
  if (!token) return false
  return ['DET', 'PROPN', 'PRON', 'NUM', 'NOUN'].includes(token.pos) || ['that', 'to', 'of', 'against', 'on', 'for'].includes(token.lower)
}

/** The frame lemma of an -ing form: "offering" → "offer", "refusing" → "refuse"; null when no frame has it. */
function frameLemmaOfGerund(form: string): string | null {
  if (!form.endsWith('ing')) return null
  const stem = form.slice(0, -3)
  return [stem, `${stem}e`].find((lemma) => FRAMES_BY_LEMMA.has(lemma)) ?? null
}
