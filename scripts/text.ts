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
  // The phrase itself must be there: a plain search rules most texts out before the pattern's boundary checks run.
  if (!text.includes(phrase)) return false
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

/**
 * Number of words, as a reader counts them: runs between white space that
 * hold a letter or a digit ("—" alone is no word). Compose counts every cut it
 * tries, thousands a deck, so this is a loop over character codes rather than
 * a Unicode pattern (a tenth of a build's time, as a pattern); only a
 * character past ASCII is asked of `LETTER_OR_DIGIT`.
 */
export function wordCount(text: string): number {
  let count = 0
  let counted = false
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i)
    if (isWhiteSpace(code)) {
      counted = false
    } else if (!counted && isLetterOrDigitAt(text, i, code)) {
      count += 1
      counted = true
    }
  }
  return count
}
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u

/** `\s` of JavaScript's patterns, as character codes. */
function isWhiteSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13)
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
}

function isLetterOrDigitAt(text: string, at: number, code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
  // A letter past the Basic Multilingual Plane is two code units; the pattern reads the code point.
  return LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(at)!))
}
