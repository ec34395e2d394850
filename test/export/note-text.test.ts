import { describe, expect, it } from 'vitest'
import { noteBlocks, noteText } from '../../scripts/export/note-text.ts'

describe('noteBlocks', () => {
  it('gives nothing for a missing, empty or blank note', () => {
    expect(noteBlocks(undefined)).toEqual([])
    expect(noteBlocks('')).toEqual([])
    expect(noteBlocks(' \n\n  ')).toEqual([])
  })

  it('drops emphasis, strong, strike-through and code marks to their text', () => {
    expect(noteText('Say **eleven hours**, then *pause*; ~~not~~ `this`.')).toBe('Say eleven hours, then pause; not this.')
    expect(noteText('__bold__ and _italic_')).toBe('bold and italic')
  })

  it('makes one block per paragraph and joins the lines of a paragraph', () => {
    expect(noteBlocks('First line\nsame paragraph.\n\nSecond paragraph.')).toEqual([
      { text: 'First line same paragraph.', marker: null, depth: 0 },
      { text: 'Second paragraph.', marker: null, depth: 0 },
    ])
  })

  it('keeps list items with a bullet, numbers ordered ones from their start, and nests', () => {
    expect(noteBlocks('- one\n- two\n  1. inner\n  2. second inner\n\n3. three\n4. four')).toEqual([
      { text: 'one', marker: '•', depth: 0 },
      { text: 'two', marker: '•', depth: 0 },
      { text: 'inner', marker: '1.', depth: 1 },
      { text: 'second inner', marker: '2.', depth: 1 },
      { text: 'three', marker: '3.', depth: 0 },
      { text: 'four', marker: '4.', depth: 0 },
    ])
  })

  it('keeps a link address in parentheses unless the text is the address', () => {
    expect(noteText('See the [minutes](https://example.org/minutes).')).toBe('See the minutes (https://example.org/minutes).')
    expect(noteText('<https://example.org/>')).toBe('https://example.org/')
    expect(noteText('[example.org](https://example.org)')).toBe('https://example.org')
  })

  it('decodes entities and markdown escapes the renderer put in to keep Slidev quiet', () => {
    expect(noteText('Costs &lt;5% &amp; rising; \\*not\\* a list; &#123;&#123; x &#125;&#125; and \\$10')).toBe(
      'Costs <5% & rising; *not* a list; {{ x }} and $10',
    )
  })

  it('removes raw HTML tags and Slidev click markers', () => {
    expect(noteText('Before [click] after [click:3] end <b>bold</b><br>')).toBe('Before after end bold')
    expect(noteText('<div class="x">\nBlock html\n</div>')).toBe('Block html')
  })

  it('keeps headings, quotes and code as plain paragraphs, and drops rules', () => {
    expect(noteText('## Heading\n\n> quoted *text*\n\n---\n\n```\ncode here\n```')).toBe('Heading\nquoted text\ncode here')
  })

  it('writes a table row per line with cells split by bars', () => {
    expect(noteText('| a | b |\n| - | - |\n| 1 | 2 |')).toBe('a | b\n1 | 2')
  })

  it('indents nested items in the plain text', () => {
    expect(noteText('- a\n  - b')).toBe('• a\n  • b')
  })
})
