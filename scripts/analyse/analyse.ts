import { annotate } from './annotate.ts'
import { attributeSpeech } from './speakers.ts'
import { findSpeechCues } from './speech-cues.ts'
import { actorOf, classifyParagraphs } from './classify.ts'
import { DEMAND_CUES, REJECTION_CUES, WARNING_CUES, wordPattern } from './cues.ts'
import { findEvents } from './events.ts'
import { findPartyCandidates, type PartyCandidate } from './parties.ts'
import { assignSides, findPeople } from './people.ts'
import { findPositions, findStances } from './positions.ts'
import { narrationOf } from '../text.ts'
import type { Analysis, Article, Attribution, Party, Person, Sentence } from '../types.ts'

const demandCue = wordPattern(DEMAND_CUES, 'gi')
const refusalCue = wordPattern([...REJECTION_CUES, ...WARNING_CUES], 'gi')

/** Read the article: sentences, parties, people, who says what, dated events, and each paragraph's section. */
export function analyseArticle(article: Article): Analysis {
  const doc = annotate(article.paragraphs)
  const sentences = doc.sentences
  const candidates = findPartyCandidates(article.meta, article.paragraphs)
  const cues = findSpeechCues(doc)
  // Sides are chosen by what their people say; once chosen, each person's side is read again
  // against the two sides alone, so a ministry named in a role does not stand in for its country.
  const candidatePeople = findPeople(doc, cues, candidates)
  const attributions = attributeSpeech(doc, candidatePeople, cues)
  const parties = chooseParties(candidates, sentences, attributions, candidatePeople)
  const people = assignSides(candidatePeople, parties)
  const events = findEvents(sentences, attributions, { articleDate: article.meta.date })
  const positionInput = { doc, sentences, attributions, people, parties }
  const positions = findPositions(positionInput)
  const stances = findStances(positionInput)
  const paragraphs = classifyParagraphs({ paragraphs: article.paragraphs, attributions, people, events, positions, stances })
  return { article, doc, sentences, people, parties, attributions, events, positions, paragraphs }
}

/**
 * The two sides of the standoff, ordered demanding side first. Among the
 * strongest candidates, the one whose people and clauses make more demands
 * than refusals is the demanding side; a story with fewer than two
 * candidates, or none that demands or refuses, has no standoff to brief.
 */
function chooseParties(candidates: PartyCandidate[], sentences: Sentence[], attributions: Attribution[], people: Person[]): Party[] {
  const pool = candidates.slice(0, 4)
  const tally = new Map(pool.map((candidate) => [candidate.name, { demands: 0, refusals: 0, speakers: 0 }]))
  for (const [index, sentence] of sentences.entries()) {
    const attribution = attributions[index]
    const spokenFor = attribution?.speaker ? actorOf(sentence, attribution, people, pool.map(asParty)) : null
    // A speaker may stand for a side outside the strongest candidates: that side is not counted.
    const spokenEntry = spokenFor ? tally.get(spokenFor) : undefined
    if (spokenEntry) spokenEntry.speakers += 1
    const narration = attribution?.speaker ? sentence.text : narrationOf(sentence.text)
    for (const [pattern, key] of [[demandCue, 'demands'], [refusalCue, 'refusals']] as const) {
      for (const cue of narration.matchAll(pattern)) {
        const actor = spokenFor ?? nearestSideBefore(narration.slice(0, cue.index), pool)
        const entry = actor ? tally.get(actor) : undefined
        if (entry) entry[key] += 1
      }
    }
  }
  // The two most engaged candidates, by what they demand, refuse and say; a mediator's one
  // statement does not outrank a side that speaks throughout.
  const engagement = (candidate: PartyCandidate) => {
    const entry = tally.get(candidate.name)!
    return entry.demands + entry.refusals + entry.speakers
  }
  const engaged = pool
    .filter((candidate) => engagement(candidate) > 0)
    .map((candidate, rank) => ({ candidate, rank }))
    .sort((a, b) => engagement(b.candidate) - engagement(a.candidate) || a.rank - b.rank)
    .slice(0, 2)
    .sort((a, b) => a.rank - b.rank)
    .map(({ candidate }) => candidate)
  if (engaged.length < 2) return []
  const lean = (candidate: PartyCandidate) => {
    const entry = tally.get(candidate.name)!
    return entry.demands - entry.refusals
  }
  const [first, second] = engaged as [PartyCandidate, PartyCandidate]
  const [demanding, responding] = lean(second) > lean(first) ? [second, first] : [first, second]
  const describe = (candidate: PartyCandidate) => {
    const entry = tally.get(candidate.name)!
    return `${candidate.reason}; ${entry.demands} demand cues, ${entry.refusals} refusal cues, ${entry.speakers} sentences by its people`
  }
  return [
    { name: demanding.name, aliases: demanding.aliases, stance: 'demands', reason: `demands more than it refuses: ${describe(demanding)}` },
    { name: responding.name, aliases: responding.aliases, stance: 'responds', reason: `refuses more than it demands: ${describe(responding)}` },
  ]
}

function asParty(candidate: PartyCandidate): Party {
  return { name: candidate.name, aliases: candidate.aliases, stance: 'demands', reason: '' }
}

/** The side named closest before a cue, within its clause ("Moscow insisting", "Washington firmly rejecting"). */
function nearestSideBefore(text: string, pool: PartyCandidate[]): string | null {
  const clause = text.split(/[;,]\s*(?:and|while|but)?\s*/).at(-1) ?? text
  let best: { name: string; at: number } | null = null
  for (const candidate of pool) {
    for (const match of clause.matchAll(wordPattern(candidate.aliases, 'g'))) {
      if (!best || match.index > best.at) best = { name: candidate.name, at: match.index }
    }
  }
  return best?.name ?? null
}
