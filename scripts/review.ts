import type { Analysis } from './types.ts'

export interface ReviewOptions {
  /** Columns of the terminal; the tables wrap their long columns to fit. */
  width: number
  /** ANSI colour (only for a terminal). */
  color: boolean
  /** Paragraphs left out of the deck by a correction. */
  omitted?: number[]
}

/** A column: its heading, and whether it takes the width the others leave (long text, wrapped). */
interface Column {
  heading: string
  wraps?: boolean
}

/** A cell: its text, wrapped when its column wraps, to at most `maxLines` (then "…"). */
interface Cell {
  text: string
  maxLines?: number
}

/** Narrower than this, a wrapping column reads badly: the long columns go on lines of their own under the row. */
const MIN_WRAP = 24
/** How the reason of a corrected decision begins (apply-corrections writes it). */
const DECIDED = 'set in the source'

/**
 * The reading as an analyst reviews it before a meeting: each paragraph's
 * number, section, speaker and reason (with the words it opens with, to find
 * it), then the sides, the people and the events — every line a decision a
 * `briefing:` correction in the source can change.
 */
export function reviewTable(analysis: Analysis, options: ReviewOptions): string {
  const style = styles(options.color)
  const omitted = new Set(options.omitted ?? [])
  const { article } = analysis
  const width = Math.max(60, options.width)
  const out: string[] = [
    ...wrap(article.meta.title, width).map(style.bold),
    ...wrap(`${article.file} · ${article.paragraphs.length} paragraphs${article.meta.date ? ` · ${article.meta.date}` : ''}`, width),
    '',
  ]
  const section = (title: string, columns: Column[], rows: Cell[][], empty: string) => {
    out.push(style.bold(title))
    out.push(...(rows.length > 0 ? table(columns, rows, width, style) : [`  ${empty}`]), '')
  }

  section('Paragraphs', [{ heading: '¶' }, { heading: 'section' }, { heading: 'speaker' }, { heading: 'opens with', wraps: true }, { heading: 'why', wraps: true }],
    analysis.paragraphs.map((paragraph) => [
      { text: String(paragraph.n) },
      { text: omitted.has(paragraph.n) ? 'out' : paragraph.section },
      { text: paragraph.speaker ?? '—' },
      { text: paragraph.text, maxLines: 2 },
      { text: paragraph.reason },
    ]), 'none')

  section('Sides', [{ heading: 'side' }, { heading: 'stance' }, { heading: 'short names', wraps: true }, { heading: 'why', wraps: true }],
    analysis.parties.map((party) => [
      { text: party.name },
      { text: party.stance },
      { text: party.aliases.filter((alias) => alias !== party.name).join(', ') || '—' },
      { text: party.reason },
    ]), 'no two sides read: the deck shows the key points, with no demands or response')

  section('People', [{ heading: 'name' }, { heading: 'kind' }, { heading: 'side' }, { heading: '¶' }, { heading: 'role', wraps: true }, { heading: 'why', wraps: true }],
    analysis.people.map((person) => [
      { text: person.name },
      { text: person.kind },
      { text: person.party ?? '—' },
      { text: person.paragraph === 0 ? 'photo' : String(person.paragraph) },
      { text: [person.role, person.affiliation].filter(Boolean).join(', ') || '—' },
      { text: person.reason },
    ]), 'no one named')

  section('Events', [{ heading: '¶' }, { heading: 'date' }, { heading: 'when' }, { heading: 'status' }, { heading: 'what', wraps: true }, { heading: 'place' }],
    analysis.events.map((event) => [
      { text: String(event.paragraph) },
      { text: event.date ?? '—' },
      { text: event.when },
      { text: event.status },
      { text: event.reason.startsWith(DECIDED) ? `${event.what} (${event.reason})` : event.what },
      { text: event.place ?? '—' },
    ]), 'no dated events')

  out.push(...[
    ...wrap(`To correct the reading, add a briefing: block to the frontmatter of ${article.file}, one correction a line, for example:`, width),
    '  briefing:',
    '    sections: { 8: demands, 14: out }',
    '    people: { "Jane Roe": { kind: expert } }',
    ...wrap('A section is standoff, demands, rejections, experts, next, or out (left out of the deck). Every kind of correction is in the README, "Correcting the reading"; run this again to see them applied.', width),
  ].map(style.dim))
  return out.join('\n')
}

function table(columns: Column[], rows: Cell[][], width: number, style: Styles): string[] {
  const gap = 2
  const natural = columns.map((column, index) => Math.max(length(column.heading), ...rows.map((row) => length(row[index]?.text ?? ''))))
  const fixed = columns.reduce((sum, column, index) => sum + (column.wraps ? 0 : natural[index] ?? 0), 0)
  const wrapping = columns.filter((column) => column.wraps)
  if (wrapping.length > 0 && width - 2 - fixed - gap * (columns.length - 1) < MIN_WRAP * wrapping.length) return stacked(columns, rows, width, style)
  // What the fixed columns leave is shared evenly by the wrapping ones; what one needs less of goes to the others.
  const free = width - 2 - fixed - gap * (columns.length - 1)
  const widths = columns.map((column, index) => (column.wraps ? 0 : natural[index] ?? 0))
  let open = columns.flatMap((column, index) => (column.wraps ? [index] : []))
  let spare = free
  while (open.length > 0 && spare > 0) {
    const share = Math.max(1, Math.floor(spare / open.length))
    for (const index of open) {
      const more = Math.min(share, (natural[index] ?? 0) - (widths[index] ?? 0), spare)
      widths[index] = (widths[index] ?? 0) + more
      spare -= more
    }
    open = open.filter((index) => (widths[index] ?? 0) < (natural[index] ?? 0))
    if (share === 1) break
  }
  const line = (cells: string[]) => `  ${cells.map((cell, index) => (index === cells.length - 1 ? cell : pad(cell, widths[index] ?? 0))).join(' '.repeat(gap))}`.trimEnd()
  const lines = [style.bold(line(columns.map((column) => column.heading)))]
  for (const row of rows) {
    const cellLines = row.map((cell, index) => {
      const columnWidth = widths[index] ?? 0
      const text = columns[index]?.wraps ? wrap(cell.text, columnWidth) : [cell.text]
      return cell.maxLines && text.length > cell.maxLines ? ellipsis(text.slice(0, cell.maxLines), columnWidth) : text
    })
    const decided = row.some((cell) => cell.text.includes(DECIDED))
    const height = Math.max(...cellLines.map((cell) => cell.length))
    for (let at = 0; at < height; at += 1) {
      const text = line(cellLines.map((cell) => cell[at] ?? ''))
      // A row the analyst's correction decided stands out; colour goes on after padding, so columns stay aligned.
      lines.push(decided ? style.green(text) : text)
    }
  }
  return lines
}

/** A narrow terminal's table: the short columns on the row's line, each long one on its own lines under it. */
function stacked(columns: Column[], rows: Cell[][], width: number, style: Styles): string[] {
  const short = columns.flatMap((column, index) => (column.wraps ? [] : [index]))
  const shortRows = [columns.map((column) => ({ text: column.heading })), ...rows].map((row) => short.map((index) => row[index] ?? { text: '' }))
  const natural = short.map((_, at) => Math.max(...shortRows.map((row) => length(row[at]?.text ?? ''))))
  const line = (cells: Cell[]) => `  ${cells.map((cell, at) => (at === cells.length - 1 ? cell.text : pad(cell.text, natural[at] ?? 0))).join('  ')}`.trimEnd()
  const lines = [style.bold(line(shortRows[0] ?? []))]
  for (const [at, row] of rows.entries()) {
    const decided = row.some((cell) => cell.text.includes(DECIDED))
    const block = [line(shortRows[at + 1] ?? [])]
    for (const [index, column] of columns.entries()) {
      const cell = row[index]
      if (!column.wraps || !cell) continue
      const text = wrap(`${column.heading}: ${cell.text}`, width - 6)
      block.push(...(cell.maxLines && text.length > cell.maxLines ? ellipsis(text.slice(0, cell.maxLines), width - 6) : text).map((part) => `      ${part}`))
    }
    lines.push(...block.map((text) => (decided ? style.green(text) : text)))
  }
  return lines
}

/** Mark the last line as cut short, within the width. */
function ellipsis(lines: string[], width: number): string[] {
  const last = lines.at(-1) ?? ''
  const room = [...last].length + 2 <= width ? last : wrap(last, width - 2)[0] ?? ''
  return [...lines.slice(0, -1), `${room} …`]
}

/** Lines of at most `width` characters, broken between words (a longer word is cut). */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = []
  let current = ''
  for (let word of text.split(/\s+/).filter(Boolean)) {
    while (length(word) > width) {
      if (current) lines.push(current)
      current = ''
      lines.push([...word].slice(0, width).join(''))
      word = [...word].slice(width).join('')
    }
    if (!current) current = word
    else if (length(current) + 1 + length(word) <= width) current = `${current} ${word}`
    else {
      lines.push(current)
      current = word
    }
  }
  if (current || lines.length === 0) lines.push(current)
  return lines
}

function length(text: string): number {
  return [...text].length
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - length(text)))
}

interface Styles {
  bold: (text: string) => string
  dim: (text: string) => string
  green: (text: string) => string
}

function styles(color: boolean): Styles {
  const code = (open: number, close: number) => (text: string) => (color && text ? `\u001b[${open}m${text}\u001b[${close}m` : text)
  return { bold: code(1, 22), dim: code(2, 22), green: code(32, 39) }
}
