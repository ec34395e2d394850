import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import { mergeBylines, normalNameCase, parseByline, type Byline } from './byline.ts'
import { creditOfCreditLine, splitCaption } from './caption.ts'
import { isoDateOfTimestamp, publicationDateIn } from './dates.ts'
import { htmlBlocksOf } from './html-blocks.ts'
import { readHtmlBody } from './html-body.ts'
import { pageMetadataOf, type PageMetadata } from './html-meta.ts'
import { noArticleError, noTitleError } from './import-errors.ts'
import type { ImportedArticle, Photo } from './types.ts'

/* Below this much running text, what Readability found is a teaser or a link list. */
const MIN_ARTICLE_CHARACTERS = 280

/*
 * Media and embeds are not text; figures are read for the lead photo's
 * caption before they go.
 */
const NON_TEXT_ELEMENTS = 'figure, figcaption, picture, img, video, audio, iframe, svg, canvas, noscript, script, style'
/* Class names sites give the credit inside a caption. */
const CREDIT_CLASS = /credit|copyright|source|byline|photographer|attribution/i

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

  const title = titleOf(metadata, readable.title ?? undefined)
  if (title === undefined) throw noTitleError(fileName, undefined)
  const repeats = new Set([title, metadata.description ?? ''])
  const read = readHtmlBody(htmlBlocksOf(content.body.innerHTML), repeats)
  if (read.proseCharacters < MIN_ARTICLE_CHARACTERS) throw noArticleError(fileName)

  const pageByline = mergeBylines(bylineOf(bylineTextOf(page)), bylineOf(readable.byline ?? ''))
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
    body: read.body,
  }
}

/* Where a page keeps its article, for what Readability leaves out of the content. */
function articleContainerOf(page: Document): ParentNode | null {
  return page.querySelector('article') ?? page.querySelector('main') ?? page.body
}

/* linkedom's document, typed as the DOM one Readability expects. */
function domOf(html: string): Document {
  return parseHTML(html).document as unknown as Document
}

/* og:title, minus a " | Site" tail some sites add; else Readability's cleaned <title>. */
function titleOf(metadata: PageMetadata, readableTitle: string | undefined): string | undefined {
  const raw = metadata.title ?? readableTitle
  if (raw === undefined || raw.trim() === '') return undefined
  const siteName = metadata.siteName
  if (siteName === undefined) return raw.trim()
  const suffix = new RegExp(`\\s+[|\\-–—:·]\\s+${escapeRegExp(siteName)}\\s*$`, 'i')
  return raw.replace(suffix, '').trim()
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

/* "A", "A and B", "A, B and C", in normal case. */
function authorOf(names: readonly string[]): string | undefined {
  const people = names.map((name) => normalNameCase(name.replace(/^by\s+/i, '').trim()))
  if (people.length === 0) return undefined
  if (people.length === 1) return people[0]
  return `${people.slice(0, -1).join(', ')} and ${people.at(-1)}`
}

/*
 * The page's own byline element, which Readability leaves out of the content
 * and reports only as a name: its full text also says where the author
 * filed from ("By A in Rome").
 */
function bylineTextOf(page: Document): string {
  const element = page.querySelector('[class*="byline"]') ?? page.querySelector('[itemprop="author"]') ?? page.querySelector('[rel="author"]')
  return element === null ? '' : textOf(element)
}

/*
 * Pages without date tags still print the date, in an element whose class
 * says so ("dateline", "published", "post-date").
 */
const DATE_CLASS = /date|time|published|posted|stamp/i

function datelineDateOf(page: Document): string | undefined {
  const container = articleContainerOf(page)
  const dated = Array.from(container?.querySelectorAll('[class]') ?? []).filter((element) =>
    DATE_CLASS.test(element.getAttribute('class') ?? ''),
  )
  return dated.map((element) => publicationDateIn(textOf(element))?.date).find((date) => date !== undefined)
}

/*
 * "Headline - Site": without a site-name tag, the <title> names the site
 * after the headline.
 */
function siteNameInTitle(page: Document, title: string): string | undefined {
  const pageTitle = (page.querySelector('title')?.textContent ?? '').replace(/\s+/g, ' ').trim()
  if (!pageTitle.startsWith(title)) return undefined
  const rest = /^\s+[|\-–—:·]\s+(.+)$/.exec(pageTitle.slice(title.length))?.[1]?.trim()
  return rest === undefined || rest === '' ? undefined : rest
}

/* A byline line ("By A in B") or a bare name. */
function bylineOf(text: string): Byline {
  const line = text.replace(/\s+/g, ' ').trim()
  if (line === '') return {}
  return parseByline(line) ?? parseByline(line, { requireBy: false }) ?? {}
}

/*
 * The first figure caption (or element classed as a caption) in the
 * article's content, else in the page's <article>, <main> or body: Readability
 * often leaves the lead photo out. Its credit is the element the
 * site marks as one, else the credit at the end of the caption's text.
 */
function leadPhotoOf(container: ParentNode | null): Photo | undefined {
  const figcaption = container?.querySelector('figcaption, [class*="caption"]') ?? null
  if (figcaption === null) return undefined
  const text = textOf(figcaption)
  if (text === '') return undefined
  const creditElement = Array.from(figcaption.querySelectorAll('*')).find((element) =>
    CREDIT_CLASS.test(element.getAttribute('class') ?? ''),
  )
  if (creditElement !== undefined) {
    const creditText = textOf(creditElement)
    const caption = text.replace(creditText, '').trim()
    const credit = creditOfCreditLine(creditText) ?? creditText
    if (caption === '') return undefined
    return credit === '' ? { caption } : { caption, credit }
  }
  return splitCaption(text) ?? { caption: text }
}

function textOf(element: Element): string {
  return (element.textContent ?? '').replace(/\s+/g, ' ').trim()
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
