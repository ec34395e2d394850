import type { Doc, Token, TokenRange } from '../types.ts'

/**
 * The words that describe an unnamed or organisational source, cut to the
 * noun phrase itself (the speaker tag a slide shows beside a bullet). The
 * holder's words before a speech verb can carry what is not the source: a
 * subordinating word or a time phrase before it ("as the ministry said",
 * "over the past two years Harland Motors has said"), a time phrase after it
 * ("the conglomerate on Friday said", "the managing director last week
 * said"), a relative pronoun the cut left ("the staff member who"), or half a
 * parenthesis ("Harland Corp (HRL.N"). Null when what is left is no noun
 * phrase, or when the words hold a clause of their own ("Marek struck a
 * conciliatory note in his speech"): then no source is named.
 */
export function sourcePhrase(doc: Doc, range: TokenRange): TokenRange | null {
  let { start, end } = range
  const token = (t: number) => doc.tokens[t] as Token
  // "-elect Roe", ") said": a piece the tokenizer split off the word before the holder.
  while (start < end && (token(start).pos === 'PUNCT' || /^[-–—]/.test(token(start).text))) start += 1
  // "as the ministry", "after Velland", "over the past two years Harland Motors": the opening word and, when a
  // name follows, everything up to the name.
  if (start < end && LEADING_WORDS.has(token(start).pos)) {
    const name = indexWhere(start + 1, end, (t) => token(t).pos === 'PROPN' && /^\p{Lu}/u.test(token(t).text))
    start = name === -1 ? start + 1 : name
  }
  // "… on Friday", "… last week", "… who".
  for (let changed = true; changed && end > start;) {
    changed = false
    const last = token(end - 1)
    if (TRAILING_PRONOUNS.has(last.lower) || last.pos === 'PUNCT') {
      end -= 1
      changed = true
      continue
    }
    if (TIME_WORDS.has(last.lower) && end - 1 > start) {
      const before = token(end - 2)
      end -= before.pos === 'ADP' || TIME_MODIFIERS.has(before.lower) ? 2 : 1
      changed = true
    }
  }
  // "Harland Corp (HRL.N": a parenthesis left open is cut off with what follows it.
  const open = indexWhere(start, end, (t) => token(t).text === '(')
  if (open !== -1 && indexWhere(open, end, (t) => token(t).text === ')') === -1) end = open
  if (end <= start) return null
  if (!doc.tokens.slice(start, end).some((item) => item.pos === 'NOUN' || item.pos === 'PROPN')) return null
  // A finite verb inside: the words are a clause, not a description of a source.
  if (doc.verbs.some((group) => group.start >= start && group.end <= end && group.tense !== 'nonfinite')) return null
  return { start, end }
}

function indexWhere(from: number, to: number, test: (t: number) => boolean): number {
  for (let t = from; t < to; t += 1) if (test(t)) return t
  return -1
}

/** Tags of a word that opens no source's description: "as", "after", "over", "and". */
const LEADING_WORDS = new Set(['ADP', 'SCONJ', 'CCONJ'])
/** What a cut can leave at the end: "the staff member who". */
const TRAILING_PRONOUNS = new Set(['who', 'which', 'that', 'whom', 'whose'])
/** Words that end a time phrase after a subject: "on Friday", "last week", "earlier this month". */
const TIME_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight',
  'week', 'month', 'year', 'weekend', 'morning', 'afternoon', 'evening', 'night', 'earlier', 'later',
])
/** Words before a time word that belong to the time phrase: "last week", "this month", "on Friday" (ADP). */
const TIME_MODIFIERS = new Set(['last', 'this', 'next', 'late', 'early'])
