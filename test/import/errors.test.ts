/**
 * Input that holds no article gets an ImportError that names the file (and
 * the line, where one is to blame) and says what to do — never a crash and
 * never an empty article.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { decodeInput, ImportError, importArticle } from '../../scripts/import/index.ts'

const FIXTURES = fileURLToPath(new URL('../fixtures/import/', import.meta.url))

function importError(run: () => unknown): ImportError {
  try {
    run()
  } catch (error) {
    if (error instanceof ImportError) return error
    throw error
  }
  throw new Error('expected an ImportError, but the import succeeded')
}

function importFixture(name: string): ImportError {
  return importError(() => importArticle({ text: decodeInput(readFileSync(FIXTURES + name), name), fileName: name }))
}

describe('decodeInput', () => {
  it('decodes UTF-8 and drops a byte-order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Talks in Genève')])
    expect(decodeInput(bytes, 'a.txt')).toBe('Talks in Genève')
  })

  it('refuses bytes that are not UTF-8, naming the file and how to fix it', () => {
    const latin1 = new Uint8Array([0x54, 0x61, 0x6c, 0x6b, 0x73, 0x20, 0x69, 0x6e, 0x20, 0x47, 0x65, 0x6e, 0xe8, 0x76, 0x65])
    const error = importError(() => decodeInput(latin1, 'notes/latin1.txt'))
    expect(error.file).toBe('notes/latin1.txt')
    expect(error.message).toMatch(/^notes\/latin1\.txt is not UTF-8 text/)
    expect(error.message).toMatch(/save it again as UTF-8/)
  })

  it('refuses binary content (NUL bytes), with the line they are on', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d])
    expect(importError(() => decodeInput(png, 'photo.png')).message).toMatch(/^photo\.png/)
    const text = new TextEncoder().encode('Title\nBody\n\u0000\u0000\u0001 more')
    const error = importError(() => decodeInput(text, 'mixed.txt'))
    expect(error.line).toBe(3)
    expect(error.message).toMatch(/^mixed\.txt:3 is not a text file \(it holds binary data\)\. /)
  })
})

describe('importArticle refuses input without an article', () => {
  it('an empty file', () => {
    const error = importFixture('empty.txt')
    expect(error.file).toBe('empty.txt')
    expect(error.message).toMatch(/^empty\.txt is empty\. Paste the article/)
  })

  it('a file of blank lines and spaces', () => {
    const error = importError(() => importArticle({ text: ' \n\n\t \u00a0\n', fileName: 'blank.txt' }))
    expect(error.message).toMatch(/^blank\.txt is empty\./)
  })

  it('binary content handed over as text', () => {
    const error = importError(() => importArticle({ text: 'GIF89a\u0000\u0001\u0000', fileName: 'image.gif' }))
    expect(error.message).toMatch(/^image\.gif:1 is not a text file/)
  })

  it('a list of links and headlines', () => {
    const error = importFixture('link-list.txt')
    expect(error.message).toMatch(/^link-list\.txt holds no article text/)
    expect(error.message).toMatch(/select all, copy and paste/)
  })

  it('an HTML page with no article (a home page of headlines)', () => {
    expect(importFixture('no-article.html').message).toMatch(/^no-article\.html holds no article text/)
  })

  it('an HTML page with markup but no text at all', () => {
    const html = '<!doctype html><html><head><title>Loading</title></head><body><div id="app"></div><script src="/app.js"></script></body></html>'
    expect(importError(() => importArticle({ text: html, fileName: 'spa.html' })).message).toMatch(/^spa\.html holds no article text/)
  })

  it('a paste with paragraphs but no headline above them, pointing at the first paragraph', () => {
    const text = [
      'Share',
      '',
      'Negotiators met for a third day in Geneva on Wednesday without agreeing on a ceasefire line, officials from both delegations said after the session ended late in the evening.',
      '',
      'The mediators said they would present a new draft on Thursday, and that both sides had agreed to keep the contents of the talks confidential until then.',
    ].join('\n')
    const error = importError(() => importArticle({ text, fileName: 'untitled.txt' }))
    expect(error.line).toBe(3)
    expect(error.message).toMatch(/^untitled\.txt:3 has no title/)
    expect(error.message).toMatch(/Put the headline on a line of its own above the article text/)
  })
})
