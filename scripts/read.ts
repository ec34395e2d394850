import type { Root, RootContent, Yaml } from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import { toString } from 'mdast-util-to-string'
import { unified } from 'unified'
import { parse as parseYaml, YAMLParseError } from 'yaml'
import { isCalendarDate, noCorrections, readCorrections } from './analyse/corrections.ts'
import { InputError } from './errors.ts'
import type { Article, ArticleMeta, Paragraph } from './types.ts'

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
  for (const node of tree.children) {
    if (node.type === 'heading') {
      const text = normaliseSpace(toString(node))
      if (node.depth === 1 && heading === null) heading = text
      else subhead = text
      continue
    }
    const text = proseOf(node)
    if (text) paragraphs.push({ n: paragraphs.length + 1, text, line: node.position?.start.line ?? 0, subhead })
  }

  const meta = metaOf(fields, heading, file)
  if (paragraphs.length === 0) {
    throw new InputError(`${file}: no paragraphs found. The article body must hold at least one paragraph of prose below the frontmatter.`, { file })
  }
  // The analyst's corrections of the reading: checked for shape here, against the reading later.
  const corrections = frontmatter ? readCorrections(frontmatter.value, frontmatter.position?.start.line ?? 1, file) : noCorrections()
  return { file, meta, paragraphs, corrections }
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
    author: text(fields.author),
    place: text(fields.place),
    outlet: text(fields.outlet),
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
