import type { Heading, Paragraph, Root } from 'mdast'
import remarkStringify from 'remark-stringify'
import { unified } from 'unified'
import { Document, Scalar } from 'yaml'
import type { BodyBlock, ImportedArticle } from './types.ts'

const markdownWriter = unified().use(remarkStringify)

/**
 * Write an imported article as the source markdown the build reads: YAML
 * frontmatter (title, dek, author, place, outlet, date, contributors,
 * photo — absent fields left out), then `# Title` and the body, subheads as
 * `##`. remark escapes only what markdown would otherwise read as syntax,
 * so the text reads back word for word.
 */
export function toSourceMarkdown(article: ImportedArticle): string {
  const tree: Root = {
    type: 'root',
    children: [heading(1, article.title), ...article.body.map(blockNode)],
  }
  return `---\n${frontmatterOf(article)}---\n\n${markdownWriter.stringify(tree)}`
}

/*
 * Keys in a fixed order and no line folding, so the same article always
 * gives the same bytes. The title is always double-quoted: headlines are
 * the field most given to a leading quote, a colon or a word YAML reads as
 * something else.
 */
function frontmatterOf(article: ImportedArticle): string {
  const fields: Record<string, unknown> = { title: article.title }
  if (article.dek !== undefined) fields.dek = article.dek
  if (article.author !== undefined) fields.author = article.author
  if (article.place !== undefined) fields.place = article.place
  if (article.outlet !== undefined) fields.outlet = article.outlet
  if (article.date !== undefined) fields.date = article.date
  if (article.contributors !== undefined && article.contributors.length > 0) fields.contributors = article.contributors
  if (article.photo !== undefined) {
    fields.photo = article.photo.credit === undefined
      ? { caption: article.photo.caption }
      : { caption: article.photo.caption, credit: article.photo.credit }
  }
  const document = new Document(fields)
  const title = document.get('title', true)
  if (title instanceof Scalar) title.type = Scalar.QUOTE_DOUBLE
  return document.toString({ lineWidth: 0 })
}

function blockNode(block: BodyBlock): Heading | Paragraph {
  if (block.kind === 'subhead') return heading(2, block.text)
  return { type: 'paragraph', children: [{ type: 'text', value: block.text }] }
}

function heading(depth: 1 | 2, text: string): Heading {
  return { type: 'heading', depth, children: [{ type: 'text', value: text }] }
}
