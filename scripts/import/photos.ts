import { endsLikeSentence } from './line-shape.ts'
import { isContent, type PageLine } from './page-lines.ts'
import type { Photo } from './types.ts'

/**
 * The photos in a run of lines, in page order, keyed by the line holding the
 * caption: a caption line ending with its credit ("... on Monday. A B/AGENCY"),
 * or a sentence with a credit line straight under it ("Photograph: A/Agency").
 * Both readers take the first as the article's photo and keep every caption
 * line out of the body.
 */
export function photosIn(lines: readonly PageLine[]): Map<PageLine, Photo> {
  const photos = new Map<PageLine, Photo>()
  const content = lines.filter(isContent)
  for (const [index, line] of content.entries()) {
    if (line.class.kind === 'caption') photos.set(line, line.class.photo)
    const above = content[index - 1]
    if (line.class.kind === 'credit' && above !== undefined && isCaptionText(above)) {
      photos.set(above, { caption: above.text, credit: line.class.credit })
    }
  }
  return photos
}

/* Captions are sentences; a headline above a credit line is not a caption. */
function isCaptionText(line: PageLine): boolean {
  return (line.class.kind === 'prose' || line.class.kind === 'short') && endsLikeSentence(line.text)
}
