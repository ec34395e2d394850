/**
 * The shape of one line of pasted text: how many words, whether it ends the
 * way a sentence ends, whether it reads like prose, a headline or a subhead.
 * These are the general rules the paste reader leans on instead of rules for
 * one site's layout.
 */

const sentenceSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' })
/*
 * Chinese and Japanese set no spaces between words: ICU's dictionary
 * segmenter (in Node's Intl) finds them, so that a paragraph of
 * 「交渉は三日目も合意に至らなかった。」 counts its words as a spaced one does.
 */
const cjkWordSegmenter = new Intl.Segmenter('ja', { granularity: 'word' })
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u

/*
 * Closing quotes and brackets may follow a sentence's final mark:
 * `...he said."`, `...(in 2014.)`, `……と述べた。」`. The full-width marks
 * (。！？．) end sentences in Chinese and Japanese, with no space after them.
 */
const CLOSERS = `"'”’»)\\]」』）】〕》〉`
const FULL_STOPS = '.!?…。！？．｡'
const TERMINAL = new RegExp(`[${FULL_STOPS}][${CLOSERS}]*$`)
const QUESTION = new RegExp(`[?？][${CLOSERS}]*$`)
/* Marks after which a line continues: a label, a list, a clause. */
const CONTINUING = new RegExp(`[.,;:…!。、，；：！][${CLOSERS}]*$`)

/*
 * Shape thresholds. A news paragraph is almost never under six words; a
 * question under twelve words standing alone is far more often a headline or
 * a subhead ("What happens next?") than a paragraph.
 */
const PROSE_MIN_WORDS = 6
const QUESTION_PROSE_MIN_WORDS = 12
const HEADLINE_MIN_WORDS = 3
const HEADLINE_MAX_CHARS = 250
/* Title-case headlines capitalise every word; from this length they still count. */
const TITLE_CASE_MIN_WORDS = 5
const SUBHEAD_MAX_WORDS = 12
const SUBHEAD_MAX_CHARS = 100

/**
 * Whitespace-separated tokens holding a letter or digit. Whitespace, not a
 * word segmenter, so that a run of menu labels pasted without spaces
 * ("EditionASIA") counts as the one token it looks like on screen; only a
 * token all in Chinese or Japanese script, which never has spaces, is split
 * into its words.
 */
export function wordsOf(line: string): string[] {
  return line.split(/\s+/).flatMap((token) => {
    if (!/[\p{L}\p{N}]/u.test(token)) return []
    // A token run together from menu labels in several scripts ("中文Français") stays one.
    if (!CJK.test(token) || /\p{Script=Latin}/u.test(token)) return [token]
    return [...cjkWordSegmenter.segment(token)].filter((part) => part.isWordLike).map((part) => part.segment)
  })
}

/*
 * A Chinese or Japanese character carries about what three letters and a
 * space do in English (a word there is one or two characters), so a
 * paragraph's size is reckoned with each such character counted three times.
 */
const CJK_CHARACTER_WEIGHT = 3
const CJK_GLOBAL = new RegExp(CJK.source, 'gu')

/** How much text a line holds, in English-sized characters, to tell an article from a teaser. */
export function textSizeOf(line: string): number {
  const cjkCharacters = line.match(CJK_GLOBAL)?.length ?? 0
  return line.length + (CJK_CHARACTER_WEIGHT - 1) * cjkCharacters
}

/*
 * Below this much running text a page holds a teaser or a link list, not an
 * article; a news brief of two paragraphs or more is an article from the
 * smaller size (two wire sentences), since teasers come one to a story.
 */
const MIN_ARTICLE_SIZE = 280
const MIN_BRIEF_SIZE = 160
const MIN_BRIEF_PARAGRAPHS = 2

/** Whether this much running text, in so many paragraphs, is enough to be an article. */
export function isArticleSized(size: number, paragraphs: number): boolean {
  return size >= MIN_ARTICLE_SIZE || (paragraphs >= MIN_BRIEF_PARAGRAPHS && size >= MIN_BRIEF_SIZE)
}

/** The sentences of a line, trimmed, by the Unicode sentence rules. */
export function sentencesOf(line: string): string[] {
  return [...sentenceSegmenter.segment(line)]
    .map((part) => part.segment.trim())
    .filter((sentence) => sentence !== '')
}

/** Whether a line ends with `.`, `!`, `?` or `…`, allowing closing quotes and brackets after it. */
export function endsLikeSentence(line: string): boolean {
  return TERMINAL.test(line)
}

/** Whether a line reads as a paragraph of running text. */
export function isProse(line: string): boolean {
  if (!endsLikeSentence(line)) return false
  const wordCount = wordsOf(line).length
  if (QUESTION.test(line)) {
    return wordCount >= QUESTION_PROSE_MIN_WORDS || sentencesOf(line).length > 1
  }
  return wordCount >= PROSE_MIN_WORDS
}

/**
 * Whether a line could be a title or a dek: a few words, not too long, not a
 * label ending in a colon, and either sentence case (some word starts in
 * lower case: "still far apart over") or long enough for a title-case
 * headline. Menu bars ("Home World Business") fail both.
 */
export function isHeadlineShaped(line: string): boolean {
  const words = wordsOf(line)
  if (words.length < HEADLINE_MIN_WORDS || line.length > HEADLINE_MAX_CHARS) return false
  if (/[:;,]$/.test(line)) return false
  const hasLowerCaseWord = words.some((word) => /^[^\p{L}]*\p{Ll}/u.test(word))
  return hasLowerCaseWord || words.length >= TITLE_CASE_MIN_WORDS
}

/**
 * Whether a line inside the body is a subhead: short, starting like a
 * heading, and not ending the way a sentence, clause or label does (a short
 * question is allowed: "What happens next?").
 */
export function isSubheadShaped(line: string): boolean {
  const words = wordsOf(line)
  if (words.length === 0 || words.length > SUBHEAD_MAX_WORDS || line.length > SUBHEAD_MAX_CHARS) {
    return false
  }
  if (!/^["'“‘]?[\p{Lu}\p{N}]/u.test(line)) return false
  if (QUESTION.test(line)) return true
  return !CONTINUING.test(line)
}

/*
 * A sentence that lost its full stop: long, in sentence case (most words
 * start in lower case, where headlines and menus capitalise them), not a
 * label. Some sites set their lead that way.
 */
const UNSTOPPED_SENTENCE_MIN_WORDS = 10

/** Whether a line without a final mark still reads as a sentence of running text. */
export function isUnstoppedSentence(line: string): boolean {
  const words = wordsOf(line)
  if (words.length < UNSTOPPED_SENTENCE_MIN_WORDS || /[:;,]$/.test(line)) return false
  const lowerCase = words.filter((word) => /^[^\p{L}]*\p{Ll}/u.test(word)).length
  return lowerCase * 2 > words.length
}
