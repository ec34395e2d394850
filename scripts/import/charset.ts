import { lineOfBinaryCharacter, notTextError } from './decode.ts'
import { ImportError } from './errors.ts'

/*
 * How a browser picks a fetched page's encoding, in the order the HTML
 * standard gives: a byte-order mark, the charset of the Content-Type header,
 * a <meta charset> or <meta http-equiv="Content-Type"> near the top, and,
 * when nothing is stated, UTF-8 if the bytes are UTF-8, else windows-1252
 * (what browsers assume for an undeclared legacy page).
 */
const PRESCAN_BYTES = 4096
const META_CHARSET = /<meta\s[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i
const HEADER_CHARSET = /;\s*charset\s*=\s*"?([\w.:-]+)"?/i

/** The charset a Content-Type header names, if any: `text/html; charset=Shift_JIS` → `shift_jis`. */
export function charsetOfContentType(contentType: string): string | undefined {
  return HEADER_CHARSET.exec(contentType)?.[1]?.toLowerCase()
}

/** The charset a page declares in a `<meta>` tag within its first few kilobytes. */
export function charsetDeclaredIn(bytes: Uint8Array): string | undefined {
  const start = new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN_BYTES))
  return META_CHARSET.exec(start)?.[1]?.toLowerCase()
}

/**
 * Decode a fetched page's bytes to text. `source` (the address) is named in
 * errors: an encoding nobody knows, or bytes that are not text.
 */
export function decodeFetchedPage(bytes: Uint8Array, contentType: string, source: string): string {
  const stated = bomEncoding(bytes) ?? charsetOfContentType(contentType) ?? charsetDeclaredIn(bytes)
  const text = stated === undefined ? utf8OrWindows1252(bytes) : decodeAs(bytes, stated, source)
  const line = lineOfBinaryCharacter(text)
  if (line !== undefined) throw notTextError(source, line)
  return text.replace(/^\uFEFF/, '')
}

function bomEncoding(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  return undefined
}

function decodeAs(bytes: Uint8Array, encoding: string, source: string): string {
  let decoder: TextDecoder
  try {
    decoder = new TextDecoder(encoding)
  } catch {
    throw new ImportError(source, `is in an encoding briefdeck does not know ("${encoding}")`, 'Save the page from a browser as .html (UTF-8) and import the file instead.')
  }
  return decoder.decode(bytes)
}

function utf8OrWindows1252(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return new TextDecoder('windows-1252').decode(bytes)
  }
}
