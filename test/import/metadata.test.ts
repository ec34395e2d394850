/**
 * Metadata from every source a saved page offers: `<meta>` tags under any of
 * their keys, JSON-LD, and the visible byline and headline. The pages under
 * test/fixtures/import/metadata/ are our own, each with its expectations.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { cleanAuthorName } from '../../scripts/import/author-names.ts'
import { articleFromHtml } from '../../scripts/import/html.ts'
import { savedPage } from './saved-page.ts'

const FIXTURES = new URL('../fixtures/import/metadata/', import.meta.url)

describe('saved pages, one per source kind', () => {
  for (const name of ['meta-attributes', 'json-ld-graph', 'visible-byline']) {
    it(`reads ${name}.html as its expected.json says`, () => {
      const html = readFileSync(new URL(`${name}.html`, FIXTURES), 'utf8')
      const expected = JSON.parse(readFileSync(new URL(`${name}.expected.json`, FIXTURES), 'utf8')) as Record<string, string>
      const article = articleFromHtml(html, `${name}.html`)
      expect({ title: article.title, author: article.author, outlet: article.outlet, date: article.date }).toEqual(expected)
    })
  }
})

function ldScript(json: unknown): string {
  return `<script type="application/ld+json">${JSON.stringify(json)}</script>`
}

describe('JSON-LD', () => {
  it('takes headline, date, author and publisher from a NewsArticle when the page has no meta tags', () => {
    const head = ldScript({ '@type': 'NewsArticle', headline: 'Ceasefire talks stall in Geneva', datePublished: '2022-03-04T10:00:00Z', author: { '@type': 'Person', name: 'Lena Park' }, publisher: { '@type': 'Organization', name: 'Lakeside Courier' } })
    expect(articleFromHtml(savedPage({ head }), 'page.html')).toMatchObject({ title: 'Ceasefire talks stall in Geneva', author: 'Lena Park', outlet: 'Lakeside Courier', date: '2022-03-04' })
  })

  it('finds the article in an array of blocks, with authors as a list of strings', () => {
    const head = ldScript([{ '@type': 'BreadcrumbList' }, { '@type': 'Article', datePublished: '2022-03-05', author: ['Lena Park', 'Tom Ruiz'] }])
    expect(articleFromHtml(savedPage({ head }), 'page.html')).toMatchObject({ author: 'Lena Park and Tom Ruiz', date: '2022-03-05' })
  })

  it('skips a block that does not parse and reads the next one', () => {
    const head = `<script type="application/ld+json">{"@type": "NewsArticle",</script>${ldScript({ '@type': 'NewsArticle', author: 'Lena Park' })}`
    expect(articleFromHtml(savedPage({ head }), 'page.html').author).toBe('Lena Park')
  })

  it('never gives the publisher as author, however its name reads', () => {
    const head = ldScript({ '@type': 'NewsArticle', author: [{ '@type': 'Organization', name: 'Brightwater' }, { '@type': 'Person', name: 'Lena Park' }], publisher: { name: 'Brightwater' } })
    expect(articleFromHtml(savedPage({ head }), 'page.html').author).toBe('Lena Park')
    const metaOnly = '<meta name="author" content="Brightwater"><meta property="og:site_name" content="Brightwater">'
    expect(articleFromHtml(savedPage({ head: metaOnly }), 'page.html').author).toBeUndefined()
  })
})

describe('meta tags', () => {
  it('reads a tag under each of its keys, not only the first attribute', () => {
    const head = '<meta property="article:issued" itemprop="datePublished" content="2022-05-06">'
    expect(articleFromHtml(savedPage({ head }), 'page.html').date).toBe('2022-05-06')
  })
})

describe('the headline', () => {
  it('prefers the visible <h1> when it mostly matches og:title', () => {
    const head = '<meta property="og:title" content="Geneva ceasefire talks stall">'
    expect(articleFromHtml(savedPage({ head }), 'page.html').title).toBe('Ceasefire talks stall in Geneva')
  })

  it("keeps og:title, without the outlet's suffix, when the <h1> says something else", () => {
    const head = '<meta property="og:title" content="Mediators table a new draft | Lakeside Courier"><meta property="og:site_name" content="Lakeside Courier">'
    expect(articleFromHtml(savedPage({ head }), 'page.html').title).toBe('Mediators table a new draft')
  })
})

describe('author names', () => {
  it.each([
    ['By LENA PARK', 'Lena Park'],
    ['Analysis by Lena Park, Lakeside Courier Editor-at-large', 'Lena Park'],
    ['Lena Park | Lakeside Courier', 'Lena Park'],
    ['Lena Park, Tom Ruiz', 'Lena Park, Tom Ruiz'],
    ['Lena Park, Diplomatic Correspondent', 'Lena Park'],
    ['Words by Lena Park for the Lakeside Courier', 'Lena Park'],
  ])('cleans %j to %j', (raw, name) => {
    expect(cleanAuthorName(raw, ['Lakeside Courier'])).toBe(name)
  })

  it.each([['Lakeside Courier'], ['https://example.com/staff/lena'], ['Staff'], ['Reuters']])('finds no person in %j', (raw) => {
    expect(cleanAuthorName(raw, ['Lakeside Courier'])).toBeUndefined()
  })
})
