/**
 * The source markdown an import writes: the frontmatter the build reads,
 * and text that reads back word for word, escaped only where markdown would
 * otherwise take it for syntax.
 */
import { parse as parseYaml } from 'yaml'
import { describe, expect, it } from 'vitest'
import { readArticle } from '../../scripts/read.ts'
import { toSourceMarkdown } from '../../scripts/import/to-markdown.ts'
import type { ImportedArticle } from '../../scripts/import/types.ts'

const MINIMAL: ImportedArticle = { title: 'Talks stall', body: [{ kind: 'paragraph', text: 'Negotiators met again on Monday.' }] }

function frontmatterOf(markdown: string): Record<string, unknown> {
  return parseYaml(markdown.split('---\n')[1] ?? '') as Record<string, unknown>
}

describe('toSourceMarkdown', () => {
  it('writes frontmatter, the title as # and the body', () => {
    expect(toSourceMarkdown(MINIMAL)).toBe('---\ntitle: "Talks stall"\n---\n\n# Talks stall\n\nNegotiators met again on Monday.\n')
  })

  it('writes every field in a fixed order, on one line each however long', () => {
    const caption = 'A long caption. '.repeat(12).trim()
    const markdown = toSourceMarkdown({
      ...MINIMAL,
      photo: { caption, credit: 'A B/AGENCY' },
      contributors: ['Agencies', 'Lena Park'],
      date: '2022-01-12',
      outlet: 'The Example Post',
      place: 'Geneva',
      author: 'Lena Park',
      dek: 'Both sides dig in',
    })
    expect(markdown.split('\n').slice(0, 13)).toEqual([
      '---',
      'title: "Talks stall"',
      'dek: Both sides dig in',
      'author: Lena Park',
      'place: Geneva',
      'outlet: The Example Post',
      'date: 2022-01-12',
      'contributors:',
      '  - Agencies',
      '  - Lena Park',
      'photo:',
      `  caption: ${caption}`,
      '  credit: A B/AGENCY',
    ])
  })

  it('leaves out a photo credit the page did not give', () => {
    expect(frontmatterOf(toSourceMarkdown({ ...MINIMAL, photo: { caption: 'Delegates arrive.' } })).photo).toEqual({ caption: 'Delegates arrive.' })
  })

  it('quotes whatever YAML would misread, and the build reads the fields back as written', () => {
    const article: ImportedArticle = {
      ...MINIMAL,
      title: '"No deal": talks end # again',
      dek: 'Yes',
      author: 'Null',
      place: '2022',
      outlet: '@Wire: Daily',
    }
    const meta = readArticle(toSourceMarkdown(article), 'a.md').meta
    expect(meta).toMatchObject({ title: '"No deal": talks end # again', dek: 'Yes', author: 'Null', place: '2022', outlet: '@Wire: Daily' })
  })

  it('writes subheads as ## and escapes only what markdown would take for syntax', () => {
    const paragraphs = [
      '1. A 7% pay rise backdated to January.',
      '- not a list item, a dash',
      '# not a heading',
      '---',
      'A *starred* word, an _underscored_ one and a [bracket] (with a parenthesis).',
      'The offer was 5.5%* and <b>not</b> a tag; a back\\slash and `ticks`.',
      '> not a quote',
      'guarantees-not assurances, "quotes" and \'small matters\' stay as they are.',
    ]
    const article: ImportedArticle = {
      title: 'Talks: *round* #2',
      body: [{ kind: 'subhead', text: 'What_happens next?' }, ...paragraphs.map((text) => ({ kind: 'paragraph' as const, text }))],
    }
    const markdown = toSourceMarkdown(article)
    expect(markdown).toContain('\nguarantees-not assurances, "quotes" and \'small matters\' stay as they are.\n')
    expect(markdown).toContain('\n## What_happens next?\n')
    const read = readArticle(markdown, 'a.md')
    expect(read.paragraphs.map((paragraph) => paragraph.text)).toEqual(paragraphs)
    expect(read.paragraphs[0]?.subhead).toBe('What_happens next?')
    expect(markdown).toContain('\n# Talks: \\*round\\* #2\n')
    expect(markdown.split('\n').some((line) => line.startsWith('---') && line !== '---')).toBe(false)
  })
})
