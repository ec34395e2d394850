import { classifyLine, type LineClass } from './classify-line.ts'
import { withHardWrapsJoined } from './hard-wrap.ts'
import { isHeadlineShaped } from './line-shape.ts'

/** One line of a pasted page, with what it is. */
export interface PageLine {
  /** 1-based, as an editor shows it, for error messages. */
  number: number
  /** The line without surrounding whitespace; otherwise as pasted. */
  text: string
  class: LineClass
}

/*
 * How far a link box or a sign-up box reaches. A "Read more" label carries a
 * handful of headlines; a newsletter box is a heading, a sentence, a field,
 * a button and small print.
 */
const MAX_LINKS_UNDER_LABEL = 6
const MAX_BOX_LINES = 8
const MAX_BOX_PROSE_LINES = 2
/* No box reaches further than this, which keeps a long paste linear to read. */
const MAX_LINES_AFTER_CHROME = 2 * MAX_BOX_LINES

/* Invisible characters pasted at the edges of lines by some editors and sites. */
const EDGE_INVISIBLES = /^[\s\u200B-\u200D\u2060\uFEFF]+|[\s\u200B-\u200D\u2060\uFEFF]+$/g

/**
 * Split a paste into classified lines, hard-wrapped paragraphs joined (see
 * `withHardWrapsJoined`), with link boxes ("Read more" and the
 * headlines under it) and sign-up boxes already turned into chrome.
 */
export function pageLinesOf(text: string): PageLine[] {
  const raw = text.split(/\r\n|\r|\n/).map((line, index) => ({ number: index + 1, text: line.replace(EDGE_INVISIBLES, '') }))
  const lines = withHardWrapsJoined(raw).map((line): PageLine => ({ ...line, class: classifyLine(line.text) }))
  return withChromeBoxesDropped(lines)
}

/** Whether a line holds words that are not chrome. */
export function isContent(line: PageLine): boolean {
  return line.class.kind !== 'blank' && line.class.kind !== 'chrome'
}

/**
 * Turn link boxes ("Read more" and the headlines under it) and sign-up boxes
 * (opener to button or small print) into chrome lines. Shared with the HTML
 * reader, whose paragraphs go through the same rules.
 */
export function withChromeBoxesDropped(lines: readonly PageLine[]): PageLine[] {
  const result = [...lines]
  const drop = (index: number) => {
    const line = result[index]
    if (line !== undefined) result[index] = { ...line, class: { kind: 'chrome', chrome: 'line' } }
  }
  const nonBlank = result.flatMap((line, index) => (line.class.kind === 'blank' ? [] : [index]))
  for (const [position, index] of nonBlank.entries()) {
    const line = result[index]
    if (line?.class.kind !== 'chrome') continue
    const following = nonBlank.slice(position + 1, position + 1 + MAX_LINES_AFTER_CHROME)
    if (line.class.chrome === 'label') {
      for (const next of following.slice(0, MAX_LINKS_UNDER_LABEL)) {
        const kind = result[next]?.class.kind
        if (kind !== 'short' && kind !== 'link') break
        drop(next)
      }
    }
    if (line.class.chrome === 'box-open') {
      const boxEnd = endOfBox(result, following)
      if (boxEnd === undefined) continue
      for (const inside of following) {
        if (inside > boxEnd) break
        drop(inside)
      }
    }
  }
  return result
}

/*
 * The index of a sign-up box's last line: the button or small print within a
 * few lines of the opener, and any more of either straight after. Undefined
 * when none comes first, or when what lies between is not what boxes hold
 * (a headline, more than a blurb of prose, a byline, date, caption or end
 * marker), so a menu's "Sign up for newsletters" link cannot swallow the
 * headline under it.
 */
function endOfBox(lines: readonly PageLine[], following: readonly number[]): number | undefined {
  let proseLines = 0
  let close: number | undefined
  for (const [position, index] of following.slice(0, MAX_BOX_LINES).entries()) {
    const line = lines[index]
    if (line === undefined) break
    if (closesBox(line)) {
      close = position
      break
    }
    const kind = line.class.kind
    if (kind === 'prose') proseLines += 1
    const boxLike =
      (kind === 'short' && !isHeadlineShaped(line.text)) ||
      kind === 'link' ||
      kind === 'prose' ||
      (kind === 'chrome' && line.class.chrome !== 'end')
    if (!boxLike || proseLines > MAX_BOX_PROSE_LINES) return undefined
  }
  if (close === undefined) return undefined
  // The button is often followed by its small print, or the small print by a "thank you".
  let last = close
  while (last + 1 < following.length) {
    const next = lines[following[last + 1] ?? -1]
    if (next === undefined || !(closesBox(next) || (next.class.kind === 'chrome' && next.class.chrome === 'line'))) break
    last += 1
  }
  return following[last]
}

function closesBox(line: PageLine): boolean {
  const lineClass = line.class
  if (lineClass.kind === 'chrome') return lineClass.chrome === 'box-close'
  return (lineClass.kind === 'prose' || lineClass.kind === 'short') && lineClass.fineprint
}
