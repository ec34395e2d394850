import { endsLikeSentence, isProse } from './line-shape.ts'

/*
 * Text copied from an e-mail, a plain-text wire feed or a PDF comes
 * hard-wrapped: every paragraph broken into lines of one width (often 72 or
 * 80 characters), paragraphs set apart by blank lines. A web page's paste
 * puts each paragraph on one line, far wider than any wrap column.
 *
 * A paste is hard-wrapped when no line with spaces is wider than
 * `MAX_WRAP_WIDTH` and at least `MIN_WRAPPED_PARAGRAPHS` blocks of lines
 * (between blank lines) are shaped like wrapped paragraphs: every line but
 * the last filled to most of the width, and the lines together ending as a
 * sentence does. Only such blocks are joined; a block of a title and a
 * byline, or of menu items, keeps its lines.
 */
const MAX_WRAP_WIDTH = 100
/* A wrapped line stops short of the width by at most one long word. */
const MIN_FILL = 0.6
const MIN_WRAPPED_PARAGRAPHS = 2

interface RawLine {
  /** 1-based line number in the paste. */
  number: number
  text: string
}

/**
 * The paste's lines with each hard-wrapped paragraph joined into one line
 * (its words set apart by one space, numbered as its first line). A paste
 * that is not hard-wrapped comes back unchanged.
 */
export function withHardWrapsJoined(lines: readonly RawLine[]): RawLine[] {
  const width = Math.max(0, ...lines.filter((line) => /\S\s+\S/.test(line.text)).map((line) => line.text.length))
  if (width === 0 || width > MAX_WRAP_WIDTH) return [...lines]
  const blocks = blocksOf(lines)
  const wrapped = new Set(blocks.filter((block) => isWrappedParagraph(block, width)))
  if (wrapped.size < MIN_WRAPPED_PARAGRAPHS) return [...lines]
  return blocks.flatMap((block) => {
    const first = block[0]
    if (!wrapped.has(block) || first === undefined) return block
    return [{ number: first.number, text: block.map((line) => line.text).join(' ') }]
  })
}

/* Runs of non-blank lines, and each blank line as a run of its own. */
function blocksOf(lines: readonly RawLine[]): RawLine[][] {
  const blocks: RawLine[][] = []
  let current: RawLine[] | undefined
  for (const line of lines) {
    if (line.text === '') {
      blocks.push([line])
      current = undefined
      continue
    }
    if (current === undefined) {
      current = []
      blocks.push(current)
    }
    current.push(line)
  }
  return blocks
}

function isWrappedParagraph(block: readonly RawLine[], width: number): boolean {
  if (block.length < 2) return false
  const filled = block.slice(0, -1).every((line) => line.text.length >= MIN_FILL * width)
  const text = block.map((line) => line.text).join(' ')
  return filled && endsLikeSentence(text) && isProse(text)
}
