/**
 * Speaker notes in a PowerPoint file as clean text. Slidev's exporter writes
 * each note into `ppt/notesSlides/notesSlideN.xml` as one run of raw markdown;
 * this rewrites the notes placeholder of every notes slide with one paragraph
 * per {@link NoteBlock}, so PowerPoint's notes pane reads like the presenter
 * view.
 */
import JSZip from 'jszip'
import type { NoteBlock } from './note-text.ts'

/** The notes placeholder: the shape whose placeholder type is `body`. */
const SHAPE = /<p:sp>[\s\S]*?<\/p:sp>/g
const BODY_PLACEHOLDER = /<p:ph\b[^>]*\btype="body"/
const TEXT_BODY = /<p:txBody>[\s\S]*<\/p:txBody>/
const SLIDE_RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/slide'

/** Indent of a nested list item in the notes pane, in EMU (a quarter inch). */
const INDENT_EMU = 228600

/**
 * The presentation with every slide's notes replaced by `notesBySlide[i]`
 * (slide order as PowerPoint shows it, i.e. `ppt/presentation.xml`'s slide
 * list). A slide past the end of `notesBySlide` gets empty notes.
 *
 * @throws if a slide has no notes slide, or a notes slide no notes placeholder:
 *   the file did not come from the exporter this was written for.
 */
export async function rewritePptxNotes(pptx: Uint8Array, notesBySlide: NoteBlock[][]): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(pptx)
  const slides = await slideOrder(zip)
  const notesOfSlide = await notesSlideBySlide(zip)
  for (const [index, slidePath] of slides.entries()) {
    const notesPath = notesOfSlide.get(slidePath)
    if (notesPath === undefined) throw new Error(`${slidePath} has no notes slide in the exported PowerPoint file`)
    const xml = await readText(zip, notesPath)
    zip.file(notesPath, replaceNotesBody(xml, notesBySlide[index] ?? [], notesPath))
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })
}

/**
 * The text of every slide's notes, in slide order, one line per paragraph:
 * what PowerPoint shows in its notes pane. For tests and checks.
 */
export async function readPptxNotes(pptx: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(pptx)
  const notesOfSlide = await notesSlideBySlide(zip)
  const result: string[] = []
  for (const slidePath of await slideOrder(zip)) {
    const notesPath = notesOfSlide.get(slidePath)
    result.push(notesPath === undefined ? '' : notesBodyText(await readText(zip, notesPath)))
  }
  return result
}

/** The text of a notes slide's notes placeholder, one line per paragraph. */
export function notesBodyText(xml: string): string {
  const body = (xml.match(SHAPE) ?? []).find((shape) => BODY_PLACEHOLDER.test(shape))
  if (body === undefined) return ''
  return [...body.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)]
    .map(([, paragraph = '']) => [...paragraph.matchAll(/<a:t>([\s\S]*?)<\/a:t>/g)].map(([, t = '']) => unescapeXml(t)).join(''))
    .join('\n')
    .trim()
}

/** The notes slide XML with its notes placeholder holding `blocks`. */
export function replaceNotesBody(xml: string, blocks: NoteBlock[], file = 'notes slide'): string {
  let replaced = false
  const result = xml.replace(SHAPE, (shape) => {
    if (replaced || !BODY_PLACEHOLDER.test(shape)) return shape
    replaced = true
    const textBody = `<p:txBody><a:bodyPr/><a:lstStyle/>${paragraphsXml(blocks)}</p:txBody>`
    return TEXT_BODY.test(shape) ? shape.replace(TEXT_BODY, () => textBody) : shape.replace('</p:sp>', `${textBody}</p:sp>`)
  })
  if (!replaced) throw new Error(`${file} has no notes placeholder (<p:ph type="body">)`)
  return result
}

function paragraphsXml(blocks: NoteBlock[]): string {
  if (blocks.length === 0) return '<a:p><a:endParaRPr lang="en-US" dirty="0"/></a:p>'
  return blocks
    .map((block) => {
      const text = block.marker === null ? block.text : `${block.marker} ${block.text}`
      const indent = block.marker === null ? '' : ` marL="${INDENT_EMU * (block.depth + 1)}" indent="-${INDENT_EMU}"`
      return (
        `<a:p><a:pPr${indent}><a:spcAft><a:spcPts val="600"/></a:spcAft></a:pPr>` +
        `<a:r><a:rPr lang="en-US" dirty="0"/><a:t>${escapeXml(text)}</a:t></a:r></a:p>`
      )
    })
    .join('')
}

/** Slide part paths (`ppt/slides/slide3.xml`) in presentation order. */
async function slideOrder(zip: JSZip): Promise<string[]> {
  const presentation = await readText(zip, 'ppt/presentation.xml')
  const rels = await readText(zip, 'ppt/_rels/presentation.xml.rels')
  const targets = new Map(
    [...rels.matchAll(/<Relationship\b[^>]*>/g)].map(([tag]) => [attribute(tag, 'Id'), attribute(tag, 'Target')]),
  )
  const list = presentation.match(/<p:sldIdLst>([\s\S]*?)<\/p:sldIdLst>/)?.[1] ?? ''
  return [...list.matchAll(/<p:sldId\b[^>]*>/g)].map(([tag]) => {
    const target = targets.get(attribute(tag, 'r:id'))
    if (target === undefined) throw new Error(`ppt/presentation.xml names slide ${attribute(tag, 'r:id')} with no relationship`)
    return resolvePart('ppt/presentation.xml', target)
  })
}

/** For each slide part, the notes slide part that belongs to it. */
async function notesSlideBySlide(zip: JSZip): Promise<Map<string, string>> {
  const result = new Map<string, string>()
  const relFiles = zip.file(/^ppt\/notesSlides\/_rels\/[^/]+\.xml\.rels$/)
  for (const relFile of relFiles) {
    const rels = await relFile.async('string')
    const slideRel = [...rels.matchAll(/<Relationship\b[^>]*>/g)].find(([tag]) => attribute(tag, 'Type') === SLIDE_RELATIONSHIP)
    if (slideRel === undefined) continue
    const target = attribute(slideRel[0], 'Target')
    const notesPath = relFile.name.replace('/_rels/', '/').replace(/\.rels$/, '')
    result.set(resolvePart(notesPath, target), notesPath)
  }
  return result
}

function resolvePart(from: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1)
  const parts = from.split('/').slice(0, -1)
  for (const segment of target.split('/')) {
    if (segment === '..') parts.pop()
    else if (segment !== '.') parts.push(segment)
  }
  return parts.join('/')
}

function attribute(tag: string, name: string): string {
  return tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1] ?? ''
}

async function readText(zip: JSZip, file: string): Promise<string> {
  const entry = zip.file(file)
  if (entry === null) throw new Error(`${file} is missing from the exported PowerPoint file`)
  return entry.async('string')
}

/** XML-escapes text, dropping characters XML 1.0 cannot hold at all. */
function escapeXml(text: string): string {
  return text
    .replace(/[^\x09\x0A\x0D\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&amp;/g, '&')
}
