import { annotate } from './annotate.ts'
import { attributeSpeech } from './speakers.ts'
import { findSpeechCues } from './speech-cues.ts'
import { actorOf, classifyParagraphs } from './classify.ts'
import { findEvents } from './events.ts'
import { countryIndex } from './gazetteer.ts'
import { alliedPairs, findPartyCandidates, namedOnlyAsSetting, withGenericReferences, type PartyCandidate } from './parties.ts'
import { assignSides, findPeople } from './people.ts'
import { offersOwned } from './offers.ts'
import { findStances, positionsOf } from './positions.ts'
import type { Analysis, Article, Attribution, Doc, Party, Person } from '../types.ts'


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
  const parties = withGenericReferences(chooseParties(candidates, doc, attributions, candidatePeople), article.paragraphs.map((paragraph) => paragraph.text).join('\n'))
  const people = assignSides(candidatePeople, parties)
  const events = findEvents(doc, attributions, { articleDate: article.meta.date })
  const stances = findStances({ doc, sentences, attributions, people, parties })
  const positions = positionsOf(stances, parties)
  const paragraphs = classifyParagraphs({ paragraphs: article.paragraphs, attributions, people, events, positions, stances, doc })
  return { article, doc, sentences, people, parties, attributions, events, positions, paragraphs }
}

/**
 * The two sides of the standoff, ordered demanding side first. Among the
 * strongest candidates, the two most engaged — the subjects and speakers of
 * stance clauses, and the sentences their people speak — face each other;
 * the one whose clauses want, offer and bid more than they refuse is the
 * demanding side (an offer or a bid counts twice: the story is about it,
 * whether a verb makes it or a possessive names it: "Harrow's bid"). A
 * story with fewer than two engaged candidates has no standoff to brief.
 * Allies the body names acting together ("A and B accused C") are one side,
 * named for both; a country named only as the setting is no side.
 */
function chooseParties(candidates: PartyCandidate[], doc: Doc, attributions: Attribution[], people: Person[]): Party[] {
  // A country the story only happens in ("UK academics", "across the UK") is no side, however often the headline names it.
  const pool = candidates.filter((candidate) => !(countryIndex().has(candidate.name) && namedOnlyAsSetting(candidate, doc))).slice(0, 4)
  const asSides = pool.map(asParty)
  const tally = new Map(pool.map((candidate) => [candidate.name, { wants: 0, offers: 0, refusals: 0, speakers: 0 }]))
  for (const sentence of doc.sentences) {
    const attribution = attributions[sentence.i]
    const spokenFor = attribution?.speaker ? actorOf(sentence, attribution, people, asSides) : null
    // A speaker may stand for a side outside the strongest candidates: that side is not counted.
    const spokenEntry = spokenFor ? tally.get(spokenFor) : undefined
    if (spokenEntry) spokenEntry.speakers += 1
  }
  for (const stance of findStances({ doc, sentences: doc.sentences, attributions, people, parties: asSides })) {
    const entry = stance.side ? tally.get(stance.side) : undefined
    if (!entry) continue
    if (stance.stance === 'refusal') entry.refusals += 1
    else if (stance.mark === 'want') entry.wants += 1
    else entry.offers += 1
  }
  // "Harrow's bid", "an offer from Harrow": an offer the story names by its owner is that side's, as a verb would make it.
  for (const owner of offersOwned(doc, asSides)) {
    const entry = tally.get(owner)
    if (entry) entry.offers += 1
  }
  // The two most engaged candidates; a mediator's one statement does not outrank a side that speaks throughout.
  const engagement = (candidate: PartyCandidate) => {
    const entry = tally.get(candidate.name)!
    return 2 * (entry.wants + entry.offers + entry.refusals) + entry.speakers
  }
  // "Kestria and Velland accused Ostmark …": allies are one side, however the headline pairs them; the more engaged leads it.
  for (const [a, b] of alliedPairs(pool, doc.sentences.map((sentence) => sentence.text))) {
    const [lead, ally] = [pool.find((item) => item.name === a), pool.find((item) => item.name === b)].sort((x, y) => (y ? engagement(y) : 0) - (x ? engagement(x) : 0))
    if (!lead || !ally) continue
    const [leadEntry, allyEntry] = [tally.get(lead.name)!, tally.get(ally.name)!]
    const joined: PartyCandidate = { ...lead, name: `${lead.name} and ${ally.name}`, aliases: [...new Set([...lead.aliases, ...ally.aliases])], reason: `${lead.reason}; with its ally ${ally.name} (${ally.reason})`, inHeadline: Boolean(lead.inHeadline || ally.inHeadline), inLede: Boolean(lead.inLede || ally.inLede) }
    tally.set(joined.name, { wants: leadEntry.wants + allyEntry.wants, offers: leadEntry.offers + allyEntry.offers, refusals: leadEntry.refusals + allyEntry.refusals, speakers: leadEntry.speakers + allyEntry.speakers })
    pool.splice(pool.indexOf(lead), 1, joined)
    pool.splice(pool.indexOf(ally), 1)
  }
  // Two engaged candidates the headline names are the sides, however much a third party named lower down says:
  // "Kestria accuses Velland of stalling" is about Kestria and Velland, not the envoy who mediates.
  const headlined = pool.filter((candidate) => candidate.inHeadline && engagement(candidate) > 0).length >= 2
  const byHeadline = (candidate: PartyCandidate) => (headlined && candidate.inHeadline ? 1 : 0)
  const engaged = pool
    .filter((candidate) => engagement(candidate) > 0)
    .map((candidate, rank) => ({ candidate, rank }))
    .sort((a, b) => byHeadline(b.candidate) - byHeadline(a.candidate) || engagement(b.candidate) - engagement(a.candidate) || a.rank - b.rank)
    .slice(0, 2)
    .sort((a, b) => a.rank - b.rank)
    .map(({ candidate }) => candidate)
  if (engaged.length < 2) return []
  // A standoff's two sides are named at the top of the story; two actors met only lower down are not one.
  if (!engaged.every((candidate) => candidate.inHeadline || candidate.inLede)) return []
  const lean = (candidate: PartyCandidate) => {
    const entry = tally.get(candidate.name)!
    return entry.wants + 2 * entry.offers - entry.refusals
  }
  const [first, second] = engaged as [PartyCandidate, PartyCandidate]
  const [demanding, responding] = lean(second) > lean(first) ? [second, first] : [first, second]
  const describe = (candidate: PartyCandidate) => {
    const entry = tally.get(candidate.name)!
    return `${candidate.reason}; ${entry.wants} wants, ${entry.offers} offers or bids, ${entry.refusals} refusals, ${entry.speakers} sentences by its people`
  }
  return [
    { name: demanding.name, aliases: demanding.aliases, stance: 'demands', reason: `wants and offers more than it refuses: ${describe(demanding)}` },
    { name: responding.name, aliases: responding.aliases, stance: 'responds', reason: `answers the other side's demands: ${describe(responding)}` },
  ]
}

function asParty(candidate: PartyCandidate): Party {
  return { name: candidate.name, aliases: candidate.aliases, stance: 'demands', reason: '' }
}
