import { endsLikeSentence, isArticleSized, textSizeOf } from './line-shape.ts'
import type { PageLine } from './page-lines.ts'

/** Where the article body lies in a paste: indices of its first and last lines. */
export interface BodySpan {
  start: number
  end: number
}

/*
 * Running text is interrupted by a subhead or a link here and there; more
 * short lines than this in a row mean the page has moved on (to a list of
 * headlines, a footer). Below the minimum size a run of text is a teaser or
 * a comment, not an article (see `isArticleSized`).
 */
const MAX_SHORT_LINES_BETWEEN_PARAGRAPHS = 2

interface Run {
  start: number
  end: number
  characters: number
  paragraphs: number
  /** Short lines seen since the run's last paragraph. */
  gap: number
}

/**
 * Find the article body: the run of prose lines with the most text, where a
 * run breaks at an end-of-article marker ("Comments", "Most read"), at the
 * contributors line, or at more than a couple of short lines in a row. Runs
 * after the first such marker that follows an article-sized run are not
 * considered: comment threads can be longer than the article. Byline and date lines just under a
 * first paragraph move the start past them (that paragraph was the dek).
 * Undefined when no run is long enough to be an article.
 */
export function bodySpanOf(lines: readonly PageLine[]): BodySpan | undefined {
  const runs: Run[] = []
  let current: Run | undefined
  for (const [index, line] of lines.entries()) {
    const kind = line.class.kind
    // The contributors line signs an article off, as an end marker ends the page's part for it.
    if ((kind === 'chrome' && line.class.chrome === 'end') || kind === 'contributors') {
      // Once an article-sized run has ended, what follows (comments, other stories) is not the article, however long.
      if (runs.some(isArticleRun)) break
      current = undefined
    } else if (kind === 'prose') {
      if (current === undefined || current.gap > MAX_SHORT_LINES_BETWEEN_PARAGRAPHS) {
        current = { start: index, end: index, characters: 0, paragraphs: 0, gap: 0 }
        runs.push(current)
      }
      current.end = index
      current.characters += textSizeOf(line.text)
      current.paragraphs += 1
      current.gap = 0
    } else if (current !== undefined && (kind === 'link' || (kind === 'short' && !endsLikeSentence(line.text)))) {
      current.gap += 1
    }
  }
  const longest = runs.reduce<Run | undefined>(
    (best, run) => (best === undefined || run.characters > best.characters ? run : best),
    undefined,
  )
  if (longest === undefined || !isArticleRun(longest)) return undefined
  return { start: startAfterHeaderLines(lines, longest), end: endAfterShortParagraphs(lines, longest.end) }
}

function isArticleRun(run: Run): boolean {
  return isArticleSized(run.characters, run.paragraphs)
}

/*
 * "Dek. / By A | date / First paragraph...": a byline or date line after the
 * first prose line of a run means that line belonged to the header.
 */
function startAfterHeaderLines(lines: readonly PageLine[], run: Run): number {
  let start = run.start
  let proseSeen = 0
  for (let index = run.start; index <= run.end; index += 1) {
    const kind = lines[index]?.class.kind
    if (kind === 'prose') {
      proseSeen += 1
      if (proseSeen > 1 && index > start) break
    }
    if ((kind === 'byline' || kind === 'date') && proseSeen <= 1) {
      const next = lines.findIndex((line, after) => after > index && line.class.kind === 'prose')
      if (next !== -1) {
        start = next
        proseSeen = 0
      }
    }
  }
  return start
}

/*
 * A last paragraph can be too short to count as prose ('"No," he said.');
 * short lines ending like sentences straight after the run still belong to it.
 */
function endAfterShortParagraphs(lines: readonly PageLine[], end: number): number {
  let last = end
  for (let index = end + 1; index < lines.length; index += 1) {
    const line = lines[index]
    if (line === undefined) break
    const kind = line.class.kind
    if (kind === 'blank' || (kind === 'chrome' && line.class.chrome !== 'end')) continue
    if (kind !== 'short' || !endsLikeSentence(line.text)) break
    last = index
  }
  return last
}
