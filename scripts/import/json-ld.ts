/**
 * What a page's JSON-LD (schema.org, in `<script type="application/ld+json">`)
 * says about its article. News sites fill it for search engines, often more
 * fully than their `<meta>` tags: the only place some state the date or the
 * author.
 */

/** The article's fields as the JSON-LD states them, names not yet cleaned. */
export interface LinkedArticle {
  headline?: string
  /** As written: an ISO timestamp, usually. */
  datePublished?: string
  /** People named as authors; organisations named as author are left out (they are publishers). */
  authors: string[]
  publisher?: string
}

/*
 * The schema.org types of a news or blog article (every subtype of Article
 * that sites use for a story), e.g. `"@type": ["NewsArticle", "ReportageNewsArticle"]`.
 */
const ARTICLE_TYPES = new Set([
  'article', 'newsarticle', 'reportagenewsarticle', 'analysisnewsarticle', 'opinionnewsarticle',
  'backgroundnewsarticle', 'reviewnewsarticle', 'askpublicnewsarticle', 'blogposting', 'liveblogposting',
  'socialmediaposting', 'report', 'scholarlyarticle', 'techarticle',
])
/* An author typed as one of these is the outlet, not a writer. */
const ORGANISATION_TYPES = new Set(['organization', 'newsmediaorganization', 'corporation', 'ngo'])

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type JsonObject = { [key: string]: Json }

/**
 * The first article in the page's JSON-LD blocks, looked for in arrays, in
 * `@graph` and under `mainEntity`; authors and publisher given by `@id`
 * reference are looked up among the nodes of the same block. A block that
 * does not parse is skipped. Undefined when no block describes an article.
 */
export function linkedArticleOf(document: ParentNode): LinkedArticle | undefined {
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json" i]'))) {
    const parsed = parsedJson(script.textContent ?? '')
    if (parsed === undefined) continue
    const nodes = nodesIn(parsed)
    const byId = new Map(nodes.flatMap((node) => (typeof node['@id'] === 'string' ? [[node['@id'], node] as const] : [])))
    const article = nodes.find((node) => typesOf(node).some((type) => ARTICLE_TYPES.has(type)))
    if (article !== undefined) return linkedArticle(article, byId)
  }
  return undefined
}

/* Sites wrap the JSON in HTML comments or CDATA markers, and leave stray control characters. */
function parsedJson(text: string): Json | undefined {
  const cleaned = text.replace(/^\s*(<!--|\/\/\s*<!\[CDATA\[)/, '').replace(/(-->|\/\/\s*\]\]>)\s*$/, '').replace(/[\u0000-\u001F]+/g, ' ')
  try {
    return JSON.parse(cleaned) as Json
  } catch {
    return undefined
  }
}

/* Every object at the top of a block, in arrays, in `@graph` and under `mainEntity`, in document order. */
function nodesIn(value: Json): JsonObject[] {
  if (Array.isArray(value)) return value.flatMap(nodesIn)
  if (value === null || typeof value !== 'object') return []
  const graph = value['@graph']
  const mainEntity = value['mainEntity']
  return [value, ...(graph === undefined ? [] : nodesIn(graph)), ...(mainEntity === undefined ? [] : nodesIn(mainEntity))]
}

function typesOf(node: JsonObject): string[] {
  const type = node['@type']
  const types = Array.isArray(type) ? type : [type]
  return types.flatMap((each) => (typeof each === 'string' ? [each.toLowerCase()] : []))
}

function linkedArticle(article: JsonObject, byId: ReadonlyMap<string, JsonObject>): LinkedArticle {
  const headline = textOf(article['headline']) ?? textOf(article['name'])
  const datePublished = textOf(article['datePublished']) ?? textOf(article['dateCreated'])
  const authorValue = article['author'] ?? article['creator'] ?? null
  const authors = (Array.isArray(authorValue) ? authorValue : [authorValue]).flatMap((author) => {
    const node = resolved(author, byId)
    if (node !== undefined && typesOf(node).some((type) => ORGANISATION_TYPES.has(type))) return []
    const name = typeof author === 'string' ? author : textOf(node?.['name'])
    return name === undefined ? [] : [name]
  })
  const publisherValue = article['publisher'] ?? null
  const publisherNode = resolved(Array.isArray(publisherValue) ? (publisherValue[0] ?? null) : publisherValue, byId)
  const publisher = typeof publisherValue === 'string' ? publisherValue : textOf(publisherNode?.['name'])
  return {
    ...(headline === undefined ? {} : { headline }),
    ...(datePublished === undefined ? {} : { datePublished }),
    authors,
    ...(publisher === undefined ? {} : { publisher }),
  }
}

/* An object, or the node an `{"@id": ...}` reference points to. */
function resolved(value: Json, byId: ReadonlyMap<string, JsonObject>): JsonObject | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined
  const id = value['@id']
  if (typeof id === 'string' && Object.keys(value).length === 1) return byId.get(id)
  return value
}

function textOf(value: Json | undefined): string | undefined {
  if (typeof value !== 'string') return undefined
  const text = value.replace(/\s+/g, ' ').trim()
  return text === '' ? undefined : text
}
