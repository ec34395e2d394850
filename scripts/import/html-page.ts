import { creditOfCreditLine, splitCaption } from './caption.ts'
import { publicationDateIn } from './dates.ts'
import type { Photo } from './types.ts'

/*
 * What the page around the article says, for what Readability leaves out of
 * the content it keeps: the lead photo, the byline line, the dateline, the
 * site's name in the <title>.
 */

/* Class names sites give the credit inside a caption. */
const CREDIT_CLASS = /credit|copyright|source|byline|photographer|attribution/i

/* Where a page keeps its article, for what Readability leaves out of the content. */
export function articleContainerOf(page: Document): ParentNode | null {
  return page.querySelector('article') ?? page.querySelector('main') ?? page.body
}

/*
 * The page's own byline element, which Readability leaves out of the content
 * and reports only as a name: its full text also says where the author
 * filed from ("By A in Rome").
 */
export function bylineTextOf(page: Document): string {
  const element = page.querySelector('[class*="byline"]') ?? page.querySelector('[itemprop="author"]') ?? page.querySelector('[rel="author"]')
  return element === null ? '' : textOf(element)
}

/** The article's visible headline: the first <h1> in its <article> or <main>, else on the page. */
export function headlineOf(page: Document): string | undefined {
  const container = page.querySelector('article') ?? page.querySelector('main')
  const heading = container?.querySelector('h1') ?? page.querySelector('h1')
  const text = heading === null || heading === undefined ? '' : textOf(heading)
  return text === '' ? undefined : text
}

/*
 * Pages without date tags still print the date, in an element whose class
 * says so ("dateline", "published", "post-date").
 */
const DATE_CLASS = /date|time|published|posted|stamp/i
/* A dateline is a line; a long element with a date in it is text that mentions one. */
const MAX_DATELINE_CHARS = 120

/** The publication date printed in the article's dateline element, if any. */
export function datelineDateOf(page: Document): string | undefined {
  const dated = Array.from(articleContainerOf(page)?.querySelectorAll('[class]') ?? []).filter((element) =>
    DATE_CLASS.test(element.getAttribute('class') ?? ''),
  )
  return dated
    .map((element) => textOf(element))
    .filter((text) => text.length <= MAX_DATELINE_CHARS)
    .map((text) => publicationDateIn(text)?.date)
    .find((date) => date !== undefined)
}

/*
 * "Headline - Site": without a site-name tag, the <title> names the site
 * after the headline.
 */
export function siteNameInTitle(page: Document, title: string): string | undefined {
  const pageTitle = (page.querySelector('title')?.textContent ?? '').replace(/\s+/g, ' ').trim()
  if (!pageTitle.startsWith(title)) return undefined
  const rest = /^\s+[|\-–—:·]\s+(.+)$/.exec(pageTitle.slice(title.length))?.[1]?.trim()
  return rest === undefined || rest === '' ? undefined : rest
}

/*
 * The first figure caption (or element classed as a caption) in the
 * article's content, else in the page's <article>, <main> or body: Readability
 * often leaves the lead photo out. Its credit is the element the
 * site marks as one, else the credit at the end of the caption's text.
 */
export function leadPhotoOf(container: ParentNode | null): Photo | undefined {
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
