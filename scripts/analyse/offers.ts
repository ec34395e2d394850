import { sideNamedIn } from './parties.ts'
import { textOf } from './annotate.ts'
import type { Doc, Party, Token } from '../types.ts'

/**
 * Nouns that name what one side puts on the table. A story about a takeover or
 * a pay round names the offer by its owner more often than it writes a verb
 * for it: "Harrow's bid of $4 a share", "a hostile offer by rival Harrow",
 * "the union's counter-proposal".
 */
export const OFFER_NOUNS: readonly string[] = ['bid', 'offer', 'proposal', 'counteroffer', 'counter-offer', 'counterproposal', 'counter-proposal', 'approach', 'tender']

/** Words between an owner's "'s" and the offer noun: "Harrow's [revised takeover] bid" (at most this many). */
const MAX_MODIFIERS = 3

const offerNouns = new Set(OFFER_NOUNS)

/**
 * The side that owns each offer the article names with a noun: the side
 * before "'s" ("Harrow's improved bid") or after "by" or "from" ("a bid from
 * rival Harrow"). One entry for each such offer, in reading order. Used to
 * tell which side the story's offers belong to when no verb says it.
 */
export function offersOwned(doc: Doc, sides: Party[]): string[] {
  const owners: string[] = []
  for (const sentence of doc.sentences) {
    for (let t = sentence.start; t < sentence.end; t += 1) {
      const token = doc.tokens[t] as Token
      if (token.pos !== 'NOUN' || !offerNouns.has(token.lower) || token.quote !== -1) continue
      const owner = ownerBefore(doc, sentence.start, t, sides) ?? ownerAfter(doc, t, sentence.end, sides)
      if (owner) owners.push(owner)
    }
  }
  return owners
}

/** "Harrow's (revised takeover) bid": the side named right before a possessive that opens the noun phrase. */
function ownerBefore(doc: Doc, start: number, noun: number, sides: Party[]): string | null {
  let t = noun - 1
  for (let modifiers = 0; t >= start && modifiers < MAX_MODIFIERS; t -= 1, modifiers += 1) {
    const token = doc.tokens[t] as Token
    // "revised", "sweetened": a participle the tagger calls a verb describes the offer too.
    const participle = token.pos === 'VERB' && /(?:ed|en)$/.test(token.lower)
    if (token.pos !== 'ADJ' && token.pos !== 'NOUN' && token.pos !== 'NUM' && !participle) break
  }
  const possessive = doc.tokens[t]
  if (!possessive || t < start || !/^['’]s?$/.test(possessive.text)) return null
  // The owner's name is the capitalised run before the possessive.
  let first = t - 1
  while (first > start && /^\p{Lu}/u.test((doc.tokens[first - 1] as Token).text)) first -= 1
  return first < t ? sideNamedIn(textOf(doc, first, t), sides) : null
}

/** "a bid by (rival) Harrow", "an offer from Harrow": the side named right after "by" or "from". */
function ownerAfter(doc: Doc, noun: number, end: number, sides: Party[]): string | null {
  const by = doc.tokens[noun + 1]
  if (!by || (by.lower !== 'by' && by.lower !== 'from')) return null
  let last = noun + 2
  while (last < end && last < noun + 6 && /^[\p{L}'’&-]/u.test((doc.tokens[last] as Token).text) && (doc.tokens[last] as Token).pos !== 'VERB') last += 1
  return last > noun + 2 ? sideNamedIn(textOf(doc, noun + 2, last), sides) : null
}
