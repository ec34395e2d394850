/** Small text helpers shared by the analysis stages. */

import { escapeRegExp } from './analyse/cues.ts'

const QUOTED = /"[^"]*"|“[^”]*”/g

/**
 * The sentence with quoted speech blanked out (same length), so cue words and
 * speech verbs inside a quotation are not read as the reporter's narration.
 * A sentence that opens or closes inside a quotation carried over from the
 * previous sentence (an odd number of straight quotes) has that part blanked too.
 */
export function narrationOf(sentence: string): string {
  // Every stage asks for the narration of the same sentences; keep the answers for a while.
  const known = narrations.get(sentence)
  if (known !== undefined) return known
  if (narrations.size > 5000) narrations.clear()
  const narration = blankQuotations(sentence)
  narrations.set(sentence, narration)
  return narration
}

const narrations = new Map<string, string>()

function blankQuotations(sentence: string): string {
  let text = sentence.replace(QUOTED, (quote) => ' '.repeat(quote.length))
  const stray = text.search(/["“”]/)
  if (stray !== -1) {
    // A lone quote mark: the quotation runs to it from the start, or from it to the end.
    text = startsInQuote(sentence) ? ' '.repeat(stray + 1) + text.slice(stray + 1) : text.slice(0, stray) + ' '.repeat(text.length - stray)
  }
  return text
}

/** True when the sentence begins in the middle of a quotation opened in an earlier sentence. */
export function startsInQuote(sentence: string): boolean {
  const straight = (sentence.match(/"/g) ?? []).length
  if (straight % 2 === 1) return !/^\s*"/.test(sentence)
  const open = sentence.indexOf('“')
  const close = sentence.indexOf('”')
  return close !== -1 && (open === -1 || close < open)
}

/** Quoted passages of a sentence, without their quote marks. */
export function quotationsOf(sentence: string): string[] {
  return Array.from(sentence.matchAll(QUOTED), (match) => match[0].slice(1, -1).trim()).filter(Boolean)
}

/** Whether `phrase` occurs in `text` as whole words. */
export function containsWords(text: string, phrase: string): boolean {
  let pattern = wholeWordPatterns.get(phrase)
  if (!pattern) {
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(phrase)}(?![\\p{L}\\p{N}])`, 'u')
    wholeWordPatterns.set(phrase, pattern)
  }
  return pattern.test(text)
}
// One compiled pattern a phrase: the analysis asks about the same names many times, and a Unicode
// pattern's first compilation is what costs. Not global, so a kept pattern carries no state.
const wholeWordPatterns = new Map<string, RegExp>()

/** Number of words, as a reader counts them. */
export function wordCount(text: string): number {
  // One match for each run between spaces that holds a letter or a digit ("—" alone is no word). Compose counts
  // every cut it tries, so this is one pass with no array of words.
  let count = 0
  WORD_RUN.lastIndex = 0
  while (WORD_RUN.exec(text) !== null) count += 1
  return count
}
const WORD_RUN = /\S*[\p{L}\p{N}]\S*/gu
