/**
 * `briefing.pptx`: one PowerPoint slide per slide, with editable text where
 * Slidev's `pptx-editable` exporter can place it (a picture of the slide where
 * it cannot), and the speaker notes as clean text in the notes pane.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Page } from 'playwright-core'
import { noteBlocks } from './note-text.ts'
import type { PrintSession } from './print-page.ts'
import { rewritePptxNotes } from './pptx-notes.ts'

/** What Slidev's editable exporter needs from its caller (its `ctx`). */
interface EditableContext {
  page: Page
  slides: Array<{ title?: string; note?: string; frontmatter?: Record<string, unknown> }>
  width: number
  height: number
  pages: number[]
  go: (target: 'print' | number) => Promise<void>
}

interface EditableResult {
  output: string
  slideCount: number
  fallbackSlides: Array<{ no: number; reason: string }>
  imagesDropped: number
  rastersFailed: number
  isolationMissed: number
}

type ExportPptxEditable = (ctx: EditableContext, output: string) => Promise<EditableResult>

/**
 * Writes the deck to `file` as PowerPoint. Returns one line per thing the
 * editable exporter had to give up on (a slide exported as a picture, an image
 * left out), for the progress log.
 */
export async function writePptx(session: PrintSession, file: string): Promise<string[]> {
  const exportPptxEditable = await loadEditableExporter()
  const result = await exportPptxEditable(
    {
      page: session.page,
      // The exporter titles the file after the first slide: make that the deck's title.
      slides: session.slides.map((slide, index) => ({
        title: index === 0 ? session.title : slide.title,
        note: slide.note,
        frontmatter: {},
      })),
      width: session.width,
      height: Math.round(session.height),
      pages: session.slides.map((slide) => slide.no),
      go: session.go,
    },
    file,
  )
  const cleaned = await rewritePptxNotes(
    await readFile(result.output),
    session.slides.map((slide) => noteBlocks(slide.note)),
  )
  await writeFile(file, cleaned)
  return [
    ...result.fallbackSlides.map((slide) => `slide ${slide.no} went in as a picture (${slide.reason})`),
    ...(result.imagesDropped > 0 ? [`${result.imagesDropped} image(s) could not be read and were left out`] : []),
    ...(result.rastersFailed > 0 ? [`${result.rastersFailed} element(s) could not be captured and were left out`] : []),
  ]
}

/**
 * Slidev's editable PowerPoint exporter. Its CLI only runs it with the
 * `playwright-chromium` package (which downloads a browser of its own), so it
 * is called directly with our page; it lives in a chunk of @slidev/cli's
 * `dist/` whose name carries a build hash, found by what it exports.
 */
async function loadEditableExporter(): Promise<ExportPptxEditable> {
  const require = createRequire(import.meta.url)
  const manifest = require.resolve('@slidev/cli/package.json')
  const dist = path.join(path.dirname(manifest), 'dist')
  const chunks = (await readdir(dist)).filter((name) => /^pptx-[\w-]+\.mjs$/.test(name))
  for (const chunk of chunks) {
    const module = (await import(pathToFileURL(path.join(dist, chunk)).href)) as { exportPptxEditable?: unknown }
    if (typeof module.exportPptxEditable === 'function') return module.exportPptxEditable as ExportPptxEditable
  }
  const { version } = require(manifest) as { version: string }
  throw new Error(
    `@slidev/cli ${version} has no editable PowerPoint exporter in ${dist}/pptx-*.mjs. ` +
      'briefdeck was written against @slidev/cli 52.20.1; install that version (npm install) or update scripts/export/pptx.ts.',
  )
}
