import { DEMAND_CUES, REJECTION_CUES, WARNING_CUES, wordPattern } from './cues.ts'
import { sideNamedIn } from './parties.ts'
import { narrationOf } from '../text.ts'
import type { Attribution, Party, Person, PositionClause, Sentence } from '../types.ts'

const CUE_KINDS = [
  { kind: 'demand', pattern: wordPattern(DEMAND_CUES, 'gi') },
  { kind: 'rejection', pattern: wordPattern(REJECTION_CUES, 'gi') },
  { kind: 'warning', pattern: wordPattern(WARNING_CUES, 'gi') },
] as const
// Cue nouns name whose position it is when a side stands right before them ("the Other proposal").
const CUE_NOUNS = /^(?:proposal|proposals|demand|demands|guarantee|guarantees|condition|conditions|ultimatum)$/i

interface Cue {
  kind: 'demand' | 'rejection' | 'warning'
  text: string
  at: number
}

interface Segment {
  side: string
  why: string
  text: string
  cues: Cue[]
}
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
  // "The union is seeking … It also wants …": a pronoun subject carries the side named before it.
  let lastSide = null as { side: string; paragraph: number } | null
  for (const [index, sentence] of input.sentences.entries()) {
    const attribution = input.attributions[index]
    const speaker = input.people.find((person) => person.name === attribution?.speaker)
    if (speaker?.kind === 'expert') continue
    const pronounSide: string | null = /^\s*(?:It|They)\b/.test(sentence.text) && lastSide?.paragraph === sentence.paragraph ? lastSide.side : null
    const speakerSide: string | null = speaker?.kind === 'party' ? speaker.party : attribution?.speaker ? sideNamedIn(attribution.speaker, input.parties) : pronounSide
    // A speaker's quotation states their side's position; the reporter's own quotes of others do not.
    const readable = attribution?.speaker ? sentence.text : narrationOf(sentence.text)
    for (const clause of clausesOf(sentence.text, readable)) {
      for (const segment of segmentsByActor(clause, input, speakerSide, attribution?.speaker ?? null)) {
        const stance = segment.side === demanding.name ? 'demand' : segment.side === responding.name ? 'refusal' : null
        const cue = stance === 'demand' ? segment.cues.find((item) => item.kind === 'demand') : stance === 'refusal'
          ? segment.cues.find((item) => item.kind === 'rejection') ?? segment.cues.find((item) => item.kind === 'warning')
          : undefined
        if (!stance || !cue) continue
        lastSide = { side: segment.side, paragraph: sentence.paragraph }
        positions.push({
          stance,
          side: segment.side,
          paragraph: sentence.paragraph,
          sentence: sentence.index,
          text: segment.text,
          speaker: attribution?.speaker ?? null,
          cue: cue.text,
          reason: `"${cue.text}" by ${segment.side} (${segment.why})`,
        })
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

/**
 * Cut a clause where the actor changes: "London pressing for a bigger share
 * and the bloc refusing to reopen …" is two positions, cut where "the bloc"
 * begins. Each segment keeps the cues that fall in it.
 */
function segmentsByActor(clause: Clause, input: PositionInput, speakerSide: string | null, speaker: string | null): Segment[] {
  const cues: Cue[] = CUE_KINDS.flatMap(({ kind, pattern }) => Array.from(clause.readable.matchAll(pattern), (match) => ({ kind, text: match[0], at: match.index })))
    .sort((a, b) => a.at - b.at)
  const segments: Array<Segment & { start: number; end: number }> = []
  for (const cue of cues) {
    const actor = actorBefore(clause.readable.slice(0, cue.at), input.people, input.parties, CUE_NOUNS.test(cue.text))
      ?? (speakerSide ? { side: speakerSide, why: `spoken by ${speaker}`, at: 0, end: 0 } : null)
    if (!actor) continue
    const current = segments.at(-1)
    // Another side takes over only as the cue's subject, named just before it ("the bloc refusing");
    // a side named further back is an object of the running clause ("wants Other to share data, with warning").
    if (current && (current.side === actor.side || cue.at - actor.end > 16)) {
      current.cues.push(cue)
      continue
    }
    const start = current && actor.at > (current.cues.at(-1)?.at ?? 0) ? actor.at : current ? current.start : 0
    if (current && start > current.start) current.end = start
    if (current && start === current.start) continue
    segments.push({ side: actor.side, why: actor.why, text: '', cues: [cue], start, end: clause.text.length })
  }
  return segments.map((segment) => ({
    ...segment,
    text: clause.text.slice(segment.start, segment.end).replace(/(?:,|\s+(?:and|but|while|as))\s*$/i, '').trim(),
  }))
}

/** The person or side named last before a cue within its clause, with where it is named. */
function actorBefore(text: string, people: Person[], parties: Party[], cueIsNoun = false): { side: string; why: string; at: number; end: number } | null {
  let best: { side: string | null; why: string; at: number; end: number } | null = null
  for (const person of people) {
    for (const mention of person.mentions) {
      const at = lastWholeWord(text, mention)
      if (at !== -1 && (!best || at > best.at)) best = { side: person.kind === 'party' ? person.party : null, why: `${person.name} before the cue`, at, end: at + mention.length }
    }
  }
  for (const party of parties) {
    for (const alias of party.aliases) {
      const at = lastWholeWord(text, alias)
      const rest = text.slice(at + alias.length)
      // "Party A's demand", "the Other proposal" name whose position it is, not who acts on it.
      const owner = /^['’]s\b/.test(rest) || (cueIsNoun && rest.trim() === '')
      if (at !== -1 && !owner && (!best || at > best.at)) best = { side: party.name, why: `"${alias}" before the cue`, at, end: at + alias.length }
    }
  }
  return best?.side ? { side: best.side, why: best.why, at: best.at, end: best.end } : null
}

function lastWholeWord(text: string, phrase: string): number {
  let found = -1
  for (const match of text.matchAll(wordPattern([phrase], 'g'))) found = match.index
  return found
}
