/** Quoted text in a paragraph, by character offsets, marks excluded. */
export interface QuotedSpan {
  from: number
  to: number
  /** False when the paragraph ends before the closing mark: in news copy a quotation that goes on into the next paragraph is left open. */
  closed: boolean
}

// Curly quotes say which way they face; straight ones and the doubled
// apostrophes some wire copy uses ('' … '') alternate. Single quotes are left
// alone: they are apostrophes far more often than quotation marks.
const OPENING = new Set(['“', '„'])
const CLOSING = new Set(['”'])

/**
 * The quotations of one paragraph. A quotation may run over several sentences;
 * one still open at the paragraph's end runs to it.
 */
export function findQuotations(text: string): QuotedSpan[] {
  const spans: QuotedSpan[] = []
  let open: { at: number; mark: string } | null = null
  for (let at = 0; at < text.length; at += 1) {
    const char = text[at] as string
    const doubled = char === "'" && text[at + 1] === "'"
    const mark = doubled ? "''" : char
    const straight = mark === '"' || mark === "''"
    if (!straight && !OPENING.has(mark) && !CLOSING.has(mark)) continue
    if (open && (CLOSING.has(mark) || (straight && open.mark === mark) || (mark === '"' && OPENING.has(open.mark) && closesWord(text, at)))) {
      if (at > open.at) spans.push({ from: open.at, to: at, closed: true })
      open = null
    } else if (!open && (OPENING.has(mark) || straight)) {
      open = { at: at + mark.length, mark }
    } else if (!open && CLOSING.has(mark)) {
      // A closing mark with none open: the quotation began before this paragraph's text did.
      if (at > 0) spans.push({ from: 0, to: at, closed: true })
    } else if (open && OPENING.has(mark)) {
      // A new opening mark before the last one closed: the writer dropped a closing mark.
      if (at > open.at) spans.push({ from: open.at, to: at, closed: false })
      open = { at: at + 1, mark }
    }
    if (doubled) at += 1
  }
  if (open && text.length > open.at) spans.push({ from: open.at, to: text.length, closed: false })
  return spans.map(trimSpan(text)).filter((span) => span.to > span.from)
}

/**
 * '“… the FBI," Roe said': a straight mark right after a word and before a
 * space, punctuation or the end faces back, so it closes a quotation a curly
 * mark opened (copy mixes the two where a desk edited a wire story).
 */
function closesWord(text: string, at: number): boolean {
  const facesBack = /[^\s“„]/u.test(text[at - 1] ?? ' ') && /^(?:\s|[.,;:!?)—–-]|$)/u.test(text.slice(at + 1, at + 2))
  // A curly closing mark still to come, before the next opening one, is this quotation's own: the straight one is nested.
  const rest = text.slice(at + 1)
  const nextOpening = rest.search(/[“„]/u)
  return facesBack && !(nextOpening === -1 ? rest : rest.slice(0, nextOpening)).includes('”')
}

function trimSpan(text: string) {
  return (span: QuotedSpan): QuotedSpan => {
    let { from, to } = span
    while (from < to && /\s/.test(text[from] as string)) from += 1
    while (to > from && /\s/.test(text[to - 1] as string)) to -= 1
    return { ...span, from, to }
  }
}
