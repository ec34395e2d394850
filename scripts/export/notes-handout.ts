/**
 * `briefing-notes.pdf`: the presenter's handout. Each slide's picture with its
 * speaker notes beside it, on A4, with the deck title and page numbers.
 *
 * Slidev's own notes export (`/presenter/print`) prints notes without the
 * slides and skips slides that have none, so the handout is a page of its
 * own: plain HTML with the pictures and fonts inlined, printed by the same
 * Chromium. Nothing in it is fetched.
 */
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import type { NoteBlock } from './note-text.ts'

export interface HandoutSlide {
  /** 1-based slide number. */
  no: number
  title: string
  /** The slide's picture (PNG). */
  image: Uint8Array
  notes: NoteBlock[]
}

export interface Handout {
  /** Deck title, at the top of the first page and in every footer. */
  title: string
  slides: HandoutSlide[]
  /** `@font-face` rules for the handout's fonts (see {@link handoutFontCss}). */
  fontCss: string
}

/**
 * Notes longer than this (characters) fill most of a page beside the picture;
 * such a slide may run on to the next page rather than leave a gap as tall as
 * itself at the foot of this one. Shorter slides are kept whole.
 */
const LONG_NOTES_CHARS = 1200

/** The Inter faces the handout uses: body, italic (none yet, but cheap) and bold. */
const FONT_FILES = ['@fontsource/inter/400.css', '@fontsource/inter/400-italic.css', '@fontsource/inter/700.css']

/** The handout as one self-contained HTML document. */
export function handoutHtml(handout: Handout): string {
  const total = handout.slides.length
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(handout.title)} — speaker notes</title>
<style>
${handout.fontCss}
@page { size: A4; margin: 14mm 14mm 16mm 14mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: Inter, 'DejaVu Sans', Arial, sans-serif; font-size: 9.5pt; line-height: 1.45; color: #1a1a1a; }
header { border-bottom: 1.5pt solid #1a1a1a; padding-bottom: 3mm; margin-bottom: 6mm; }
header h1 { font-size: 17pt; line-height: 1.2; margin: 0 0 1mm; }
header p { margin: 0; color: #666; font-size: 9pt; }
.slide { display: grid; grid-template-columns: 78mm 1fr; gap: 6mm; padding: 0 0 5mm; margin: 0 0 5mm; border-bottom: 0.75pt solid #ccc; break-inside: avoid; }
.slide.long { break-inside: auto; }
.slide:last-child { border-bottom: none; }
.picture { width: 78mm; border: 1pt solid #777; display: block; break-inside: avoid; }
.slide h2 { font-size: 10.5pt; line-height: 1.3; margin: 0 0 2mm; break-after: avoid; }
.slide h2 .no { color: #888; font-weight: 400; margin-right: 1.5mm; }
.notes p { margin: 0 0 1.6mm; orphans: 3; widows: 2; }
.notes .item { display: grid; grid-template-columns: 5mm 1fr; }
.notes .none { color: #888; font-style: italic; }
</style>
</head>
<body>
<header>
<h1>${escapeHtml(handout.title)}</h1>
<p>Speaker notes · ${total} ${total === 1 ? 'slide' : 'slides'}</p>
</header>
${handout.slides.map((slide) => slideHtml(slide, total)).join('\n')}
</body>
</html>
`
}

function slideHtml(slide: HandoutSlide, total: number): string {
  const picture = `data:image/png;base64,${Buffer.from(slide.image).toString('base64')}`
  const title = slide.title.trim() === '' ? `Slide ${slide.no}` : slide.title
  const long = slide.notes.reduce((sum, block) => sum + block.text.length, 0) > LONG_NOTES_CHARS
  return `<section class="slide${long ? ' long' : ''}" id="slide-${slide.no}">
<img class="picture" src="${picture}" alt="Slide ${slide.no}">
<div>
<h2><span class="no">${slide.no}/${total}</span>${escapeHtml(title)}</h2>
<div class="notes">${notesHtml(slide.notes)}</div>
</div>
</section>`
}

function notesHtml(blocks: NoteBlock[]): string {
  if (blocks.length === 0) return '<p class="none">No notes for this slide.</p>'
  return blocks
    .map((block) =>
      block.marker === null
        ? `<p>${escapeHtml(block.text)}</p>`
        : `<p class="item" style="margin-left:${block.depth * 5}mm"><span>${escapeHtml(block.marker)}</span><span>${escapeHtml(block.text)}</span></p>`,
    )
    .join('')
}

/** The footer Chromium prints on every page: deck title and page n of m. */
export function handoutFooter(title: string): string {
  return (
    '<div style="box-sizing:border-box;width:100%;padding:0 14mm;font-size:7.5pt;color:#777;display:flex;justify-content:space-between;font-family:sans-serif">' +
    `<span>${escapeHtml(title)} — speaker notes</span>` +
    '<span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>'
  )
}

/**
 * `@font-face` rules for Inter with the font files inlined as data URIs, from
 * the @fontsource package the deck already uses; every subset is kept, each
 * with its `unicode-range`, so the browser only reads what the text needs.
 */
export async function handoutFontCss(): Promise<string> {
  const require = createRequire(import.meta.url)
  const sheets = await Promise.all(
    FONT_FILES.map(async (specifier) => {
      const file = require.resolve(specifier)
      const css = await readFile(file, 'utf8')
      return inlineFontUrls(css, path.dirname(file))
    }),
  )
  return sheets.join('\n')
}

async function inlineFontUrls(css: string, dir: string): Promise<string> {
  // Keep the woff2 source only: every Chromium reads it, and the woff copy would double the size.
  const woff2Only = css.replace(/,\s*url\([^)]+\.woff\)\s*format\('woff'\)/g, '')
  const urls = [...new Set([...woff2Only.matchAll(/url\(([^)]+\.woff2)\)/g)].map(([, url = '']) => url))]
  let result = woff2Only
  for (const url of urls) {
    const data = await readFile(path.join(dir, url))
    result = result.split(`url(${url})`).join(`url(data:font/woff2;base64,${data.toString('base64')})`)
  }
  return result
}

/**
 * Prints the handout to `file` (A4) in a new page of `browser`. Every request
 * the page makes is blocked: everything it shows is inline.
 */
export async function writeNotesHandout(browser: Browser, handout: Handout, file: string): Promise<void> {
  const context = await browser.newContext()
  try {
    await context.route(
      (url) => !url.href.startsWith('data:'),
      (route) => route.abort('blockedbyclient'),
    )
    const page = await context.newPage()
    await page.setContent(handoutHtml(handout), { waitUntil: 'load' })
    await page.evaluate(async () => {
      await document.fonts.ready
    })
    await page.emulateMedia({ media: 'print' })
    await page.pdf({
      path: file,
      format: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: handoutFooter(handout.title),
      margin: { top: '14mm', right: '14mm', bottom: '16mm', left: '14mm' },
    })
  } finally {
    await context.close()
  }
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}
