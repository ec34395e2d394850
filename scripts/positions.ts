import { DEMAND_CUES, REJECTION_CUES, WARNING_CUES, wordPattern } from './cues.ts'
import { narrationOf } from './text.ts'
import type { Attribution, Party, Person, PositionClause, Sentence } from './types.ts'

const demandCue = wordPattern(DEMAND_CUES)
const refusalCue = wordPattern([...REJECTION_CUES, ...WARNING_CUES])
// Where a sentence joins two positions: "…, with Capital insisting on X, and Other firmly rejecting Y".
const CLAUSE_JOINT = /,\s+(?=(?:with|and|while|but|whereas|as|even as)\s)|;\s+|\s+[-–—]\s+/g
const LEADING_JOINT = /^(?:and|but|while|whereas|as|even as|with)\s+/i

export interface PositionInput {
  sentences: Sentence[]
  attributions: Attribution[]
  people: Person[]
  parties: Party[]
}

/**
 * Every clause in which a side states its position. A sentence is cut at the
 * joints where news copy strings positions together; in each clause, a
 * demand cue or a refusal cue belongs to the person or side named last
 * before it ("Li dismissed …", "Capital insisting …"), else to the
 * sentence's speaker. Independent experts take no side.
 */
export function findPositions(input: PositionInput): PositionClause[] {
  const demanding = input.parties.find((party) => party.stance === 'demands')
  const responding = input.parties.find((party) => party.stance === 'responds')
  if (!demanding || !responding) return []
  const positions: PositionClause[] = []
  for (const [index, sentence] of input.sentences.entries()) {
    const attribution = input.attributions[index]
    const speaker = input.people.find((person) => person.name === attribution?.speaker)
    if (speaker?.kind === 'expert') continue
    const speakerSide = speaker?.kind === 'party' ? speaker.party : attribution?.speaker ? sideIn(attribution.speaker, input.parties) : null
    // A speaker's quotation states their side's position; the reporter's own quotes of others do not.
    const readable = attribution?.speaker ? sentence.text : narrationOf(sentence.text)
    for (const clause of clausesOf(sentence.text, readable)) {
      for (const [stance, pattern, side] of [['demand', demandCue, demanding], ['refusal', refusalCue, responding]] as const) {
        const cue = pattern.exec(clause.readable)
        if (!cue) continue
        const before = clause.readable.slice(0, cue.index)
        const actor = actorBefore(before, input.people, input.parties) ?? (speakerSide ? { side: speakerSide, why: `spoken by ${attribution?.speaker}` } : null)
        if (actor?.side !== side.name) continue
        positions.push({
          stance,
          side: side.name,
          paragraph: sentence.paragraph,
          sentence: sentence.index,
          text: clause.text,
          speaker: attribution?.speaker ?? null,
          cue: cue[0],
          reason: `"${cue[0]}" by ${side.name} (${actor.why})`,
        })
        break
      }
    }
  }
  return positions
}

interface Clause {
  text: string
  readable: string
}

function clausesOf(text: string, readable: string): Clause[] {
  const clauses: Clause[] = []
  let start = 0
  const cut = (end: number, next: number) => {
    const raw = text.slice(start, end)
    const lead = LEADING_JOINT.exec(raw.trimStart())?.[0].length ?? 0
    const offset = start + (raw.length - raw.trimStart().length) + lead
    const clauseText = text.slice(offset, end).trim()
    if (clauseText) clauses.push({ text: clauseText, readable: readable.slice(offset, end) })
    start = next
  }
  for (const joint of readable.matchAll(CLAUSE_JOINT)) cut(joint.index, joint.index + joint[0].length)
  cut(text.length, text.length)
  // A fragment too short to stand alone stays with the clause before it.
  return clauses.reduce<Clause[]>((merged, clause) => {
    const previous = merged.at(-1)
    if (previous && clause.text.split(/\s+/).length < 4) {
      previous.text = `${previous.text}, ${clause.text}`
      previous.readable = `${previous.readable}, ${clause.readable}`
    } else merged.push({ ...clause })
    return merged
  }, [])
}

/** The person or side named last before a cue within its clause. */
function actorBefore(text: string, people: Person[], parties: Party[]): { side: string; why: string } | null {
  let best: { side: string | null; why: string; at: number } | null = null
  for (const person of people) {
    for (const mention of person.mentions) {
      const at = lastWholeWord(text, mention)
      if (at !== -1 && (!best || at > best.at)) best = { side: person.kind === 'party' ? person.party : null, why: `${person.name} before the cue`, at }
    }
  }
  for (const party of parties) {
    for (const alias of party.aliases) {
      const at = lastWholeWord(text, alias)
      // "Party A's demand" names whose demand it is, not who acts on it.
      if (at !== -1 && !/^['’]s\b/.test(text.slice(at + alias.length)) && (!best || at > best.at)) best = { side: party.name, why: `"${alias}" before the cue`, at }
    }
  }
  return best?.side ? { side: best.side, why: best.why } : null
}

function sideIn(text: string, parties: Party[]): string | null {
  return parties.find((party) => party.aliases.some((alias) => lastWholeWord(text, alias) !== -1))?.name ?? null
}

function lastWholeWord(text: string, phrase: string): number {
  let found = -1
  for (const match of text.matchAll(wordPattern([phrase], 'g'))) found = match.index
  return found
}
