import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { noteBlocks } from '../../scripts/export/note-text.ts'
import { notesBodyText, readPptxNotes, replaceNotesBody, rewritePptxNotes } from '../../scripts/export/pptx-notes.ts'

const NS = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"'
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'

/** A notes slide shaped like the ones pptxgenjs writes: picture, notes body, slide number. */
function notesSlide(text: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<p:notes ${NS}><p:cSld><p:spTree>` +
    '<p:sp><p:nvSpPr><p:cNvPr id="2" name="Slide Image Placeholder 1"/><p:cNvSpPr/><p:nvPr><p:ph type="sldImg"/></p:nvPr></p:nvSpPr><p:spPr/></p:sp>' +
    '<p:sp><p:nvSpPr><p:cNvPr id="3" name="Notes Placeholder 2"/><p:cNvSpPr/><p:nvPr><p:ph type="body" idx="1"/></p:nvPr></p:nvSpPr><p:spPr/>' +
    `<p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang="en-US" dirty="0"/><a:t>${text}</a:t></a:r><a:endParaRPr lang="en-US" dirty="0"/></a:p></p:txBody></p:sp>` +
    '<p:sp><p:nvSpPr><p:cNvPr id="4" name="Slide Number Placeholder 3"/><p:cNvSpPr/><p:nvPr><p:ph type="sldNum" sz="quarter" idx="10"/></p:nvPr></p:nvSpPr><p:spPr/>' +
    '<p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:fld id="{X}" type="slidenum"><a:rPr lang="en-US"/><a:t>7</a:t></a:fld></a:p></p:txBody></p:sp>' +
    '</p:spTree></p:cSld></p:notes>'
  )
}

/**
 * A three-slide presentation whose parts are numbered out of order, so slide
 * order has to come from presentation.xml and notes from the relationships.
 */
async function presentation(notes: string[]): Promise<Uint8Array> {
  const zip = new JSZip()
  const partOf = [3, 1, 2] // presentation order → slide part number
  zip.file(
    'ppt/presentation.xml',
    `<p:presentation ${NS} xmlns:r="${REL}"><p:sldIdLst>${partOf.map((_, i) => `<p:sldId id="${256 + i}" r:id="rId${10 + i}"/>`).join('')}</p:sldIdLst></p:presentation>`,
  )
  zip.file(
    'ppt/_rels/presentation.xml.rels',
    `<Relationships>${partOf.map((part, i) => `<Relationship Id="rId${10 + i}" Type="${REL}/slide" Target="slides/slide${part}.xml"/>`).join('')}</Relationships>`,
  )
  partOf.forEach((part, i) => {
    const notesPart = 4 - part // notes parts numbered differently again
    zip.file(`ppt/slides/slide${part}.xml`, '<p:sld/>')
    zip.file(`ppt/notesSlides/notesSlide${notesPart}.xml`, notesSlide(notes[i] ?? ''))
    zip.file(
      `ppt/notesSlides/_rels/notesSlide${notesPart}.xml.rels`,
      `<Relationships><Relationship Id="rId1" Type="${REL}/notesMaster" Target="../notesMasters/notesMaster1.xml"/>` +
        `<Relationship Id="rId2" Type="${REL}/slide" Target="../slides/slide${part}.xml"/></Relationships>`,
    )
  })
  return zip.generateAsync({ type: 'uint8array' })
}

describe('rewritePptxNotes', () => {
  it('puts each slide its own clean notes, following presentation order, not part numbers', async () => {
    const raw = await presentation(['**one** raw', '*two* raw', '- three raw'])
    expect(await readPptxNotes(raw)).toEqual(['**one** raw', '*two* raw', '- three raw'])
    const notes = ['Open with **eleven hours**.', 'Say [the minutes](https://example.org/m).\n\nThen stop.', '- first\n- second']
    const cleaned = await rewritePptxNotes(raw, notes.map(noteBlocks))
    expect(await readPptxNotes(cleaned)).toEqual([
      'Open with eleven hours.',
      'Say the minutes (https://example.org/m).\nThen stop.',
      '• first\n• second',
    ])
  })

  it('empties the notes of slides beyond the notes given', async () => {
    const cleaned = await rewritePptxNotes(await presentation(['a', 'b', 'c']), [noteBlocks('only the first')])
    expect(await readPptxNotes(cleaned)).toEqual(['only the first', '', ''])
  })

  it('fails clearly when a slide has no notes slide', async () => {
    const zip = await JSZip.loadAsync(await presentation(['a', 'b', 'c']))
    zip.remove('ppt/notesSlides/_rels/notesSlide1.xml.rels')
    const broken = await zip.generateAsync({ type: 'uint8array' })
    await expect(rewritePptxNotes(broken, [])).rejects.toThrow('ppt/slides/slide3.xml has no notes slide')
  })
})

describe('replaceNotesBody', () => {
  it('writes one paragraph per block, escaping XML and leaving the slide number alone', () => {
    const xml = replaceNotesBody(notesSlide('raw'), noteBlocks('Costs &lt;5% & "rising"\n\n1. one\n   - nested'))
    expect(notesBodyText(xml)).toBe('Costs <5% & "rising"\n1. one\n• nested')
    expect(xml).toContain('<a:t>Costs &lt;5% &amp; &quot;rising&quot;</a:t>')
    expect(xml).toContain('<a:t>7</a:t></a:fld>')
    expect(xml).toMatch(/<a:pPr marL="457200" indent="-228600">/)
  })

  it('leaves an empty paragraph, which PowerPoint requires, for a slide without notes', () => {
    const xml = replaceNotesBody(notesSlide('raw'), [])
    expect(xml).toContain('<p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="en-US" dirty="0"/></a:p></p:txBody>')
    expect(notesBodyText(xml)).toBe('')
  })

  it('drops characters XML cannot hold', () => {
    const xml = replaceNotesBody(notesSlide('raw'), [{ text: 'bell\u0007 here', marker: null, depth: 0 }])
    expect(xml).toContain('<a:t>bell here</a:t>')
  })

  it('fails on a notes slide without a notes placeholder', () => {
    expect(() => replaceNotesBody('<p:notes><p:cSld><p:spTree/></p:cSld></p:notes>', [], 'ppt/notesSlides/notesSlide9.xml')).toThrow(
      'ppt/notesSlides/notesSlide9.xml has no notes placeholder',
    )
  })
})
