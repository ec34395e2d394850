import type { Nodes, Paragraph, Root, RootContent } from 'mdast'
import rehypeParse from 'rehype-parse'
import rehypeRemark from 'rehype-remark'
import { unified } from 'unified'

/** A block of an article's HTML, as plain text with what the markup said about it. */
export interface HtmlBlock {
  kind: 'paragraph' | 'heading'
  /** Heading level; 0 for paragraphs. */
  depth: number
  text: string
  /** The block is one link and nothing else: a related-story link, not text. */
  isOnlyLink: boolean
  /** The block is all bold or italic: how some sites set subheads. */
  isAllEmphasis: boolean
}

const htmlToMarkdownTree = unified().use(rehypeParse, { fragment: true }).use(rehypeRemark)

/**
 * The text blocks of an article's HTML, in reading order: paragraphs,
 * headings, and the paragraphs inside block quotes and list items. Images,
 * tables, code and rules are not article text. Text keeps its words; runs of
 * spaces and line breaks become one space.
 */
export function htmlBlocksOf(html: string): HtmlBlock[] {
  const tree = htmlToMarkdownTree.runSync(htmlToMarkdownTree.parse(html)) as Root
  return tree.children.flatMap(blocksOf)
}

function blocksOf(node: RootContent): HtmlBlock[] {
  switch (node.type) {
    case 'heading':
      return textBlock('heading', node.depth, plainText(node), false, false)
    case 'paragraph':
      return textBlock('paragraph', 0, plainText(node), isOnlyLink(node), isAllEmphasis(node))
    case 'blockquote':
    case 'list':
    case 'listItem':
      return node.children.flatMap(blocksOf)
    default:
      return []
  }
}

function textBlock(kind: HtmlBlock['kind'], depth: number, text: string, isOnlyLinkBlock: boolean, isAllEmphasisBlock: boolean): HtmlBlock[] {
  const normalised = text.replace(/[ \t\r\n]+/g, ' ').trim()
  if (normalised === '') return []
  return [{ kind, depth, text: normalised, isOnlyLink: isOnlyLinkBlock, isAllEmphasis: isAllEmphasisBlock }]
}

/* A line break is a space between words, which mdast-util-to-string would drop. */
function plainText(node: Nodes): string {
  if (node.type === 'break') return ' '
  // Comments come through as `html` nodes; their text was never shown.
  if (node.type === 'image' || node.type === 'imageReference' || node.type === 'html') return ''
  if ('value' in node && typeof node.value === 'string') return node.value
  if ('children' in node) return node.children.map((child: Nodes) => plainText(child)).join('')
  return ''
}

function meaningfulChildren(paragraph: Paragraph) {
  return paragraph.children.filter((child) => !(child.type === 'text' && child.value.trim() === '') && child.type !== 'break')
}

function isOnlyLink(paragraph: Paragraph): boolean {
  const children = meaningfulChildren(paragraph)
  return children.length === 1 && children[0]?.type === 'link'
}

function isAllEmphasis(paragraph: Paragraph): boolean {
  const children = meaningfulChildren(paragraph)
  return children.length > 0 && children.every((child) => child.type === 'strong' || child.type === 'emphasis')
}
