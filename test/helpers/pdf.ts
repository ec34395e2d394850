/**
 * Reading PDFs in tests with Mozilla's PDF.js: how many pages, and the text of
 * each, whitespace collapsed so wrapping does not matter.
 */
import { readFile } from 'node:fs/promises'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

export interface PdfSummary {
  pages: number
  /** Text of each page, whitespace collapsed to single spaces. */
  text: string[]
  /** Document title from the PDF's metadata. */
  title: string | undefined
}

/** Page count, page texts and title of the PDF at `file`. */
export async function readPdf(file: string): Promise<PdfSummary> {
  const data = new Uint8Array(await readFile(file))
  const document = await getDocument({ data, useSystemFonts: false, isEvalSupported: false }).promise
  try {
    const text: string[] = []
    for (let n = 1; n <= document.numPages; n++) {
      const page = await document.getPage(n)
      const content = await page.getTextContent()
      const strings = content.items.map((item) => ('str' in item ? `${item.str}${item.hasEOL ? ' ' : ''}` : ''))
      text.push(collapse(strings.join('')))
    }
    const { info } = (await document.getMetadata()) as { info: { Title?: string } }
    return { pages: document.numPages, text, title: info.Title }
  } finally {
    await document.destroy()
  }
}

/** Whitespace collapsed to single spaces, trimmed: for comparing text across line wraps. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}
