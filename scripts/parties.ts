import { ORGANISATION_WORDS, wordPattern } from './cues.ts'
import { countryIndex } from './gazetteer.ts'
import { containsWords } from './text.ts'
import type { ArticleMeta, Paragraph } from './types.ts'

/** A side before the analysis knows which one makes the demands. */
export interface PartyCandidate {
  name: string
  /** The forms of the name this article uses, the name itself first. */
  aliases: string[]
  score: number
  reason: string
}

const ORGANISATION_NAME = new RegExp(
  String.raw`(?:the\s+)?((?:[A-Z][\p{L}'’-]*\s+){0,4}(?:${ORGANISATION_WORDS.join('|')})(?:\s+(?:of|for)(?:\s+the)?(?:\s+[A-Z][\p{L}'’-]*)+)?)(?:\s+\(([A-Z]{2,6})\))?`,
  'gu',
)
// Generic heads a side is referred back to by ("the union said").
const GENERIC_SIDE_NOUNS = ['union', 'company', 'employer', 'employers', 'management', 'government', 'group', 'alliance', 'bloc']

/**
 * Find the two sides of the standoff: countries (by any of their names, capital
 * or adjective) and organisations, scored by where and how often the article
 * names them. The title and the lede count most: that is where news copy
 * names the parties to a dispute.
 */
export function findPartyCandidates(meta: ArticleMeta, paragraphs: Paragraph[]): PartyCandidate[] {
  const lede = paragraphs.slice(0, 2).map((paragraph) => paragraph.text).join(' ')
  const body = paragraphs.map((paragraph) => paragraph.text).join('\n')
  const headline = `${meta.title}\n${meta.dek ?? ''}`
  const candidates = new Map<string, PartyCandidate>()

  for (const [form, country] of countryIndex()) {
    if (!containsWords(body, form) && !containsWords(headline, form)) continue
    const entry = candidates.get(country.name) ?? { name: country.name, aliases: [country.name], score: 0, reason: '' }
    if (!entry.aliases.includes(form)) entry.aliases.push(form)
    candidates.set(country.name, entry)
  }
  for (const match of body.matchAll(ORGANISATION_NAME)) {
    const name = match[1]?.trim()
    if (!name || name.split(/\s+/).length < 2 || countryIndex().has(name)) continue
    const entry = candidates.get(name) ?? { name, aliases: [name], score: 0, reason: '' }
    const acronym = match[2]
    if (acronym && !entry.aliases.includes(acronym)) entry.aliases.push(acronym)
    candidates.set(name, entry)
  }

  for (const candidate of candidates.values()) {
    candidate.aliases = candidate.aliases.filter((alias) => alias === candidate.name || containsWords(body, alias) || containsWords(headline, alias))
    const forms = wordPattern(candidate.aliases, 'g')
    const mentions = (body.match(forms) ?? []).length
    const inHeadline = (headline.match(forms) ?? []).length > 0
    const inLede = (lede.match(forms) ?? []).length > 0
    candidate.score = mentions + (inHeadline ? 6 : 0) + (inLede ? 4 : 0)
    candidate.reason = `${mentions} mentions${inHeadline ? ', named in the headline' : ''}${inLede ? ', named in the lede' : ''}`
    const generic = GENERIC_SIDE_NOUNS.find((noun) => new RegExp(`\\b${noun}\\b`, 'i').test(candidate.name))
    if (generic && containsWords(body.toLowerCase(), `the ${generic}`)) candidate.aliases.push(`the ${generic}`)
  }
  return [...candidates.values()]
    .filter((candidate) => candidate.score >= 3)
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name))
}

/** The side a piece of text names, by the first alias found in it (earliest position wins). */
export function sideNamedIn(text: string, sides: Array<{ name: string; aliases: string[] }>): string | null {
  let best: { name: string; at: number } | null = null
  for (const side of sides) {
    const match = wordPattern(side.aliases, '').exec(text)
    if (match && (best === null || match.index < best.at)) best = { name: side.name, at: match.index }
  }
  return best?.name ?? null
}
