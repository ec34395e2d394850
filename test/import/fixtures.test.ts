/**
 * Every raw page under test/fixtures/import (a .txt paste or a saved .html
 * page) imports to exactly the markdown in the .expected.md beside it, and
 * the build's reader reads that markdown back to the same paragraphs.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { readArticle } from '../../scripts/read.ts'
import { decodeInput, importArticle } from '../../scripts/import/index.ts'

const FIXTURES = fileURLToPath(new URL('../fixtures/import/', import.meta.url))

const cases = readdirSync(FIXTURES)
  .filter((name) => /\.(txt|html)$/.test(name))
  .map((name) => ({ name, expected: path.join(FIXTURES, name.replace(/\.(txt|html)$/, '.expected.md')) }))
  .filter(({ expected }) => readdirSync(FIXTURES).includes(path.basename(expected)))

function importFixture(name: string): string {
  const file = path.join(FIXTURES, name)
  return importArticle({ text: decodeInput(readFileSync(file), name), fileName: name })
}

describe('import fixtures', () => {
  it('has at least six raw pages of our own besides the seed, pastes and saved pages both', () => {
    expect(cases.filter(({ name }) => name.endsWith('.txt')).length).toBeGreaterThanOrEqual(3)
    expect(cases.filter(({ name }) => name.endsWith('.html')).length).toBeGreaterThanOrEqual(3)
    expect(cases.length).toBeGreaterThanOrEqual(6)
  })

  for (const { name, expected } of cases) {
    describe(name, () => {
      const markdown = importFixture(name)

      it('imports to exactly the expected markdown', () => {
        expect(markdown).toBe(readFileSync(expected, 'utf8'))
      })

      it('gives the same bytes on a second import', () => {
        expect(importFixture(name)).toBe(markdown)
      })

      it('reads back through the build reader with a title and paragraphs', () => {
        const article = readArticle(markdown, name)
        expect(article.meta.title.length).toBeGreaterThan(0)
        expect(article.paragraphs.length).toBeGreaterThan(3)
      })

      if (name.endsWith('.txt')) {
        it('keeps every paragraph word for word as pasted', () => {
          const pastedLines = new Set(
            readFileSync(path.join(FIXTURES, name), 'utf8')
              .split(/\r?\n/)
              .map((line) => line.trim()),
          )
          for (const paragraph of readArticle(markdown, name).paragraphs) {
            expect(pastedLines, paragraph.text).toContain(paragraph.text)
          }
        })
      }
    })
  }
})
