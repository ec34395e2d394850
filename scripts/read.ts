import type { Root, RootContent, Yaml } from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import { toString } from 'mdast-util-to-string'
import { unified } from 'unified'
import { parse as parseYaml, YAMLParseError } from 'yaml'
import { CORRECTIONS_KEY, isCalendarDate, noCorrections, readCorrections } from './analyse/corrections.ts'
import { InputError } from './errors.ts'
import type { Article, ArticleMeta, Furniture, FurnitureKind, Paragraph } from './types.ts'

const markdownParser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml'])

/**
 * Read a source article: YAML frontmatter for the metadata, `#` for the title,
 * `##` for subheads, and every other block of prose as a numbered paragraph.
 *
 * Throws `InputError` (naming `file` and the line) when the frontmatter is
 * malformed or the article has no paragraphs.
 */
export function readArticle(markdown: string, file: string): Article {
  const tree = markdownParser.parse(markdown) as Root
  const frontmatter = tree.children.find((node): node is Yaml => node.type === 'yaml')
  const fields = frontmatter ? parseFrontmatter(frontmatter, file) : {}

  let heading: string | null = null
  let subhead: string | null = null
  const paragraphs: Paragraph[] = []
  const furniture: Furniture[] = []
  // Set after a highlights label ("Key points"): the list that follows is the box, not the story.
  let inBox = false
  let lastImageAlt: string | null = null
  for (const node of tree.children) {
    const line = node.position?.start.line ?? 0
    const keep = (kind: FurnitureKind, text: string) => furniture.push({ kind, text, line, after: paragraphs.length })
    if (node.type === 'heading') {
      const text = normaliseSpace(toString(node))
      inBox = BOX_LABEL.test(text)
      if (inBox) {
        keep('key-points', text)
        continue
      }
      if (node.depth === 1 && heading === null) heading = text
      else subhead = text
      continue
    }
    const image = imageOf(node)
    if (image !== null) {
      keep('image', image)
      lastImageAlt = image
      continue
    }
    const text = proseOf(node)
    const previousImage = lastImageAlt
    lastImageAlt = null
    if (!text) continue
    if (inBox && node.type === 'list') {
      keep('key-points', text)
      continue
    }
    inBox = false
    if (BOX_LABEL.test(text)) {
      inBox = true
      keep('key-points', text)
      continue
    }
    const kind = furnitureKind(text, previousImage)
    if (kind) {
      keep(kind, text)
      continue
    }
    paragraphs.push({ n: paragraphs.length + 1, text, line, subhead })
  }
  const lede = paragraphs[0]
  // Read once the whole body is known: a city in capitals with no dash is told from an acronym by whether the story writes it again.
  const dateline = lede ? datelineOf(lede.text, paragraphs.map((paragraph) => paragraph.text).join('\n')) : null
  if (lede && dateline) lede.dateline = dateline

  const meta = metaOf(fields, heading, file)
  // A photo in the body stands in for a frontmatter photo: its caption (or alt text) and credit go to the sources slide.
  if (meta.photo === null) meta.photo = bodyPhoto(furniture)
  if (paragraphs.length === 0) {
    throw new InputError(`${file}: no paragraphs found. The article body must hold at least one paragraph of prose below the frontmatter.`, { file })
  }
  // The analyst's corrections of the reading: checked for shape here, against the reading later.
  // Most sources have no such block: their frontmatter is not parsed a second time for line numbers.
  const corrections = frontmatter && Object.hasOwn(fields, CORRECTIONS_KEY) ? readCorrections(frontmatter.value, frontmatter.position?.start.line ?? 1, file) : noCorrections()
  return furniture.length > 0 ? { file, meta, paragraphs, furniture, corrections } : { file, meta, paragraphs, corrections }
}

/**
 * Blocks around a news story that are not the story, by what they look like.
 * Each is kept with its place (`Article.furniture`) and never numbered as a ¶.
 * Examples are our own.
 */
const FURNITURE_PATTERNS: Array<{ kind: FurnitureKind; pattern: RegExp; maxWords: number }> = [
  // "Photo: Staff", "Picture: J. Doe/Harbour Daily", "Image credit: Agency"
  { kind: 'photo-credit', pattern: /^\(?(?:photo(?:graph)?s?|pictures?|images?|credit|video)(?:\s+credit)?\s*[:/]/i, maxWords: 20 },
  // "J. Doe/Getty Images", "(AP Photo/Lee Kim)"
  { kind: 'photo-credit', pattern: /(?:getty images|\bAP photo\b|\bAFP\b\/|\/\s*(?:reuters|afp|epa|shutterstock|alamy)\b)\)?\.?$/i, maxWords: 20 },
  // A caption that lost its image: "Pickets at the east gate on Monday. Photo: Lee Kim"
  { kind: 'caption', pattern: /[.!?]\s+(?:photo(?:graph)?|picture|image)\s*:\s*[^.]{1,60}\.?\)?$/i, maxWords: 45 },
  // "(Reporting by Ann Berg; Editing by Lee Kim)", "Additional reporting by …", "Writing by …"
  { kind: 'credit', pattern: /^\(?(?:additional\s+|further\s+)?(?:reporting|writing|editing|compiled|contributing|research|translation|additional reporting)\s+by\b/i, maxWords: 60 },
  // "The Wire Service contributed to this report.", "Lee Kim contributed reporting."
  { kind: 'credit', pattern: /\bcontributed\s+(?:reporting|to\s+this\s+(?:report|story|article))\b[^.]*\.?\)?$/i, maxWords: 25 },
  // "Read more: Dockers vote to strike", "Related: …", "See also …", "READ MORE"
  { kind: 'read-more', pattern: /^(?:read more|read also|also read|more on this story|related(?: stories| coverage)?|see also)\b[:\s]?/i, maxWords: 25 },
]

/** A label that opens a highlights box: "Key points", "Highlights:", "At a glance". */
const BOX_LABEL = /^(?:key (?:points|facts|takeaways)|highlights|at a glance|the facts|what we know|in brief|story highlights)\s*:?$/i

/** Whether a block is furniture, and which; `afterImage` is the alt text of an image just before it. */
export function furnitureKind(text: string, afterImage: string | null = null): FurnitureKind | null {
  const words = text.split(/\s+/).length
  for (const entry of FURNITURE_PATTERNS) if (words <= entry.maxWords && entry.pattern.test(text)) return entry.kind
  if (afterImage !== null && isCaptionOf(text, afterImage)) return 'caption'
  return null
}

/**
 * A block right after an image is its caption when it says so (a trailing credit
 * "… Photo: Staff") or repeats most of the alt text's words; a lede after a
 * photo does neither.
 */
function isCaptionOf(text: string, alt: string): boolean {
  if (/(?:\b(?:photo(?:graph)?|picture|image|credit)\s*:\s*[^.]{1,60}\.?|\((?:photo|file photo)[^)]*\))$/i.test(text)) return true
  const altWords = contentWords(alt)
  if (altWords.size < 2) return false
  const shared = [...contentWords(text)].filter((word) => altWords.has(word)).length
  return shared / altWords.size >= 0.6 && text.split(/\s+/).length <= 60
}

function contentWords(text: string): Set<string> {
  return new Set(text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 3))
}

/**
 * The dateline or wire prefix a lede opens with: "MARAVEL —", "MARAVEL, Arlenia (Wire) —",
 * "(Wire) -". The city is written in capitals, the agency in brackets, then a dash.
 */
export function datelineOf(text: string, body: string = text): string | null {
  const dashed = /^(?:[A-Z][A-Z.'’-]*(?:\s+[A-Z][A-Z.'’-]*){0,3}(?:,\s+[A-Z][\p{L}.]+(?:\s+[A-Z][\p{L}.]+)?)?\s*(?:\([^()]{1,40}\))?|\([^()]{1,40}\))\s*[—–-]{1,2}\s+(?=\S)/u.exec(text)
  // A capitalised first word alone ("A —") is not a city.
  if (dashed) return /[A-Z]{2}|\(/.test(dashed[0]) ? dashed[0] : null
  const wire = UNDASHED_WIRE_PREFIX.exec(text)?.[0]
  if (wire) return wire
  const city = UNDASHED_CITY.exec(text)
  if (!city?.[1] || (city[1].match(/\p{Lu}/gu) ?? []).length < 4) return null
  // "NASA Administrator …": an acronym of the story comes back in capitals; a dateline's city is written in capitals once.
  const words = body.split(/[^\p{L}'’-]+/u)
  const again = city[1].split(/\s+/).some((word) => words.filter((other) => other === word).length > 1)
  return again ? null : city[0]
}

/**
 * A city in capitals with no dash, as sites print wire copy whose agency was
 * cut ("VESSBY Ostmark said on Monday …", "PORT ELLEN, Ark. The board …"): one
 * to three words in capitals, perhaps a state's abbreviation, then a capitalised word.
 */
const UNDASHED_CITY = /^([A-Z][A-Z'’-]+(?:\s[A-Z][A-Z'’-]+){0,2})(?:,\s[A-Z][a-z]{1,4}\.)?\s+(?=\p{Lu})/u

/**
 * Wire prefixes some sites print with no dash: the agency alone in brackets
 * ("(Harbour Wire) Talks resumed …"), or two or more cities in capitals joined
 * by slashes ("VESSBY/ORLAND Talks resumed …"). A lede never opens on a bracket,
 * and a slash between words in capitals before a capitalised word is a pair of
 * datelines, not an acronym of the story ("US/EU trade talks" goes on in lower case).
 */
const UNDASHED_WIRE_PREFIX = /^(?:\([^()]{1,40}\)|[A-Z][A-Z.'’-]+(?:\s[A-Z][A-Z.'’-]+)?(?:\/[A-Z][A-Z.'’-]+(?:\s[A-Z][A-Z.'’-]+)?)+)\s+(?=\p{Lu}\p{Ll})/u

/** The alt text of a block that holds only images (and the links around them). */
function imageOf(node: RootContent): string | null {
  if (node.type !== 'paragraph') return null
  const parts = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''))
  const images = parts.flatMap((child) => child.type === 'image' ? [child] : child.type === 'link' && child.children.every((inner) => inner.type === 'image') ? child.children : [null])
  if (images.length === 0 || images.some((image) => image === null || image.type !== 'image')) return null
  return normaliseSpace(images.map((image) => (image?.type === 'image' ? image.alt ?? '' : '')).join(' ')) || 'image'
}

function bodyPhoto(furniture: Furniture[]): ArticleMeta['photo'] {
  const image = furniture.find((item) => item.kind === 'image')
  if (!image) return null
  const next = furniture.filter((item) => item.line > image.line && item.after === image.after)
  const caption = next.find((item) => item.kind === 'caption')?.text ?? image.text
  const credit = next.find((item) => item.kind === 'photo-credit')?.text ?? caption.match(/\b(?:photo(?:graph)?|picture|image|credit)\s*:\s*([^.]{1,60})\.?$/i)?.[1] ?? null
  return { caption, credit }
}

/** Prose blocks become paragraphs; code, HTML and thematic breaks are not article text. */
function proseOf(node: RootContent): string | null {
  if (node.type === 'paragraph' || node.type === 'blockquote') return normaliseSpace(toString(node)) || null
  if (node.type === 'list') {
    const items = node.children.map((item) => normaliseSpace(toString(item))).filter(Boolean)
    return items.length > 0 ? items.join(' ') : null
  }
  return null
}

function normaliseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

function parseFrontmatter(node: Yaml, file: string): Record<string, unknown> {
  const offset = node.position?.start.line ?? 1
  try {
    const value: unknown = parseYaml(node.value)
    if (value === null || value === undefined) return {}
    if (typeof value !== 'object' || Array.isArray(value)) {
      throw new InputError(`${file}:${offset}: the frontmatter must be a YAML mapping (key: value lines).`, { file, line: offset })
    }
    return value as Record<string, unknown>
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const line = offset + (error.linePos?.[0].line ?? 0)
      // yaml counts lines from the start of the frontmatter; the prefix above gives the file's line.
      const reason = (error.message.split('\n')[0] ?? 'invalid YAML').replace(/\s+at line \d+, column \d+:?\s*$/, '').replace(/[.:]$/, '')
      throw new InputError(`${file}:${line}: malformed frontmatter: ${reason}. Fix the YAML between the two --- lines.`, { file, line })
    }
    if (error instanceof InputError) throw error
    // yaml throws plain errors too (an alias with no anchor: "title: *a"); they are still the input's fault.
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
    // No position from yaml here: point at the frontmatter's first line.
    throw new InputError(`${file}:${offset + 1}: malformed frontmatter: ${reason}. Fix the YAML between the two --- lines.`, { file, line: offset + 1 })
  }
}

function metaOf(fields: Record<string, unknown>, heading: string | null, file: string): ArticleMeta {
  const title = text(fields.title) ?? heading
  if (!title) {
    throw new InputError(`${file}: the article has no title. Add \`title:\` to the frontmatter or a \`# Title\` line.`, { file })
  }
  const rawDate = fields.date instanceof Date ? fields.date.toISOString().slice(0, 10) : text(fields.date)
  if (rawDate !== null && !isCalendarDate(rawDate)) {
    throw new InputError(`${file}: frontmatter date "${rawDate}" is not a calendar date. Write it as YYYY-MM-DD.`, { file })
  }
  return {
    title,
    dek: text(fields.dek),
    author: firstText(fields, ['author', 'byline', 'authors', 'by']),
    place: text(fields.place),
    outlet: firstText(fields, ['outlet', 'source', 'publication', 'publisher', 'site_name', 'site']),
    date: rawDate,
    contributors: (Array.isArray(fields.contributors) ? fields.contributors : [fields.contributors])
      .map(text)
      .filter((name): name is string => name !== null),
    photo: photoOf(fields.photo),
  }
}

function photoOf(value: unknown): ArticleMeta['photo'] {
  if (!value || typeof value !== 'object') return null
  const fields = value as Record<string, unknown>
  const caption = text(fields.caption)
  return caption ? { caption, credit: text(fields.credit) } : null
}

function text(value: unknown): string | null {
  if (typeof value === 'number') return String(value)
  if (typeof value !== 'string') return null
  const trimmed = normaliseSpace(value)
  return trimmed === '' ? null : trimmed
}

/** The first of several frontmatter names people use for one field ("outlet", "source", "publication"). */
function firstText(fields: Record<string, unknown>, names: string[]): string | null {
  for (const name of names) {
    const value = fields[name]
    const found = Array.isArray(value) ? value.map(text).filter(Boolean).join(', ') || null : text(value)
    if (found) return found
  }
  return null
}
