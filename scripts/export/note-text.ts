/**
 * Speaker notes as clean text. Slidev keeps a slide's note as markdown; the
 * PowerPoint notes pane and the printed handout want what a presenter reads
 * aloud: no `**`, no `[link](url)` syntax, no HTML entities, no `[click]`
 * markers, one entry per paragraph or list item.
 */
import type { Nodes, Parent, PhrasingContent, RootContent } from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'

/** One paragraph of a note, or one list item (`marker` set, nested by `depth`). */
export interface NoteBlock {
  text: string
  /** `•` for a bullet, `3.` for an ordered item, null for a paragraph. */
  marker: string | null
  /** 0 for top-level paragraphs and items, 1 for an item in a nested list, … */
  depth: number
}

/** Slidev's click markers in notes (`[click]`, `[click:3]`), which it renders as highlights. */
const CLICK_MARKER = /\[click(?::\d+)?\]/gi

// GFM because Slidev's markdown-it renders tables, strike-through and bare URLs in notes too.
const parser = unified().use(remarkParse).use(remarkGfm)

/**
 * The blocks of a markdown note, in order. Empty or whitespace-only notes give
 * no blocks. Inline markup is dropped to its text; a link keeps its address in
 * parentheses when that differs from its text; raw HTML tags are removed.
 */
export function noteBlocks(markdown: string | undefined): NoteBlock[] {
  if (markdown === undefined || markdown.trim() === '') return []
  const tree = parser.parse(markdown.replace(CLICK_MARKER, ''))
  return blocks(tree.children, 0).filter((block) => block.text !== '')
}

/** A note as plain text: one line per block, list items with their marker. */
export function noteText(markdown: string | undefined): string {
  return noteBlocks(markdown)
    .map((block) => '  '.repeat(block.depth) + (block.marker === null ? block.text : `${block.marker} ${block.text}`))
    .join('\n')
}

function blocks(nodes: RootContent[], depth: number): NoteBlock[] {
  return nodes.flatMap((node) => block(node, depth))
}

function block(node: RootContent, depth: number): NoteBlock[] {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
      return [paragraph(inline(node.children))]
    case 'code':
      return [paragraph(node.value)]
    case 'html':
      return [paragraph(stripTags(node.value))]
    case 'blockquote':
      return blocks(node.children, depth)
    case 'table':
      return node.children.map((row) => paragraph(row.children.map((cell) => inline(cell.children)).join(' | ')))
    case 'list':
      return node.children.flatMap((item, index) => {
        const marker = node.ordered ? `${(node.start ?? 1) + index}.` : '•'
        const own = item.children.filter((child) => child.type !== 'list')
        const nested = item.children.filter((child) => child.type === 'list')
        const text = blocks(own, depth).map((b) => b.text).join(' ')
        return [{ text: collapse(text), marker, depth }, ...blocks(nested, depth + 1)]
      })
    default:
      return 'children' in node ? blocks((node as Parent).children as RootContent[], depth) : []
  }
}

function paragraph(text: string): NoteBlock {
  return { text: collapse(text), marker: null, depth: 0 }
}

function inline(nodes: PhrasingContent[]): string {
  return nodes.map(phrasing).join('')
}

function phrasing(node: PhrasingContent): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value
    case 'html':
      return stripTags(node.value)
    case 'break':
      return ' '
    case 'image':
      return node.alt ?? ''
    case 'link': {
      const text = inline(node.children)
      return text === '' || sameAddress(text, node.url) ? node.url : `${text} (${node.url})`
    }
    case 'footnoteReference':
    case 'imageReference':
      return ''
    default:
      return 'children' in node ? inline((node as Nodes & { children: PhrasingContent[] }).children) : ''
  }
}

function sameAddress(text: string, url: string): boolean {
  const bare = (s: string) => s.replace(/^(?:https?:\/\/|mailto:)/, '').replace(/\/$/, '')
  return bare(text) === bare(url)
}

function stripTags(html: string): string {
  return html.replace(/<!--[\s\S]*?-->/g, '').replace(/<[^>]*>/g, '')
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}
