/*
 * Tags that only markup has. A paste may hold a stray "<b>" or an address in
 * angle brackets; a saved page opens with a doctype or <html>, or is made of
 * tags from its first line.
 */
const DOCUMENT_START = /^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!doctype html|<html[\s>])/i
const MARKUP_TAG = /<\/?(html|head|body|article|main|header|footer|nav|div|p|section|span|a|h[1-6]|meta|title|script|link|ul|li)\b[^>]*>/gi
const MIN_TAGS_WITHOUT_DOCTYPE = 3
const HTML_FILE_NAME = /\.(x?html?|xht)$/i

/**
 * Whether an input is an HTML page rather than a text paste, judged by its
 * content: a doctype or <html> at the top, or several tags from the start.
 * The file name only tips the balance for a fragment with fewer tags; an
 * .html file with no tags at all is read as a paste.
 */
export function looksLikeHtml(text: string, fileName: string): boolean {
  const start = text.trimStart()
  if (DOCUMENT_START.test(start)) return true
  const tags = start.slice(0, 20_000).match(MARKUP_TAG)?.length ?? 0
  if (start.startsWith('<') && tags >= MIN_TAGS_WITHOUT_DOCTYPE) return true
  return HTML_FILE_NAME.test(fileName) && tags > 0
}
