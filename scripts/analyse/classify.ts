import { EXPECTATION_CUES, EXPERT_SOURCE_HEADS, wordPattern } from './cues.ts'
import { sideNamedIn } from './parties.ts'
import type { StanceClause } from './positions.ts'
import type { Attribution, ClassifiedParagraph, DatedEvent, Paragraph, Party, Person, PositionClause, SectionName, Sentence } from '../types.ts'

const expectationCue = wordPattern(EXPECTATION_CUES)
const expertSourceHead = wordPattern(EXPERT_SOURCE_HEADS)

export interface ClassifyInput {
  paragraphs: Paragraph[]
  attributions: Attribution[]
  people: Person[]
  events: DatedEvent[]
  positions: PositionClause[]
  /** Every stance clause, the sides' and third parties' (warnings and criticism count whoever utters them). */
  stances?: StanceClause[]
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
  if (paragraph.n === 1 && kinds.size === 2) return { section: 'standoff', reason: 'the lede: it carries both sides\' positions' }

  // A position decides before a date: "will strike on Friday unless …" is the threat, the date its deadline.
  // The first sentence's main clause decides; a conceded clause ("though it was willing …") only when nothing else does.
  const firstStance = [...stances].sort((a, b) => a.sentence - b.sentence || Number('subordinate' in a && a.subordinate === true) - Number('subordinate' in b && b.subordinate === true))[0]
  const upcoming = input.events.find((event) => event.paragraph === paragraph.n && event.status === 'upcoming')
  if (firstStance) return { section: firstStance.stance === 'demand' ? 'demands' : 'rejections', reason: firstStance.reason }
  if (upcoming) return { section: 'next', reason: `dates an upcoming event: ${upcoming.what} (${upcoming.when})` }
  const expectation = input.events.flatMap((event) => event.expectations).find((item) => item.paragraph === paragraph.n)
  if (expectation) {
    const cue = expectationCue.exec(paragraph.text)?.[0] ?? 'an expectation'
    return { section: 'next', reason: `voices an expectation ("${cue}") about the talks ahead` }
  }
  return { section: 'standoff', reason: 'describes the talks and the sides, with no demand, refusal, expert or upcoming event' }
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
