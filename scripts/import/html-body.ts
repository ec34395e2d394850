import { mergeBylines, type Byline } from './byline.ts'
import { classifyLine } from './classify-line.ts'
import type { HtmlBlock } from './html-blocks.ts'
import { endsLikeSentence, isArticleSized, isSubheadShaped, isUnstoppedSentence, textSizeOf } from './line-shape.ts'
import { withChromeBoxesDropped, type PageLine } from './page-lines.ts'
import { photosIn } from './photos.ts'
import { withStoryListsDropped } from './story-lists.ts'
import type { BodyBlock, Photo } from './types.ts'

/** What the HTML reader takes from the blocks Readability kept. */
export interface HtmlBody {
  body: BodyBlock[]
  contributors: string[]
  /** From byline and date lines set in the article's own text. */
  byline: Byline
  photo?: Photo
  /** Characters of running text, to tell an article from a page of links. */
  proseCharacters: number
  /** Whether that text is enough for an article (see `isArticleSized`). */
  isArticle: boolean
}

/**
 * Sort an article's HTML blocks into body text and the rest, with the same
 * line rules as pastes (chrome, link boxes, sign-up boxes, contributors,
 * captions, bylines, dates) and lists of other stories (see `withStoryListsDropped`). The markup decides the rest: headings are
 * subheads, a paragraph that is all bold and shaped like a subhead is one,
 * and a paragraph that is a single link is a related-story link. Text above
 * the first paragraph of prose that does not end like a sentence is a kicker
 * or a label, unless it is a long sentence that lost its full stop and does not end the page's `description`
 * (the dek); a block repeating one of `repeats` (the title) is dropped; the body ends at the
 * contributors line, and the article at the first end-of-article marker
 * after its text begins.
 */
export function readHtmlBody(blocks: readonly HtmlBlock[], repeats: ReadonlySet<string>, description = ''): HtmlBody {
  const lines = withStoryListsDropped(
    withChromeBoxesDropped(
      blocks.map((block, index): PageLine => ({
        number: index + 1,
        text: block.text,
        class: block.isOnlyLink ? { kind: 'link' } : classifyLine(block.text),
      })),
    ),
  )
  const end = lines.findIndex(
    (line, index) =>
      line.class.kind === 'chrome' && line.class.chrome === 'end' && lines.slice(0, index).some((before) => before.class.kind === 'prose'),
  )
  const article = end === -1 ? lines : lines.slice(0, end)
  const photos = photosIn(article)
  const result: HtmlBody = { body: [], contributors: [], byline: {}, proseCharacters: 0, isArticle: false }
  let proseParagraphs = 0
  let signedOff = false
  for (const [index, line] of article.entries()) {
    const block = blocks[index]
    if (block === undefined || photos.has(line) || repeats.has(line.text)) continue
    const lineClass = line.class
    if (lineClass.kind === 'contributors') {
      result.contributors.push(...lineClass.names)
      signedOff = true
    }
    if (lineClass.kind === 'byline') result.byline = mergeBylines(result.byline, lineClass.byline)
    if (lineClass.kind === 'date') result.byline = mergeBylines(result.byline, { date: lineClass.date })
    if (signedOff || (lineClass.kind !== 'prose' && lineClass.kind !== 'short')) continue
    if (lineClass.kind === 'prose') {
      result.proseCharacters += textSizeOf(line.text)
      proseParagraphs += 1
    }
    const beforeText = result.proseCharacters === 0
    if (beforeText && lineClass.kind === 'short' && !endsLikeSentence(line.text) && !(isUnstoppedSentence(line.text) && !description.endsWith(line.text))) continue
    result.body.push({ kind: isSubhead(block) ? 'subhead' : 'paragraph', text: line.text })
  }
  while (result.body.at(-1)?.kind === 'subhead') result.body.pop()
  result.contributors = [...new Set(result.contributors)]
  result.isArticle = isArticleSized(result.proseCharacters, proseParagraphs)
  const photo = [...photos.values()][0]
  if (photo !== undefined) result.photo = photo
  return result
}

function isSubhead(block: HtmlBlock): boolean {
  if (block.kind === 'heading') return true
  return block.isAllEmphasis && isSubheadShaped(block.text) && !endsLikeSentence(block.text)
}
