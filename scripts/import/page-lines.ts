import { classifyLine, type LineClass } from './classify-line.ts'

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

/* Invisible characters pasted at the edges of lines by some editors and sites. */
const EDGE_INVISIBLES = /^[\s\u200B-\u200D\u2060\uFEFF]+|[\s\u200B-\u200D\u2060\uFEFF]+$/g

/**
 * Split a paste into classified lines, with link boxes ("Read more" and the
 * headlines under it) and sign-up boxes already turned into chrome.
 */
export function pageLinesOf(text: string): PageLine[] {
  const lines = text.split(/\r\n|\r|\n/).map((raw, index): PageLine => {
    const trimmed = raw.replace(EDGE_INVISIBLES, '')
    return { number: index + 1, text: trimmed, class: classifyLine(trimmed) }
  })
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
    const following = nonBlank.slice(position + 1)
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
      for (const inside of nonBlank.slice(position + 1)) {
        if (inside > boxEnd) break
        drop(inside)
      }
    }
  }
  return result
}

/* The index of a sign-up box's last line, or undefined if no close follows the opener closely. */
function endOfBox(lines: PageLine[], following: number[]): number | undefined {
  const closesBox = (index: number | undefined) => {
    const line = index === undefined ? undefined : lines[index]
    if (line === undefined) return false
    const { class: lineClass } = line
    if (lineClass.kind === 'chrome') return lineClass.chrome === 'box-close'
    return (lineClass.kind === 'prose' || lineClass.kind === 'short') && lineClass.fineprint
  }
  const firstClose = following.slice(0, MAX_BOX_LINES).findIndex((index) => {
    const line = lines[index]
    return closesBox(index) || (line?.class.kind === 'chrome' && line.class.chrome === 'end')
  })
  if (firstClose === -1 || !closesBox(following[firstClose])) return undefined
  let last = firstClose
  // The button is often followed by its small print, or the small print by a "thank you".
  while (last + 1 < following.length) {
    const next = following[last + 1]
    const nextLine = next === undefined ? undefined : lines[next]
    if (!closesBox(next) && !(nextLine?.class.kind === 'chrome' && nextLine.class.chrome === 'line')) break
    last += 1
  }
  return following[last]
}
