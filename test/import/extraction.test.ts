/**
 * What the HTML reader used to lose or keep wrongly, each on a small page of
 * our own: tables, comments in the markup, captions with their credit run in,
 * a cross-link box set into the text, a lead that lost its full stop.
 */
import { describe, expect, it } from 'vitest'
import { articleFromHtml } from '../../scripts/import/html.ts'
import { importArticle } from '../../scripts/import/index.ts'
import { PARAGRAPHS, savedPage } from './saved-page.ts'

const bodyOf = (html: string) => articleFromHtml(html, 'page.html').body.map((block) => block.text)
const [first = '', second = '', third = '', fourth = ''] = PARAGRAPHS

describe('tables', () => {
  it('keeps a data table as one line per row, its cells joined by a space', () => {
    const table = '<table><thead><tr><th>Round</th><th>Delegates</th><th>Hours</th></tr></thead><tbody><tr><td>1</td><td>Lake Commission</td><td>6</td></tr><tr><td>2</td><td>Harbour Council</td><td>9</td></tr></tbody></table>'
    const body = bodyOf(savedPage({ paragraphs: [`<p>${first}</p>`, `<p>${second}</p>`, table, `<p>${third}</p>`, `<p>${fourth}</p>`] }))
    expect(body).toEqual([first, second, 'Round Delegates Hours', '1 Lake Commission 6', '2 Harbour Council 9', third, fourth])
  })

  it('reads a layout table as the paragraphs its cells hold', () => {
    const table = `<table><tr><td><p>${second}</p><p>${third}</p></td><td><p>${fourth}</p></td></tr></table>`
    expect(bodyOf(savedPage({ paragraphs: [`<p>${first}</p>`, table] }))).toEqual(PARAGRAPHS)
  })
})

describe('markup that is not text', () => {
  it('never writes an HTML comment into the markdown', () => {
    const paragraphs = [`<p>${first}<!-- --> <!-- share button --></p>`, `<p>${second}</p>`, `<p>${third}</p>`, `<p>${fourth}</p>`]
    const markdown = importArticle({ text: savedPage({ paragraphs }), fileName: 'page.html' })
    expect(markdown).not.toContain('<!--')
    expect(markdown).toContain(first)
  })
})

describe('captions and credits', () => {
  it('drops a caption ending in a bracketed credit, and takes it as the photo', () => {
    const paragraphs = [`<p>${first}</p>`, '<p>Delegates leave the lakeside hall (Image: LAKE WIRE)</p>', `<p>${second}</p>`, `<p>${third}</p>`, `<p>${fourth}</p>`]
    const article = articleFromHtml(savedPage({ paragraphs }), 'page.html')
    expect(article.body.map((block) => block.text)).toEqual(PARAGRAPHS)
    expect(article.photo).toEqual({ caption: 'Delegates leave the lakeside hall', credit: 'LAKE WIRE' })
  })

  it('drops a credit line of photographer and agencies set apart by bars, with the caption above it', () => {
    const caption = 'The chief negotiator walks to the hall on the first morning of the talks, in Geneva, on Monday.'
    const paragraphs = [`<p>${caption}</p>`, '<p>Mira Olsen | Lake Wire | Getty Images</p>', ...PARAGRAPHS.map((text) => `<p>${text}</p>`)]
    const article = articleFromHtml(savedPage({ paragraphs }), 'page.html')
    expect(article.body.map((block) => block.text)).toEqual(PARAGRAPHS)
    expect(article.photo).toEqual({ caption, credit: 'Mira Olsen | Lake Wire | Getty Images' })
  })

  it('drops a caption whose credit is run into its full stop', () => {
    const paragraphs = [`<p>${first}</p>`, '<p>Flags outside the conference hall in Geneva.Reuters</p>', `<p>${second}</p>`, `<p>${third}</p>`, `<p>${fourth}</p>`]
    expect(bodyOf(savedPage({ paragraphs }))).toEqual(PARAGRAPHS)
  })

  it('keeps a line whose bars set apart words that are not a credit', () => {
    const paragraphs = [...PARAGRAPHS.map((text) => `<p>${text}</p>`), '<p>Lake | Harbour | Hill</p>']
    expect(bodyOf(savedPage({ paragraphs }))).toContain('Lake | Harbour | Hill')
  })
})

describe('boxes set into the text', () => {
  it("drops a box whose capitalised label runs into its headlines (\"DON'T MISS ...\")", () => {
    const box = "<p><strong>DON'T MISS</strong> Harbour strike ends after nine days [LATEST] Ferry fares to rise [INSIGHT]</p>"
    expect(bodyOf(savedPage({ paragraphs: [`<p>${first}</p>`, `<p>${second}</p>`, box, `<p>${third}</p>`, `<p>${fourth}</p>`] }))).toEqual(PARAGRAPHS)
  })

  it('keeps a paragraph that opens with the same words in normal case', () => {
    const paragraph = "Don't miss the point of the draft, the mediator said, because the line matters less than the prisoners."
    expect(bodyOf(savedPage({ paragraphs: [...PARAGRAPHS.map((text) => `<p>${text}</p>`), `<p>${paragraph}</p>`] }))).toContain(paragraph)
  })
})

describe('a lead without a full stop', () => {
  const lead = 'Negotiators from the two countries met for a third day in Geneva without agreeing on a ceasefire line'

  it('keeps a long sentence-case first paragraph that lost its full stop', () => {
    expect(bodyOf(savedPage({ paragraphs: [`<p>${lead}</p>`, ...PARAGRAPHS.slice(1).map((text) => `<p>${text}</p>`)] }))[0]).toBe(lead)
  })

  it('still drops a kicker, and the dek the description repeats', () => {
    const head = `<meta name="description" content="Analysis: ${lead}">`
    const paragraphs = ['<p>World News Europe Diplomacy</p>', `<p>${lead}</p>`, ...PARAGRAPHS.slice(1).map((text) => `<p>${text}</p>`)]
    expect(bodyOf(savedPage({ head, paragraphs }))).toEqual(PARAGRAPHS.slice(1))
  })
})

describe('lists of other stories', () => {
  const story = (kicker: string, headline: string, teaser = '') => `<h3>${kicker}</h3><p>${headline}</p>${teaser === '' ? '' : `<p>${teaser}</p>`}`

  it('drops a list of kickers and headlines set into the article, and keeps the text after it', () => {
    const list = story('HARBOUR WOES', 'Ferry crews walk out for a second week') + story('‘NOT ON MY WATCH’', 'Mayor vows to keep the old bridge open')
    const paragraphs = [`<p>${first}</p>`, `<p>${second}</p>`, list, `<p>${third}</p>`, `<p>${fourth}</p>`]
    expect(bodyOf(savedPage({ paragraphs }))).toEqual(PARAGRAPHS)
  })

  it('drops a list under the article whose stories each have a teaser', () => {
    const teaser = 'The crews say the new rota leaves them without a day off in nine, and the operator says it cannot afford more staff.'
    const list = story('HARBOUR WOES', 'Ferry crews walk out for a second week', teaser) + story('OLD STONES', 'Why the bridge keeps cracking', teaser)
    expect(bodyOf(savedPage({ after: list }))).toEqual(PARAGRAPHS)
  })

  it('keeps a subhead in capitals with its paragraphs', () => {
    const paragraphs = [`<p>${first}</p>`, '<h3>WHAT COMES NEXT</h3>', `<p>${second}</p>`, `<p>${third}</p>`, '<h3>THE PRISONERS</h3>', `<p>${fourth}</p>`]
    expect(bodyOf(savedPage({ paragraphs }))).toEqual([first, 'WHAT COMES NEXT', second, third, 'THE PRISONERS', fourth])
  })
})

describe('the author box', () => {
  it("drops the author's name and the line about them at the end", () => {
    const head = '<meta name="author" content="Lena Park">'
    const after = '<p>Lena Park</p><p>Lena Park is a diplomatic reporter who has covered the lake talks since they began.</p>'
    expect(bodyOf(savedPage({ head, after }))).toEqual(PARAGRAPHS)
  })

  it('drops a box whose name is set alone above it, when the page names no author', () => {
    const after = '<h2>Tomas</h2><p>Tomas writes about ferries, bridges and the people who keep them running, from his home by the harbour.</p>'
    expect(bodyOf(savedPage({ after }))).toEqual(PARAGRAPHS)
  })

  it('keeps a last paragraph about someone other than the author', () => {
    const head = '<meta name="author" content="Lena Park">'
    const last = 'Tom Ruiz is expected to lead the delegation when the talks resume in the spring, officials said.'
    expect(bodyOf(savedPage({ head, after: `<p>${last}</p>` })).at(-1)).toBe(last)
  })
})
