import { isoDateOfTimestamp } from './dates.ts'

/** What a page's head says about its article, before any text is read. */
export interface PageMetadata {
  title?: string
  description?: string
  authors: string[]
  siteName?: string
  /** YYYY-MM-DD */
  date?: string
}

/*
 * Where each field is looked for, first found wins: Open Graph (what sites
 * fill for link previews, so it is the most often right), then the older
 * and vendor names for the same thing.
 */
const TITLE_KEYS = ['og:title', 'twitter:title', 'dc.title']
const DESCRIPTION_KEYS = ['og:description', 'description', 'twitter:description', 'dc.description']
const AUTHOR_KEYS = ['author', 'article:author', 'dc.creator', 'byl', 'sailthru.author', 'parsely-author']
const SITE_NAME_KEYS = ['og:site_name', 'application-name', 'publisher', 'dc.publisher']
const DATE_KEYS = [
  'article:published_time', 'datepublished', 'pubdate', 'publishdate', 'publish-date', 'date',
  'dc.date', 'dc.date.issued', 'sailthru.date', 'parsely-pub-date', 'og:published_time',
]

/**
 * Read the article's metadata from a page's `<meta>` tags (by `property`,
 * `name` or `itemprop`, case-insensitive), and the date from the first
 * `<time datetime>` when no tag gives one. Author tags holding a profile
 * address rather than a name are skipped.
 */
export function pageMetadataOf(document: ParentNode): PageMetadata {
  const metaValues = new Map<string, string[]>()
  for (const tag of Array.from(document.querySelectorAll('meta'))) {
    const key = (tag.getAttribute('property') ?? tag.getAttribute('name') ?? tag.getAttribute('itemprop') ?? '').trim().toLowerCase()
    const value = (tag.getAttribute('content') ?? '').replace(/\s+/g, ' ').trim()
    if (key === '' || value === '') continue
    metaValues.set(key, [...(metaValues.get(key) ?? []), value])
  }
  const first = (keys: readonly string[]) => keys.map((key) => metaValues.get(key)?.[0]).find((value) => value !== undefined)
  const authorKey = AUTHOR_KEYS.find((key) => (metaValues.get(key) ?? []).some(isName))
  const authors = authorKey === undefined ? [] : (metaValues.get(authorKey) ?? []).filter(isName)
  const timestamp = first(DATE_KEYS) ?? document.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined
  const date = timestamp === undefined ? undefined : isoDateOfTimestamp(timestamp)
  const title = first(TITLE_KEYS)
  const description = first(DESCRIPTION_KEYS)
  const siteName = first(SITE_NAME_KEYS)
  return {
    ...(title === undefined ? {} : { title }),
    ...(description === undefined ? {} : { description }),
    authors: [...new Set(authors)],
    ...(siteName === undefined ? {} : { siteName }),
    ...(date === undefined ? {} : { date }),
  }
}

/* `article:author` often holds a profile URL instead of a name. */
function isName(value: string): boolean {
  return !/^(https?:)?\/\//i.test(value) && /\p{L}/u.test(value)
}
