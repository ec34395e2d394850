/**
 * `briefdeck import`: turn a raw web-page paste or a saved HTML page into
 * source markdown. The CLI reads the file's bytes, then calls
 * `decodeInput` → `importArticle` → `writeImported` (in write.ts); everything
 * here is pure.
 */
import { lineOfBinaryCharacter, notTextError } from './decode.ts'
import { looksLikeHtml } from './detect.ts'
import { articleFromHtml } from './html.ts'
import { emptyFileError } from './import-errors.ts'
import { articleFromPaste } from './paste.ts'
import { toSourceMarkdown } from './to-markdown.ts'

export { decodeInput } from './decode.ts'
export { ImportError } from './errors.ts'
export type { BodyBlock, ImportedArticle, Photo } from './types.ts'
export { articleFromHtml } from './html.ts'
export { articleFromPaste } from './paste.ts'
export { toSourceMarkdown } from './to-markdown.ts'

/**
 * Import one input file's text as source markdown (frontmatter, `# Title`,
 * paragraphs and `##` subheads).
 *
 * HTML is told from a paste by its content (see `looksLikeHtml`), not only
 * its extension. `fileName` is used in error messages only.
 *
 * Throws `ImportError` for an empty file, binary content, or a page with no
 * article text or no title.
 */
export function importArticle(input: { text: string; fileName: string }): string {
  const { fileName } = input
  const text = input.text.replace(/^\uFEFF/, '')
  if (text.trim() === '') throw emptyFileError(fileName)
  const binaryLine = lineOfBinaryCharacter(text)
  if (binaryLine !== undefined) throw notTextError(fileName, binaryLine)
  const article = looksLikeHtml(text, fileName) ? articleFromHtml(text, fileName) : articleFromPaste(text, fileName)
  return toSourceMarkdown(article)
}
