import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import { withoutAuthorBox } from './author-box.ts'
import { cleanAuthorName } from './author-names.ts'
import { mergeBylines, parseByline, type Byline } from './byline.ts'
import { isoDateOfTimestamp } from './dates.ts'
import { htmlBlocksOf } from './html-blocks.ts'
import { readHtmlBody } from './html-body.ts'
import { pageMetadataOf, type PageMetadata } from './html-meta.ts'
import { articleContainerOf, bylineTextOf, datelineDateOf, headlineOf, leadPhotoOf, siteNameInTitle } from './html-page.ts'
import { tablesAsText } from './html-tables.ts'
import { noArticleError, pageWithoutTitleError } from './import-errors.ts'
import type { ImportedArticle } from './types.ts'

/*
 * Media and embeds are not text; figures are read for the lead photo's
 * caption before they go.
 */
const NON_TEXT_ELEMENTS = 'figure, figcaption, picture, img, video, audio, iframe, svg, canvas, noscript, script, style'

/**
 * Read a saved HTML page into an article.
 *
 * Readability (on linkedom) finds the article's content; rehype-remark turns
 * it into blocks of text, which go through the same line rules as pastes
 * (see `readHtmlBody`). Title, dek, author, outlet and date come from the
 * page's meta tags first (og:title, og:description, author,
 * og:site_name, article:published_time), then from what Readability and the
 * article's own byline line say. The place comes from the byline line.
 *
 * Throws `ImportError` when the page holds no article or no title.
 */
export function articleFromHtml(html: string, fileName: string): ImportedArticle {
  // Readability rewrites the document it reads, so it gets a copy of its own.
  const page = domOf(html)
  const metadata = pageMetadataOf(page)
  const readable = new Readability(domOf(html), { keepClasses: true }).parse()
  if (readable === null || typeof readable.content !== 'string') throw noArticleError(fileName)

  const content = domOf(`<!doctype html><html><body>${readable.content}</body></html>`)
  const photo = leadPhotoOf(content) ?? leadPhotoOf(articleContainerOf(page))
  for (const element of Array.from(content.querySelectorAll(NON_TEXT_ELEMENTS))) element.remove()
  tablesAsText(content)

  const title = titleOf(metadata, readable.title ?? undefined, headlineOf(page))
  if (title === undefined) throw pageWithoutTitleError(fileName)
  // The description is not dropped as a repeat: sites often fill it with the first paragraph, which stays body text.
  const read = readHtmlBody(htmlBlocksOf(content.body.innerHTML), new Set([title]), metadata.description)
  if (!read.isArticle) throw noArticleError(fileName)

  const outlets = [metadata.siteName, metadata.publisher, readable.siteName ?? undefined].filter((name): name is string => name !== undefined)
  const pageByline = mergeBylines(bylineOf(bylineTextOf(page), outlets), bylineOf(readable.byline ?? '', outlets))
  const author = authorOf(metadata.authors) ?? pageByline.author ?? read.byline.author
  const place = pageByline.place ?? read.byline.place
  const outlet =
    metadata.siteName ?? readable.siteName ?? siteNameInTitle(page, title) ?? pageByline.outlet ?? read.byline.outlet
  const date =
    metadata.date ??
    (readable.publishedTime ? isoDateOfTimestamp(readable.publishedTime) : undefined) ??
    datelineDateOf(page) ??
    read.byline.date?.date
  const firstParagraph = read.body.find((block) => block.kind === 'paragraph')?.text ?? ''
  const dek = dekOf(metadata.description, title, firstParagraph)
  const leadPhoto = photo ?? read.photo
  return {
    title,
    ...(dek === undefined ? {} : { dek }),
    ...(author === undefined ? {} : { author }),
    ...(place === undefined ? {} : { place }),
    ...(outlet === undefined || outlet === '' ? {} : { outlet }),
    ...(date === undefined ? {} : { date }),
    ...(read.contributors.length === 0 ? {} : { contributors: read.contributors }),
    ...(leadPhoto === undefined ? {} : { photo: leadPhoto }),
    body: withoutAuthorBox(read.body, author),
  }
}

/* linkedom's document, typed as the DOM one Readability expects. */
function domOf(html: string): Document {
  return parseHTML(html).document as unknown as Document
}

/*
 * The headline the page shows (its <h1>) when it mostly says what og:title
 * says: og:title is written for link previews and is often shortened or
 * keyword-stuffed, while the <h1> is what the reader saw. Otherwise og:title
 * (or the JSON-LD headline), minus a " | Site" tail some sites add; else
 * Readability's cleaned <title>.
 */
function titleOf(metadata: PageMetadata, readableTitle: string | undefined, headline: string | undefined): string | undefined {
  const raw = metadata.title ?? readableTitle
  if (raw === undefined || raw.trim() === '') return headline
  const outlets = [metadata.siteName, metadata.publisher].filter((name): name is string => name !== undefined)
  const title = outlets.reduce(
    (text, outlet) => text.replace(new RegExp(`\\s+[|\\-–—:·]\\s+${escapeRegExp(outlet)}\\s*$`, 'i'), ''),
    raw.trim(),
  ).trim()
  return headline !== undefined && mostlyMatch(headline, title) ? headline : title
}

/* Each title holds at least this share of the other's words. */
const MIN_SHARED_WORDS = 0.6

function mostlyMatch(first: string, second: string): boolean {
  const wordsIn = (text: string) => new Set(text.toLocaleLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])
  const a = wordsIn(first)
  const b = wordsIn(second)
  if (a.size === 0 || b.size === 0) return false
  const shared = [...a].filter((word) => b.has(word)).length
  return shared >= MIN_SHARED_WORDS * a.size && shared >= MIN_SHARED_WORDS * b.size
}

/*
 * The description is the dek unless it is a repeat of the title or only the
 * start of the first paragraph, which many sites fill it with (often cut off
 * with an ellipsis).
 */
function dekOf(description: string | undefined, title: string, firstParagraph: string): string | undefined {
  if (description === undefined || description === title) return undefined
  if (/(\.\.\.|…)$/.test(description) || firstParagraph.startsWith(description)) return undefined
  return description
}

/* "A", "A and B", "A, B and C" (the names are cleaned already). */
function authorOf(people: readonly string[]): string | undefined {
  if (people.length === 0) return undefined
  if (people.length === 1) return people[0]
  return `${people.slice(0, -1).join(', ')} and ${people.at(-1)}`
}

/*
 * A byline line ("By A in B") or a bare name; a line the byline reader
 * cannot take ("Analysis by A, Outlet Editor-at-large") still gives the
 * name. An author that is the outlet is none.
 */
function bylineOf(text: string, outlets: readonly string[]): Byline {
  const line = text.replace(/\s+/g, ' ').trim()
  if (line === '') return {}
  const labelled = /^(\p{L}+\s+)?by\s+\p{Lu}/iu.test(line) ? { author: line } : {}
  const { author, ...rest }: Byline = parseByline(line) ?? parseByline(line, { requireBy: false }) ?? labelled
  const person = author === undefined ? undefined : cleanAuthorName(author, outlets)
  return person === undefined ? rest : { author: person, ...rest }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
