/**
 * How the HTML reader takes metadata from a saved page and text from what
 * Readability keeps: one behaviour per test, on small pages.
 */
import { describe, expect, it } from 'vitest'
import { articleFromHtml } from '../../scripts/import/html.ts'
import { importArticle } from '../../scripts/import/index.ts'
import { PARAGRAPHS, savedPage } from './saved-page.ts'

describe('metadata from meta tags', () => {
  it('takes og:title, og:site_name, author and article:published_time, the date as written', () => {
    const head = `<title>Ceasefire talks stall in Geneva | The Example Post</title>
      <meta property="og:title" content="Ceasefire talks stall in Geneva">
      <meta property="og:site_name" content="The Example Post">
      <meta name="author" content="LENA PARK">
      <meta property="article:published_time" content="2022-01-12T23:30:00-05:00">`
    expect(articleFromHtml(savedPage({ head }), 'page.html')).toMatchObject({
      title: 'Ceasefire talks stall in Geneva',
      author: 'Lena Park',
      outlet: 'The Example Post',
      date: '2022-01-12',
    })
  })

  it('joins several authors and skips an author tag holding a profile address', () => {
    const head = `<meta property="article:author" content="https://example.com/staff/lena-park">
      <meta name="author" content="Lena Park"><meta name="author" content="Tom Ruiz"><meta name="author" content="Ana Silva">`
    expect(articleFromHtml(savedPage({ head }), 'page.html').author).toBe('Lena Park, Tom Ruiz and Ana Silva')
  })

  it('takes the description as the dek, unless it only repeats the first paragraph', () => {
    const dek = 'Mediators will table a new draft on Thursday as both sides dig in'
    expect(articleFromHtml(savedPage({ head: `<meta property="og:description" content="${dek}">` }), 'page.html').dek).toBe(dek)
    const teaser = PARAGRAPHS[0]?.slice(0, 90) + '...'
    expect(articleFromHtml(savedPage({ head: `<meta name="description" content="${teaser}">` }), 'page.html').dek).toBeUndefined()
  })

  it('keeps the first paragraph when the description repeats it word for word, with no dek', () => {
    const article = articleFromHtml(savedPage({ head: `<meta name="description" content='${PARAGRAPHS[0]}'>` }), 'page.html')
    expect(article.dek).toBeUndefined()
    expect(article.body[0]?.text).toBe(PARAGRAPHS[0])
  })

  it('refuses a page that names no title anywhere', () => {
    const html = savedPage().replace('<h1>Ceasefire talks stall in Geneva</h1>', '')
    expect(() => articleFromHtml(html, 'untitled.html')).toThrow(/^untitled\.html has no title: the page has no og:title, <title> or headline\. /)
  })

  it('without meta tags, takes the site from the <title> and the date from the dateline', () => {
    const head = '<title>Ceasefire talks stall in Geneva - Lakeside Courier</title>'
    const before = '<p class="byline">By Lena Park in Geneva</p><p class="dateline">Published: 12 January 2022 | Updated: 13 January 2022</p>'
    expect(articleFromHtml(savedPage({ head, before }), 'page.html')).toMatchObject({
      title: 'Ceasefire talks stall in Geneva',
      author: 'Lena Park',
      place: 'Geneva',
      outlet: 'Lakeside Courier',
      date: '2022-01-12',
    })
  })
})

describe('text from the article', () => {
  it('makes headings and all-bold short paragraphs subheads', () => {
    const paragraphs = [`<p>${PARAGRAPHS[0]}</p>`, '<h2>A new draft</h2>', `<p>${PARAGRAPHS[1]}</p>`, '<p><strong>What happens next</strong></p>', `<p>${PARAGRAPHS[2]}</p>`, `<p>${PARAGRAPHS[3]}</p>`]
    expect(articleFromHtml(savedPage({ paragraphs }), 'page.html').body).toEqual([
      { kind: 'paragraph', text: PARAGRAPHS[0] },
      { kind: 'subhead', text: 'A new draft' },
      { kind: 'paragraph', text: PARAGRAPHS[1] },
      { kind: 'subhead', text: 'What happens next' },
      { kind: 'paragraph', text: PARAGRAPHS[2] },
      { kind: 'paragraph', text: PARAGRAPHS[3] },
    ])
  })

  it('drops ad labels, lone links, "Read more" lines and the repeated headline', () => {
    const paragraphs = [
      '<p>Ceasefire talks stall in Geneva</p>',
      `<p>${PARAGRAPHS[0]}</p>`,
      '<div class="ad"><p>Advertisement</p></div>',
      `<p>${PARAGRAPHS[1]}</p>`,
      '<p><a href="/other">Prisoner swap talks to resume in Doha</a></p>',
      '<p>Read more: <a href="/x">Who are the mediators?</a></p>',
      `<p>${PARAGRAPHS[2]}</p>`,
      `<p>${PARAGRAPHS[3]}</p>`,
    ]
    const body = articleFromHtml(savedPage({ paragraphs }), 'page.html').body
    expect(body.map((block) => block.text)).toEqual(PARAGRAPHS)
  })

  it('keeps words apart across line breaks and collapses the source layout', () => {
    const paragraphs = [`<p>${PARAGRAPHS[0]}<br>\n      ${PARAGRAPHS[1]}</p>`, `<p>${PARAGRAPHS[2]}</p>`, `<p>${PARAGRAPHS[3]}</p>`]
    expect(articleFromHtml(savedPage({ paragraphs }), 'page.html').body[0]?.text).toBe(`${PARAGRAPHS[0]} ${PARAGRAPHS[1]}`)
  })

  it('takes the lead photo from a figure, its credit from the element marked as one', () => {
    const before = '<figure><img src="a.jpg"><figcaption>Delegates arrive in Geneva on Wednesday. <span class="image-credit">Photo: Anna Weber/Wire</span></figcaption></figure>'
    expect(articleFromHtml(savedPage({ before }), 'page.html').photo).toEqual({ caption: 'Delegates arrive in Geneva on Wednesday.', credit: 'Anna Weber/Wire' })
  })

  it('ends the body at the contributors line, putting the names in the frontmatter', () => {
    const after = '<p><em>Agencies contributed to this report.</em></p><p>Follow our live coverage of the talks throughout the week on our website.</p>'
    const article = articleFromHtml(savedPage({ after }), 'page.html')
    expect(article.contributors).toEqual(['Agencies'])
    expect(article.body.map((block) => block.text)).toEqual(PARAGRAPHS)
  })

  it('ends the article at a comments heading inside it', () => {
    const after = '<h3>Comments (2)</h3><p>I have followed these talks from the start and I do not think either side wants a deal before the spring.</p>'
    expect(articleFromHtml(savedPage({ after }), 'page.html').body.map((block) => block.text)).toEqual(PARAGRAPHS)
  })

  it('is chosen by content: a saved page named .txt still imports as HTML', () => {
    const markdown = importArticle({ text: savedPage({ head: '<meta property="og:site_name" content="The Example Post">' }), fileName: 'saved-as.txt' })
    expect(markdown).toContain('outlet: The Example Post')
    expect(markdown).not.toContain('<p>')
  })
})
