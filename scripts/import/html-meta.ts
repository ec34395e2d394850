import { cleanAuthorNames } from './author-names.ts'
import { isoDateOfTimestamp } from './dates.ts'
import { linkedArticleOf } from './json-ld.ts'

/** What a page's head says about its article, before any text is read. */
export interface PageMetadata {
  title?: string
  description?: string
  /** People only, cleaned of labels, roles and outlets (see `cleanAuthorName`). */
  authors: string[]
  siteName?: string
  /** The publisher JSON-LD names, which may differ from the site's name. */
  publisher?: string
  /** YYYY-MM-DD */
  date?: string
}

/*
 * Where each field is looked for, first found wins: Open Graph (what sites
 * fill for link previews, so it is the most often right), then the older
 * and vendor names for the same thing. The title's JSON-LD headline comes
 * after the first two (Open Graph and Twitter) and before Dublin Core.
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
 * Read the article's metadata from every source a page's markup offers:
 * its `<meta>` tags (each under every one of its `property`, `name` and
 * `itemprop` keys, case-insensitive), then its JSON-LD (see
 * `linkedArticleOf`), then the `<time>` element marked as the publication
 * date or else the first `<time datetime>`. Authors are the first source's
 * that names a person; a field naming the outlet is not an author.
 */
export function pageMetadataOf(document: ParentNode): PageMetadata {
  const metaValues = new Map<string, string[]>()
  for (const tag of Array.from(document.querySelectorAll('meta'))) {
    const value = (tag.getAttribute('content') ?? '').replace(/\s+/g, ' ').trim()
    if (value === '') continue
    const keys = new Set(['property', 'name', 'itemprop'].map((attribute) => (tag.getAttribute(attribute) ?? '').trim().toLowerCase()))
    for (const key of keys) if (key !== '') metaValues.set(key, [...(metaValues.get(key) ?? []), value])
  }
  const first = (keys: readonly string[]) => keys.map((key) => metaValues.get(key)?.[0]).find((value) => value !== undefined)
  const linked = linkedArticleOf(document)
  const siteName = first(SITE_NAME_KEYS) ?? linked?.publisher
  const outlets = [siteName, linked?.publisher].filter((name): name is string => name !== undefined)
  const authorSources = [...AUTHOR_KEYS.map((key) => metaValues.get(key) ?? []), linked?.authors ?? []]
  const authors = authorSources.map((names) => cleanAuthorNames(names, outlets)).find((names) => names.length > 0) ?? []
  const timestamp =
    first(DATE_KEYS) ??
    linked?.datePublished ??
    document.querySelector('time[itemprop="datePublished" i][datetime]')?.getAttribute('datetime') ??
    document.querySelector('time[datetime]')?.getAttribute('datetime') ??
    undefined
  const date = timestamp === undefined ? undefined : isoDateOfTimestamp(timestamp)
  const title = first(TITLE_KEYS.slice(0, 2)) ?? linked?.headline ?? first(TITLE_KEYS.slice(2))
  const description = first(DESCRIPTION_KEYS)
  return {
    ...(title === undefined ? {} : { title }),
    ...(description === undefined ? {} : { description }),
    authors,
    ...(siteName === undefined ? {} : { siteName }),
    ...(linked?.publisher === undefined ? {} : { publisher: linked.publisher }),
    ...(date === undefined ? {} : { date }),
  }
}
