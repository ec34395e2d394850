import { DEMAND_CUES, EXPECTATION_CUES, REJECTION_CUES, WARNING_CUES, wordPattern } from './cues.ts'
import { sideNamedIn } from './parties.ts'
import type { Attribution, ClassifiedParagraph, DatedEvent, Paragraph, Party, Person, SectionName, Sentence } from './types.ts'

const demandCue = wordPattern(DEMAND_CUES)
const rejectionCue = wordPattern(REJECTION_CUES)
const warningCue = wordPattern(WARNING_CUES)
const expectationCue = wordPattern(EXPECTATION_CUES)

export interface ClassifyInput {
  paragraphs: Paragraph[]
  sentences: Sentence[]
  attributions: Attribution[]
  people: Person[]
  parties: Party[]
  events: DatedEvent[]
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
 * expectation about one → next; the demanding side with a demand cue →
 * demands; the responding side with a refusal or a warning → rejections;
 * everything else describes the standoff.
 */
export function classifyParagraphs(input: ClassifyInput): ClassifiedParagraph[] {
  const demanding = input.parties.find((party) => party.stance === 'demands')?.name ?? null
  const responding = input.parties.find((party) => party.stance === 'responds')?.name ?? null
  return input.paragraphs.map((paragraph) => {
    const sentences = input.sentences.filter((sentence) => sentence.paragraph === paragraph.n)
    const attributions = input.attributions.filter((attribution) => attribution.paragraph === paragraph.n)
    const speaker = attributions.find((attribution) => attribution.speaker)?.speaker ?? null
    const decided = sectionOf(paragraph, sentences, attributions, input, demanding, responding)
    return { n: paragraph.n, text: paragraph.text, section: decided.section, speaker, reason: decided.reason }
  })
}

function sectionOf(
  paragraph: Paragraph,
  sentences: Sentence[],
  attributions: Attribution[],
  input: ClassifyInput,
  demanding: string | null,
  responding: string | null,
): { section: SectionName; reason: string } {
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

  // The lede often carries both sides' positions in one sentence: it frames the standoff.
  for (const [index, sentence] of sentences.entries()) {
    const actor = actorOf(sentence, attributions[index], input.people, input.parties)
    if (!actor) continue
    const narration = sentence.text
    const refusal = rejectionCue.exec(narration)?.[0] ?? warningCue.exec(narration)?.[0]
    const demand = demandCue.exec(narration)?.[0]
    if (actor === responding && refusal) {
      if (paragraph.n === 1 && demand) break
      return { section: 'rejections', reason: `${actor}, the responding side, "${refusal}"` }
    }
    if (actor === demanding && demand && !(paragraph.n === 1 && refusal)) {
      return { section: 'demands', reason: `${actor}, the demanding side, "${demand}"` }
    }
  }
  return { section: 'standoff', reason: 'describes the talks and the sides, with no demand, refusal, expert or upcoming event' }
}
