import { EXPECTATION_CUES, EXPERT_SOURCE_HEADS, NEXT_STEP_NOUNS, NEXT_STEP_VERBS, wordPattern } from './cues.ts'
import { MONTHS, WEEKDAYS } from './date-phrases.ts'
import { sideNamedIn } from './parties.ts'
import type { StanceClause } from './positions.ts'
import type { Attribution, ClassifiedParagraph, DatedEvent, Doc, Paragraph, Party, Person, PositionClause, SectionName, Sentence, Token, VerbGroup } from '../types.ts'

const expectationCue = wordPattern(EXPECTATION_CUES)
const expertSourceHead = wordPattern(EXPERT_SOURCE_HEADS)
const nextStepNouns = new Set(NEXT_STEP_NOUNS)
const nextStepVerbs = new Set(NEXT_STEP_VERBS)
// Words that put a step noun ahead: "a coming vote", "before the hearing".
const AHEAD_WORDS = new Set(['before', 'coming', 'upcoming', 'forthcoming', 'next'])
// Months and weekdays, which "for" books a step on.
const CALENDAR_NAMES = new Set([...MONTHS, ...WEEKDAYS])
// Modals that look forward to a step (see looksForward).
const FORWARD_MODALS = new Set(['would', 'must'])
// A verb after one of these opens a clause about something else: "the union, which will vote …".
const RELATIVE_WORDS = new Set(['who', 'which', 'that', 'whose', 'whom', 'where'])

export interface ClassifyInput {
  paragraphs: Paragraph[]
  attributions: Attribution[]
  people: Person[]
  events: DatedEvent[]
  positions: PositionClause[]
  /** Every stance clause, the sides' and third parties' (warnings and criticism count whoever utters them). */
  stances?: StanceClause[]
  /** The annotated text, for the verbs that look forward to a next step. */
  doc: Doc
}

/** The side a sentence speaks for: its speaker's side, or the side its narration names first. */
export function actorOf(sentence: Sentence, attribution: Attribution | undefined, people: Person[], parties: Party[]): string | null {
  const speaker = attribution?.speaker ? people.find((person) => person.name === attribution.speaker) : undefined
  if (speaker) return speaker.kind === 'party' ? speaker.party : null
  if (attribution?.speaker) return sideNamedIn(attribution.speaker, parties)
  return sideNamedIn(sentence.text, parties)
}

/**
 * Put each paragraph in one section of the briefing, with the reason. The
 * paragraph's main clause decides: an independent expert speaking (named,
 * or "analysts say") → experts; a lede carrying both sides' positions →
 * standoff; otherwise the first sentence that states a position or dates an
 * upcoming event gives demands (wants, offers, conditions), rejections
 * (refusals, dismissals, threats) or next; an expectation about the talks
 * ahead → next; everything else describes the standoff.
 */
export function classifyParagraphs(input: ClassifyInput): ClassifiedParagraph[] {
  return input.paragraphs.map((paragraph) => {
    const attributions = input.attributions.filter((attribution) => attribution.paragraph === paragraph.n)
    const speaker = attributions.find((attribution) => attribution.speaker)?.speaker ?? null
    const decided = sectionOf(paragraph, attributions, input)
    return { n: paragraph.n, text: paragraph.text, section: decided.section, speaker, reason: decided.reason }
  })
}

function sectionOf(paragraph: Paragraph, attributions: Attribution[], input: ClassifyInput): { section: SectionName; reason: string } {
  const expert = attributions
    .map((attribution) => input.people.find((person) => person.name === attribution.speaker))
    .find((person) => person?.kind === 'expert')
  if (expert) return { section: 'experts', reason: `spoken by ${expert.name}, an independent expert (${expert.role ?? 'expert'})` }
  const introduced = input.people.find((person) => person.paragraph === paragraph.n && person.kind === 'expert')
  if (introduced) return { section: 'experts', reason: `introduces ${introduced.name}, an independent expert` }
  // "analysts say", "several energy economists": an unnamed source whose head noun is an expert's.
  const unnamedExpert = attributions.find((attribution) => attribution.source === 'unnamed' && attribution.speaker && expertSourceHead.test(attribution.speaker))
  if (unnamedExpert) return { section: 'experts', reason: `spoken by "${unnamedExpert.speaker}", an unnamed independent source` }

  const stances = (input.stances ?? input.positions).filter((stance) => stance.paragraph === paragraph.n && counts(stance))
  const kinds = new Set(stances.map((stance) => stance.stance))
  // Both kinds from one and the same side ("raised its bid and said it would not walk away") are that side's case, not the standoff.
  const oneSide = (a: { side: string | null }, b: { side: string | null }) => Boolean(a.side) && a.side === b.side
  const acrossSides = stances.some((a) => a.stance === 'demand' && stances.some((b) => b.stance === 'refusal' && !oneSide(a, b)))
  if (paragraph.n === 1 && kinds.size === 2 && acrossSides) return { section: 'standoff', reason: 'the lede: it carries both sides\' positions' }

  // A position decides before a date: "will strike on Friday unless …" is the threat, the date its deadline.
  // The first sentence's main clause decides; a conceded clause ("though it was willing …") only when nothing else does.
  const firstStance = [...stances].sort((a, b) => a.sentence - b.sentence || Number('subordinate' in a && a.subordinate === true) - Number('subordinate' in b && b.subordinate === true))[0]
  // A paragraph that dates an event listed from an earlier one ("on August 21", after "next Saturday") still tells what comes next.
  const upcoming = input.events.find((event) => (event.paragraph === paragraph.n || event.mentions?.includes(paragraph.n)) && event.status === 'upcoming')
  if (firstStance) return { section: firstStance.stance === 'demand' ? 'demands' : 'rejections', reason: firstStance.reason }
  if (upcoming) return { section: 'next', reason: `dates an upcoming event: ${upcoming.what} (${upcoming.when})` }
  const expectation = input.events.flatMap((event) => event.expectations).find((item) => item.paragraph === paragraph.n)
  if (expectation) {
    const cue = expectationCue.exec(paragraph.text)?.[0] ?? 'an expectation'
    return { section: 'next', reason: `voices an expectation ("${cue}") about the talks ahead` }
  }
  const step = forwardStepIn(paragraph, input.doc)
  if (step) return { section: 'next', reason: `looks forward to a next step: "${step}"` }
  return { section: 'standoff', reason: 'describes the talks and the sides, with no demand, refusal, expert or upcoming event' }
}

/**
 * The words of a clause that looks forward to the dispute's next step, undated
 * or not: a future verb ("will resume", "is due to take place") in the first
 * sentence, which names the step (talks, a vote, a hearing, a deadline). A future verb in
 * a relative clause describes a noun, not what comes next.
 */
function forwardStepIn(paragraph: Paragraph, doc: Doc): string | null {
  // The first sentence carries the paragraph's news; a later "will" is usually background or a quotation's tail.
  const sentence = doc.sentences.find((item) => item.paragraph === paragraph.n)
  if (sentence) {
    const tokens = doc.tokens.slice(sentence.start, sentence.end)
    const namesStep = tokens.some((token) => token.pos === 'NOUN' && nextStepNouns.has(token.lower))
    const future = doc.verbs.find((verb) => verb.start >= sentence.start && verb.end <= sentence.end && looksForward(verb, doc) && !opensRelativeClause(doc, verb.start) && (namesStep || nextStepVerbs.has(verb.lemma)))
    if (future) return doc.tokens.slice(future.start, future.end).map((token) => token.text).join(' ')
    const ahead = stepAheadIn(tokens) ?? (namesStep ? bookedDateIn(tokens) : null) ?? deadlineIn(tokens) ?? awaitedIn(tokens)
    if (ahead) return ahead
  }
  return null
}

/** A deadline told as time left: "the union has until Friday to answer". */
function deadlineIn(tokens: Token[]): string | null {
  for (const [i, token] of tokens.entries()) {
    if (token.lemma === 'have' && tokens[i + 1]?.lower === 'until') return `${token.text} until`
  }
  return null
}

/**
 * A step someone waits for: "the governor is waiting for a commission to
 * report", "the boards await the court's ruling", "would wait until April to
 * decide". What is awaited is still to come, whatever the tense.
 */
function awaitedIn(tokens: Token[]): string | null {
  for (const [i, token] of tokens.entries()) {
    if (token.pos !== 'VERB') continue
    const next = tokens[i + 1]
    if (token.lemma === 'await' || (token.lemma === 'wait' && next && (next.lower === 'for' || next.lower === 'until'))) return token.lemma === 'await' ? token.text : `${token.text} ${next?.text}`
  }
  return null
}

/** A date a step is booked for: "a meeting has been called for April", "the vote is set for Monday". */
function bookedDateIn(tokens: Token[]): string | null {
  for (const [i, token] of tokens.entries()) {
    const next = tokens[i + 1]
    if (token.lower === 'for' && next && CALENDAR_NAMES.has(next.lower)) return `${token.text} ${next.text}`
  }
  return null
}

/**
 * A step noun the words before it put ahead, whatever the verb's tense: "a
 * coming hearing", "before the meeting", "the next round".
 */
function stepAheadIn(tokens: Token[]): string | null {
  for (const [i, token] of tokens.entries()) {
    if (token.pos !== 'NOUN' || !nextStepNouns.has(token.lower)) continue
    const before = tokens.slice(Math.max(0, i - 3), i)
    const marker = before.findIndex((word) => AHEAD_WORDS.has(word.lower))
    if (marker >= 0) return before.slice(marker).concat(token).map((word) => word.text).join(' ')
  }
  return null
}

/**
 * A verb group that tells of a step still to come: "will vote", "is due to
 * meet", a reported "would" (the future seen from the past) and "must" (a step
 * that has to be taken). "Could" and "may" only weigh a possibility.
 */
function looksForward(verb: VerbGroup, doc: Doc): boolean {
  if (verb.negated || verb.hypothetical) return false
  if (verb.tense === 'future') return true
  return verb.tense === 'conditional' && FORWARD_MODALS.has(doc.tokens[verb.start]?.lower ?? '')
}

/** Whether a relative word stands between a verb and the verb or comma before it: "a forum where talks will be held". */
function opensRelativeClause(doc: Doc, verbStart: number): boolean {
  for (let t = verbStart - 1; t >= 0; t -= 1) {
    const token = doc.tokens[t]
    if (!token || token.pos === 'PUNCT' || token.pos === 'VERB' || token.pos === 'AUX') return false
    if (RELATIVE_WORDS.has(token.lower)) return true
  }
  return false
}

/**
 * Whether a stance clause decides a section: a side's always; a third party's
 * when it is someone's reported words or a named actor's (an outside critic's
 * warning is a rejection whoever utters it), never a bare noun phrase's.
 */
function counts(stance: StanceClause | PositionClause): boolean {
  if (!('heldBy' in stance)) return true
  return stance.heldBy !== 'phrase' || stance.speaker !== null
}
