import { ImportError } from './errors.ts'

/*
 * Control characters no text editor or browser puts in a page: NUL and the
 * other C0 codes except tab, line feed, vertical tab, form feed and carriage
 * return. One of them means the file is an image, a PDF, a word-processor
 * file or UTF-16 read as UTF-8.
 */
const BINARY_CHARACTER = /[\u0000-\u0008\u000E-\u001F]/

/** 1-based line of the first character no text file holds, or undefined for text. */
export function lineOfBinaryCharacter(text: string): number | undefined {
  const match = BINARY_CHARACTER.exec(text)
  if (match === null) return undefined
  return text.slice(0, match.index).split('\n').length
}

/** The error for a file that is not text, shared by `decodeInput` and `importArticle`. */
export function notTextError(fileName: string, line?: number): ImportError {
  return new ImportError(
    fileName,
    'is not a text file (it holds binary data)',
    'Import a copy-pasted article saved as a .txt file, or a web page saved as .html; if the text is UTF-16, save it again as UTF-8.',
    line,
  )
}

/**
 * Decode an input file's bytes as UTF-8, strictly.
 *
 * A byte-order mark is dropped. Bytes that are not UTF-8, or decode to
 * control characters no text holds, throw an `ImportError` naming the file.
 */
export function decodeInput(bytes: Uint8Array, fileName: string): string {
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new ImportError(
      fileName,
      'is not UTF-8 text (it holds bytes UTF-8 does not allow)',
      'If it is a text file in another encoding, save it again as UTF-8; if it is not text, import the article as a .txt paste or a saved .html page instead.',
    )
  }
  const line = lineOfBinaryCharacter(text)
  if (line !== undefined) throw notTextError(fileName, line)
  return text
}
