import { bodySpanOf } from './body-span.ts'
import { preferredDate, type StatedDate } from './dates.ts'
import { readHeader } from './header.ts'
import { isSubheadShaped } from './line-shape.ts'
import { pageLinesOf, type PageLine } from './page-lines.ts'
import { noArticleError, noTitleError } from './import-errors.ts'
import { photosIn } from './photos.ts'
import type { BodyBlock, ImportedArticle } from './types.ts'

/**
 * Read a select-all paste of a news page into an article.
 *
 * The body is the longest run of prose (see `bodySpanOf`); the title, dek and
 * byline come from the lines above it (see `readHeader`); the contributors
 * line and photo captions are taken from anywhere before the page's
 * end-of-article marker; everything else is site chrome and is dropped.
 * Paragraphs keep their words exactly as pasted.
 *
 * Throws `ImportError` when no article text or no title is found.
 */
export function articleFromPaste(text: string, fileName: string): ImportedArticle {
  const lines = pageLinesOf(text)
  const span = bodySpanOf(lines)
  if (span === undefined) throw noArticleError(fileName)
  const firstBodyLine = lines[span.start]
  const pageEnd = endOfArticle(lines, span.end)
  const article = lines.slice(0, pageEnd)
  const photos = photosIn(article)
  const captionLines = new Set(photos.keys())
  const header = readHeader(lines.slice(0, span.start), captionLines)
  if (header.title === undefined) throw noTitleError(fileName, firstBodyLine?.number)

  const trailer = lines.slice(span.end + 1, pageEnd)
  const contributors = [...new Set(article.flatMap((line) => (line.class.kind === 'contributors' ? line.class.names : [])))]
  const photo = [...photos.values()][0]
  const date = preferredDate(header.byline.date, trailer.map(dateOf).find((stated) => stated !== undefined))
  return {
    title: header.title.text,
    ...(header.dek === undefined ? {} : { dek: header.dek.text }),
    ...(header.byline.author === undefined ? {} : { author: header.byline.author }),
    ...(header.byline.place === undefined ? {} : { place: header.byline.place }),
    ...(header.byline.outlet === undefined ? {} : { outlet: header.byline.outlet }),
    ...(date === undefined ? {} : { date: date.date }),
    ...(contributors.length === 0 ? {} : { contributors }),
    ...(photo === undefined ? {} : { photo }),
    body: bodyBlocksOf(lines.slice(span.start, span.end + 1), captionLines),
  }
}

/* The index of the first end-of-article marker after the body, or the page's length. */
function endOfArticle(lines: readonly PageLine[], bodyEnd: number): number {
  const marker = lines.findIndex(
    (line, index) => index > bodyEnd && line.class.kind === 'chrome' && line.class.chrome === 'end',
  )
  return marker === -1 ? lines.length : marker
}

function dateOf(line: PageLine): StatedDate | undefined {
  if (line.class.kind === 'date') return line.class.date
  if (line.class.kind === 'byline') return line.class.byline.date
  return undefined
}

/*
 * Prose lines are paragraphs. A short line is a subhead when it is shaped
 * like one (see `isSubheadShaped`), otherwise a short paragraph. Captions,
 * credits, contributors, bylines, dates, links and chrome are not body text.
 */
function bodyBlocksOf(lines: readonly PageLine[], captionLines: ReadonlySet<PageLine>): BodyBlock[] {
  return lines.flatMap((line): BodyBlock[] => {
    if (captionLines.has(line)) return []
    if (line.class.kind === 'prose') return [{ kind: 'paragraph', text: line.text }]
    if (line.class.kind !== 'short') return []
    return [{ kind: isSubheadShaped(line.text) ? 'subhead' : 'paragraph', text: line.text }]
  })
}
