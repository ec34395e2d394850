/**
 * Every export of one deck in one go: Slidev starts once, Chromium loads the
 * print page once, and each requested file is written from it. Files are
 * written into a staging folder beside the output folder and moved in only
 * when all of them are done, so a failed export leaves nothing half-written.
 */
import { mkdir, mkdtemp, readdir, rename, rm } from 'node:fs/promises'
import path from 'node:path'
import { handoutFontCss, writeNotesHandout } from './notes-handout.ts'
import { noteBlocks } from './note-text.ts'
import { writeSlidesPdf } from './pdf.ts'
import { captureSlidePngs, writeSlidePngs } from './png.ts'
import { writePptx } from './pptx.ts'
import { openPrintSession, type PrintSession } from './print-page.ts'
import { createProgress, type ProgressStep } from './progress.ts'

export type ExportFormat = 'pdf' | 'notes' | 'pptx' | 'png'

/** Every format, in the order they are written (PowerPoint last: it reloads the page). */
export const EXPORT_FORMATS: readonly ExportFormat[] = ['pdf', 'png', 'notes', 'pptx']

/** What `briefdeck export` writes without `--format`. */
export const DEFAULT_FORMATS: readonly ExportFormat[] = ['pdf', 'notes', 'pptx']

/** File (or, for `png`, folder) name of each format inside the output folder. */
export const OUTPUT_NAMES: Readonly<Record<ExportFormat, string>> = {
  pdf: 'briefing.pdf',
  notes: 'briefing-notes.pdf',
  pptx: 'briefing.pptx',
  png: 'briefing-png',
}

export interface ExportDeckOptions {
  /** The Slidev markdown file. */
  deck: string
  /** Output folder, created if missing; files of other formats in it are left alone. */
  outDir: string
  formats: readonly ExportFormat[]
  /** Chromium executable (see `locateBrowser`). */
  browserPath: string
  log: (line: string) => void
}

export interface ExportResult {
  /** Paths written, in `outDir`; for `png`, each picture. */
  files: string[]
  /** Milliseconds per step: `start` (Slidev and Chromium) and each format. */
  timings: Record<string, number>
}

/** Writes the requested formats of `deck` into `outDir`. */
export async function exportDeck(options: ExportDeckOptions): Promise<ExportResult> {
  const formats = EXPORT_FORMATS.filter((format) => options.formats.includes(format))
  if (formats.length === 0) throw new Error('exportDeck: no format to export')
  const outDir = path.resolve(options.outDir)
  const progress = createProgress({ log: options.log, total: formats.length + 1 })
  const timings: Record<string, number> = {}
  await mkdir(path.dirname(outDir), { recursive: true })
  // Same file system as outDir, so moving the results in is a rename; the name is gitignored.
  const staging = await mkdtemp(path.join(path.dirname(outDir), '.briefdeck-tmp-export-'))
  let session: PrintSession | undefined
  try {
    const starting = progress.step('starting Slidev and Chromium')
    session = await failing(starting, () => openPrintSession({ deck: options.deck, browserPath: options.browserPath }))
    starting.note(`${session.slides.length} slides, browser ${options.browserPath}`)
    timings.start = starting.done()

    const pictures = pictureCache(session)
    const staged: string[] = []
    for (const format of formats) {
      const name = OUTPUT_NAMES[format]
      const step = progress.step(`writing ${name}`)
      const live = session
      await failing(step, () => writeFormat(format, live, path.join(staging, name), pictures, step))
      staged.push(name)
      timings[format] = step.done()
    }
    reportProblems(session, options.log)
    await session.close()
    session = undefined

    await mkdir(outDir, { recursive: true })
    const files: string[] = []
    for (const name of staged) {
      const target = path.join(outDir, name)
      await rm(target, { recursive: true, force: true })
      await rename(path.join(staging, name), target)
      files.push(...(name === OUTPUT_NAMES.png ? await writtenPngs(target) : [target]))
    }
    return { files, timings }
  } finally {
    await session?.close()
    await rm(staging, { recursive: true, force: true })
  }
}

/** Runs `work`, marking `step` failed (which stops its "still …" lines) if it throws. */
export async function failing<T>(step: ProgressStep, work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (error) {
    step.fail()
    throw error
  }
}

type Pictures = (step: ProgressStep) => Promise<Buffer[]>

/** Slide pictures are taken once and shared by the PNG export and the handout. */
function pictureCache(session: PrintSession): Pictures {
  let taken: Promise<Buffer[]> | undefined
  return (step) => {
    taken ??= captureSlidePngs(session, (done, total) => {
      if (done === total || done % 5 === 0) step.note(`slide ${done} of ${total} pictured`)
    }).then((pngs) => {
      // The handout pairs pictures with notes by position: they must line up.
      if (pngs.length !== session.slides.length) {
        throw new Error(`The print page shows ${pngs.length} slides but the deck has ${session.slides.length}; the handout would pair notes with the wrong pictures.`)
      }
      return pngs
    })
    return taken
  }
}

async function writeFormat(format: ExportFormat, session: PrintSession, file: string, pictures: Pictures, step: ProgressStep): Promise<void> {
  switch (format) {
    case 'pdf':
      await writeSlidesPdf(session, file)
      return
    case 'png':
      await writeSlidePngs(await pictures(step), file)
      return
    case 'notes': {
      const images = await pictures(step)
      const slides = session.slides.map((slide, index) => ({
        no: slide.no,
        title: slide.title,
        image: images[index] ?? new Uint8Array(),
        notes: noteBlocks(slide.note),
      }))
      step.note('printing the handout')
      await writeNotesHandout(session.browser, { title: session.title, slides, fontCss: await handoutFontCss() }, file)
      return
    }
    case 'pptx':
      for (const problem of await writePptx(session, file)) step.note(problem)
      return
  }
}

function reportProblems(session: PrintSession, log: (line: string) => void): void {
  if (session.blocked.length > 0) {
    log(`warning: the deck asked for ${session.blocked.length} resource(s) off this machine; they were blocked and are missing from the exports:`)
    for (const url of [...new Set(session.blocked)].slice(0, 10)) log(`  ${url}`)
  }
  for (const message of [...new Set(session.pageErrors)].slice(0, 10)) log(`warning: the deck raised an error while rendering: ${message}`)
  for (const response of [...new Set(session.missing)].slice(0, 10)) log(`warning: the deck asked for a file the server does not have: ${response}`)
}

async function writtenPngs(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((name) => name.endsWith('.png')).sort().map((name) => path.join(dir, name))
}
