import { mergeBylines, parseByline, type Byline } from './byline.ts'
import { endsLikeSentence, isHeadlineShaped, wordsOf } from './line-shape.ts'
import { isContent, type PageLine } from './page-lines.ts'

/** What the lines above the body say: title, dek and byline. */
export interface Header {
  title?: PageLine
  dek?: PageLine
  byline: Byline
}

/**
 * Read the lines above the body, leaving out `excluded` ones (captions).
 *
 * Byline and date lines are read wherever they are. The title and dek are
 * the last headline-shaped lines above the first byline or date that follows
 * one ("Title / Dek / By ..."), else above the body: menus and section labels
 * come first on a page, the title nearest the article. Two such lines
 * straight after each other are title and dek when the second is the longer
 * or ends like a sentence, as deks do; otherwise the nearer one is the title.
 */
export function readHeader(lines: readonly PageLine[], excluded: ReadonlySet<PageLine>): Header {
  const content = lines.filter((line) => isContent(line) && !excluded.has(line))
  const headlineShaped = content.filter(
    (line) => (line.class.kind === 'short' || line.class.kind === 'prose') && isHeadlineShaped(line.text),
  )
  const bylineLines = namedBylines(content, headlineShaped)
  const candidates = headlineShaped.filter((line) => !bylineLines.has(line))
  const markers = content.filter((line) => line.class.kind === 'byline' || line.class.kind === 'date' || bylineLines.has(line))
  const firstMarkerAfterCandidate = markers.find((marker) => candidates.some((line) => line.number < marker.number))
  const aboveMarker =
    firstMarkerAfterCandidate === undefined
      ? candidates
      : candidates.filter((line) => line.number < firstMarkerAfterCandidate.number)
  const { title, dek } = titleAndDek(aboveMarker, content)
  return {
    ...(title === undefined ? {} : { title }),
    ...(dek === undefined ? {} : { dek }),
    byline: mergedByline(content, bylineLines),
  }
}

/*
 * "A in Lisbon" or "A, Europe correspondent" with no "By": taken as a
 * byline only straight above a date line and below some headline, where
 * sites that drop the "By" put the name.
 */
function namedBylines(content: readonly PageLine[], headlineShaped: readonly PageLine[]): Set<PageLine> {
  const found = new Set<PageLine>()
  for (const [index, line] of content.entries()) {
    const next = content[index + 1]
    if (line.class.kind !== 'short' || next?.class.kind !== 'date') continue
    if (!headlineShaped.some((headline) => headline.number < line.number)) continue
    if (parseByline(line.text, { requireBy: false })?.author !== undefined) found.add(line)
  }
  return found
}

function titleAndDek(candidates: readonly PageLine[], content: readonly PageLine[]): { title?: PageLine; dek?: PageLine } {
  const last = candidates.at(-1)
  const previous = candidates.at(-2)
  if (last === undefined) return fallbackTitle(content)
  if (previous === undefined || !areNeighbours(previous, last, content)) return { title: last }
  const lastIsDek = last.text.length >= previous.text.length || endsLikeSentence(last.text)
  return lastIsDek ? { title: previous, dek: last } : { title: last }
}

/*
 * A title-case headline of three or four words ("Talks Collapse Again") is
 * not headline-shaped; with nothing better, the last line of two or more
 * words above the body will do.
 */
function fallbackTitle(content: readonly PageLine[]): { title?: PageLine } {
  const title = content.filter((line) => line.class.kind === 'short' && wordsOf(line.text).length >= 2).at(-1)
  return title === undefined ? {} : { title }
}

/* No other content line between the two. */
function areNeighbours(first: PageLine, second: PageLine, content: readonly PageLine[]): boolean {
  return !content.some((line) => line.number > first.number && line.number < second.number)
}

/* The byline fields from every byline and date line above the body, merged in page order. */
function mergedByline(content: readonly PageLine[], namedLines: ReadonlySet<PageLine>): Byline {
  let merged: Byline = {}
  for (const line of content) {
    const byline: Byline | undefined =
      line.class.kind === 'byline'
        ? line.class.byline
        : line.class.kind === 'date'
          ? { date: line.class.date }
          : namedLines.has(line)
            ? parseByline(line.text, { requireBy: false })
            : undefined
    if (byline !== undefined) merged = mergeBylines(merged, byline)
  }
  return merged
}
