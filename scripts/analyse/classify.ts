import { EXPECTATION_CUES, wordPattern } from './cues.ts'
import { sideNamedIn } from './parties.ts'
import type { Attribution, ClassifiedParagraph, DatedEvent, Paragraph, Party, Person, PositionClause, SectionName, Sentence } from '../types.ts'

const expectationCue = wordPattern(EXPECTATION_CUES)

export interface ClassifyInput {
  paragraphs: Paragraph[]
  attributions: Attribution[]
  people: Person[]
  events: DatedEvent[]
  positions: PositionClause[]
}

/** The side a sentence speaks for: its speaker's side, or the side its narration names first. */
export function actorOf(sentence: Sentence, attribution: Attribution | undefined, people: Person[], parties: Party[]): string | null {
  const speaker = attribution?.speaker ? people.find((person) => person.name === attribution.speaker) : undefined
  if (speaker) return speaker.kind === 'party' ? speaker.party : null
  if (attribution?.speaker) return sideNamedIn(attribution.speaker, parties)
  return sideNamedIn(sentence.text, parties)
}

/**
 * Put each paragraph in one section of the briefing, with the reason:
 * an independent expert speaking → experts; an upcoming event or an
 * expectation about one → next; a demand by the demanding side → demands;
 * a refusal or warning by the responding side → rejections; everything else,
 * and a lede that carries both sides' positions, describes the standoff.
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

  const upcoming = input.events.find((event) => event.paragraph === paragraph.n && event.status === 'upcoming')
  if (upcoming) return { section: 'next', reason: `dates an upcoming event: ${upcoming.what} (${upcoming.when})` }
  const expectation = input.events.flatMap((event) => event.expectations).find((item) => item.paragraph === paragraph.n)
  if (expectation) {
    const cue = expectationCue.exec(paragraph.text)?.[0] ?? 'an expectation'
    return { section: 'next', reason: `voices an expectation ("${cue}") about the talks ahead` }
  }

  const positions = input.positions.filter((position) => position.paragraph === paragraph.n)
  const stances = new Set(positions.map((position) => position.stance))
  const [first] = positions
  if (first && paragraph.n === 1 && stances.size === 2) return { section: 'standoff', reason: 'the lede: it carries both sides\' positions' }
  if (first) return { section: first.stance === 'demand' ? 'demands' : 'rejections', reason: first.reason }
  return { section: 'standoff', reason: 'describes the talks and the sides, with no demand, refusal, expert or upcoming event' }
}
