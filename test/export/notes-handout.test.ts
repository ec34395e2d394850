import { describe, expect, it } from 'vitest'
import { handoutFontCss, handoutFooter, handoutHtml, type HandoutSlide } from '../../scripts/export/notes-handout.ts'
import { noteBlocks } from '../../scripts/export/note-text.ts'

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47])

function slide(no: number, title: string, note: string): HandoutSlide {
  return { no, title, image: PNG, notes: noteBlocks(note) }
}

describe('handoutHtml', () => {
  const html = handoutHtml({
    title: 'Talks <end> & "stall"',
    slides: [slide(1, 'Cover', 'Open with **this**.'), slide(2, '', ''), slide(3, 'List', '- <b>one</b>\n- two &lt;script&gt;')],
    fontCss: '/* fonts */',
  })

  it('puts each slide’s picture beside its number, title and notes', () => {
    expect(html).toContain('<img class="picture" src="data:image/png;base64,iVBORw==" alt="Slide 1">')
    expect(html).toContain('<h2><span class="no">1/3</span>Cover</h2>')
    expect(html).toContain('<p>Open with this.</p>')
  })

  it('escapes titles and notes, so article text cannot become markup', () => {
    expect(html).toContain('<h1>Talks &lt;end&gt; &amp; &quot;stall&quot;</h1>')
    expect(html).toContain('<span>two &lt;script&gt;</span>')
    expect(html).not.toContain('<script>')
  })

  it('keeps list markers and says so when a slide has no notes or title', () => {
    expect(html).toContain('<p class="item" style="margin-left:0mm"><span>•</span><span>one</span></p>')
    expect(html).toContain('<h2><span class="no">2/3</span>Slide 2</h2>')
    expect(html).toContain('<p class="none">No notes for this slide.</p>')
  })

  it('lets only slides with long notes run on to the next page', () => {
    const long = handoutHtml({ title: 't', slides: [slide(1, 'a', 'word '.repeat(400)), slide(2, 'b', 'short')], fontCss: '' })
    expect(long).toContain('<section class="slide long" id="slide-1">')
    expect(long).toContain('<section class="slide" id="slide-2">')
  })

  it('fetches nothing: the only URLs are inline data', () => {
    expect([...html.matchAll(/(?:src|href)="([^"]*)"/g)].map(([, url]) => url?.slice(0, 5))).toEqual(['data:', 'data:', 'data:'])
  })
})

describe('handoutFooter', () => {
  it('prints the escaped title and Chromium’s page counters', () => {
    const footer = handoutFooter('A & B')
    expect(footer).toContain('A &amp; B — speaker notes')
    expect(footer).toContain('<span class="pageNumber"></span> / <span class="totalPages"></span>')
  })
})

describe('handoutFontCss', () => {
  it('inlines Inter from @fontsource as woff2 data, every subset with its unicode-range', async () => {
    const css = await handoutFontCss()
    expect(css).toContain("font-family: 'Inter'")
    expect(css).toMatch(/url\(data:font\/woff2;base64,[A-Za-z0-9+/]{1000}/)
    expect(css).toContain('unicode-range')
    expect(css).not.toMatch(/url\(\.\/files/)
    expect(css).not.toMatch(/format\('woff'\)/)
    for (const weight of ['400', '700']) expect(css).toContain(`font-weight: ${weight}`)
  })
})
