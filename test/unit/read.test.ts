import { describe, expect, it } from 'vitest'
import { InputError } from '../../scripts/errors.ts'
import { datelineOf, readArticle } from '../../scripts/read.ts'

const FILE = 'articles/port-strike.md'

/** The InputError readArticle throws for `markdown`, or a failure if it throws none. */
function inputErrorOf(markdown: string): InputError {
  try {
    readArticle(markdown, FILE)
  } catch (error) {
    expect(error).toBeInstanceOf(InputError)
    return error as InputError
  }
  throw new Error('readArticle did not throw')
}

const FULL = `---
title: Dockers walk out as port pay talks fail
dek: The union wants 9 percent; the port authority offers 3
author: Ann Berg
place: Rotterdam
outlet: Harbour Daily
date: 2025-06-12
contributors:
  - Wire staff
  - Lee Kim
photo:
  caption: Pickets at the east gate.
  credit: J. DOE/HARBOUR DAILY
---

# A heading that is not the title

Dock workers walked out
on Thursday.

## Background

The union has not struck since 1998.

- It wants a raise
- and shorter shifts

> "We are done waiting," a steward said.

\`\`\`
code is not article text
\`\`\`

<div>nor is raw HTML</div>

***

### Deeper

Talks resume on Monday.
`

describe('readArticle: frontmatter', () => {
  const article = readArticle(FULL, FILE)

  it('reads every metadata field from the frontmatter', () => {
    expect(article.meta).toEqual({
      title: 'Dockers walk out as port pay talks fail',
      dek: 'The union wants 9 percent; the port authority offers 3',
      author: 'Ann Berg',
      place: 'Rotterdam',
      outlet: 'Harbour Daily',
      date: '2025-06-12',
      contributors: ['Wire staff', 'Lee Kim'],
      photo: { caption: 'Pickets at the east gate.', credit: 'J. DOE/HARBOUR DAILY' },
    })
  })

  it('keeps the file path for messages', () => {
    expect(article.file).toBe(FILE)
  })

  it('gives null or empty values for fields the frontmatter leaves out', () => {
    expect(readArticle('---\ntitle: Port talks\n---\n\nBody.', FILE).meta).toEqual({
      title: 'Port talks', dek: null, author: null, place: null, outlet: null, date: null, contributors: [], photo: null,
    })
  })

  it('treats blank strings as missing and collapses runs of space', () => {
    const meta = readArticle('---\ntitle: "  Port   talks  "\ndek: "  "\ndate: ""\n---\n\nBody.', FILE).meta
    expect(meta.title).toBe('Port talks')
    expect(meta.dek).toBeNull()
    expect(meta.date).toBeNull()
  })

  it('accepts a single contributor written as a string', () => {
    expect(readArticle('---\ntitle: x\ncontributors: Solo Writer\n---\n\nBody.', FILE).meta.contributors).toEqual(['Solo Writer'])
  })

  it('keeps a photo with a caption and no credit, and drops a photo with no caption', () => {
    expect(readArticle('---\ntitle: x\nphoto:\n  caption: Pickets.\n---\n\nBody.', FILE).meta.photo).toEqual({ caption: 'Pickets.', credit: null })
    expect(readArticle('---\ntitle: x\nphoto:\n  credit: Nobody\n---\n\nBody.', FILE).meta.photo).toBeNull()
  })

  it('takes the title from the first `#` heading when the frontmatter has none', () => {
    expect(readArticle('# Ferry crews vote to strike\n\nBody.', FILE).meta.title).toBe('Ferry crews vote to strike')
  })

  it('prefers the frontmatter title over the `#` heading', () => {
    expect(article.meta.title).not.toBe('A heading that is not the title')
  })

  it('reads a quoted date the same as an unquoted one', () => {
    expect(readArticle('---\ntitle: x\ndate: "2025-06-12"\n---\n\nBody.', FILE).meta.date).toBe('2025-06-12')
  })
})

describe('readArticle: paragraphs', () => {
  const article = readArticle(FULL, FILE)

  it('numbers prose paragraphs from 1, joining wrapped lines, and leaves out code, HTML and rules', () => {
    expect(article.paragraphs.map((paragraph) => [paragraph.n, paragraph.text])).toEqual([
      [1, 'Dock workers walked out on Thursday.'],
      [2, 'The union has not struck since 1998.'],
      [3, 'It wants a raise and shorter shifts'],
      [4, '"We are done waiting," a steward said.'],
      [5, 'Talks resume on Monday.'],
    ])
  })

  it('records the source line where each paragraph starts', () => {
    const lines = FULL.split('\n')
    for (const paragraph of article.paragraphs) {
      const first = paragraph.text.split(' ')[0] as string
      expect(lines[paragraph.line - 1]).toContain(first)
    }
    expect(article.paragraphs.map((paragraph) => paragraph.line)).toEqual([18, 23, 25, 28, 40])
  })

  it('records the `##` subhead on every paragraph after it, until the next subhead', () => {
    expect(article.paragraphs.map((paragraph) => paragraph.subhead)).toEqual([null, 'Background', 'Background', 'Background', 'Deeper'])
  })

  it('never counts the title or a subhead as a paragraph', () => {
    const texts = article.paragraphs.map((paragraph) => paragraph.text)
    expect(texts).not.toContain('A heading that is not the title')
    expect(texts).not.toContain('Background')
  })

  it('keeps the text of inline markup and drops its syntax', () => {
    const [paragraph] = readArticle('---\ntitle: x\n---\n\nSome *emphasis*, a [link](http://x.test) and `code`.', FILE).paragraphs
    expect(paragraph?.text).toBe('Some emphasis, a link and code.')
  })

  it('joins the items of a numbered list into one paragraph', () => {
    const article = readArticle('---\ntitle: x\n---\n\n1. first point\n2. second point\n\nLast.', FILE)
    expect(article.paragraphs.map((paragraph) => paragraph.text)).toEqual(['first point second point', 'Last.'])
  })
})

describe('readArticle: errors', () => {
  it('refuses malformed YAML with an InputError naming the file and the line of the bad YAML', () => {
    const markdown = '---\ntitle: Port talks\noutlet: Harbour Daily\nplace: [Rotterdam\n---\n\nBody.'
    const error = inputErrorOf(markdown)
    expect(error.file).toBe(FILE)
    expect(error.line).toBe(4)
    expect(error.message.startsWith(`${FILE}:4:`)).toBe(true)
    expect(error.message).toMatch(/malformed frontmatter/)
  })

  it('counts lines from the start of the file, not of the frontmatter (a duplicate key on line 4)', () => {
    const error = inputErrorOf('---\ntitle: Port talks\nauthor: A\nauthor: B\n---\n\nBody.')
    expect(error.line).toBe(4)
    expect(error.message).toContain(`${FILE}:4`)
  })

  it('refuses frontmatter that is a YAML list, not a mapping, naming file and line', () => {
    const error = inputErrorOf('---\n- a\n- b\n---\n\nBody.')
    expect(error.message).toMatch(new RegExp(`^${FILE}:1: .*mapping`))
    expect(error.line).toBe(1)
  })

  it('refuses an article with no paragraphs, naming the file', () => {
    for (const markdown of ['---\ntitle: x\n---\n', '---\ntitle: x\n---\n\n# Only a heading\n\n## And a subhead\n', '---\ntitle: x\n---\n\n```\ncode\n```\n']) {
      const error = inputErrorOf(markdown)
      expect(error.message).toContain(FILE)
      expect(error.message).toMatch(/no paragraphs/)
    }
  })

  it('refuses an article with neither a title field nor a `#` heading', () => {
    const error = inputErrorOf('Just a body with no title.')
    expect(error.message).toContain(FILE)
    expect(error.message).toMatch(/no title/)
  })

  it.each(['2025-6-12', 'June 12, 2025', '12/06/2025', '20250612', '2025-06-12T10:00:00Z'])('refuses a date that is not YYYY-MM-DD: %s', (date) => {
    const error = inputErrorOf(`---\ntitle: x\ndate: ${date}\n---\n\nBody.`)
    expect(error.message).toContain(FILE)
    expect(error.message).toContain('YYYY-MM-DD')
  })
})

describe('readArticle: dates that do not exist', () => {
  it.each(['2025-02-30', '2025-13-01', '2024-00-10'])('refuses %s with the file named', (date) => {
    expect(() => readArticle(`---\ntitle: "Talks"\ndate: ${date}\n---\n\nThe union said no.\n`, 'dated.md')).toThrow(/dated\.md: frontmatter date .* is not a calendar date/)
  })

  it('reports a YAML error at the file line only, without the YAML parser\'s own line count', () => {
    expect(() => readArticle('---\ntitle: [unclosed\ndate: 2024-01-01\n---\n\nText.\n', 'bad.md')).toThrow(/^bad\.md:3: malformed frontmatter: (?!.*at line)/)
  })
})

describe('the lede\'s dateline is read against the whole story', () => {
  it('a city in capitals written once is a dateline; an acronym the story writes again is not', () => {
    const city = readArticle('# Talks\n\nVESSBY Ostmark said on Monday it would resume talks.\n\nThe talks stalled in May.\n', 'city.md')
    expect(city.paragraphs[0]?.dateline).toBe('VESSBY ')
    const acronym = readArticle('# Talks\n\nHARBCO Chief Executive Anna Lind said on Monday the offer stood.\n\nHARBCO shares fell 3%.\n', 'acronym.md')
    expect(acronym.paragraphs[0]?.dateline).toBeUndefined()
  })
})

describe('datelineOf: the wire prefix a lede opens with', () => {
  it('reads a city, a state and an agency before a dash', () => {
    expect(datelineOf('VESSBY, Ostmark (Harbour Wire) — Talks resumed on Monday.')).toBe('VESSBY, Ostmark (Harbour Wire) — ')
    expect(datelineOf('(Harbour Wire) - Talks resumed on Monday.')).toBe('(Harbour Wire) - ')
  })
  it('reads an agency in brackets and cities joined by a slash with no dash', () => {
    expect(datelineOf('(Harbour Wire) Talks resumed on Monday.')).toBe('(Harbour Wire) ')
    expect(datelineOf('VESSBY/ORLAND Ostmark stopped short of an offer on Monday.')).toBe('VESSBY/ORLAND ')
    expect(datelineOf('PORT ELLEN/VESSBY Ostmark stopped short of an offer.')).toBe('PORT ELLEN/VESSBY ')
  })
  it('leaves a lede that opens on an acronym or a capitalised word alone', () => {
    expect(datelineOf('ASEAN/EU talks resumed on Monday.')).toBeNull()
    // A city in capitals with no dash, once in the story; an acronym the story writes again is its subject.
    expect(datelineOf('VESSBY Ostmark said on Monday it would resume talks.')).toBe('VESSBY ')
    expect(datelineOf('PORT ELLEN Ostmark’s harbour board, which set the fees, said …')).toBe('PORT ELLEN ')
    expect(datelineOf('KELLING, Ark. The board met on Monday.')).toBe('KELLING, Ark. ')
    expect(datelineOf('HARBCO Chief Executive Anna Lind said on Monday …', 'HARBCO Chief Executive Anna Lind said on Monday …\nHARBCO shares fell.')).toBeNull()
    expect(datelineOf('OSTMARK officials walked out on Monday.')).toBeNull()
    expect(datelineOf('A — as in always.')).toBeNull()
    expect(datelineOf('Talks resumed (after a week) on Monday.')).toBeNull()
  })
})
