/**
 * Issue 4's acceptance test: the seed paste (a select-all copy of a news
 * page, with the site's menus, share buttons, story lists and footer mixed
 * in) imports to the hand-converted source/article.md.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parse as parseYaml } from 'yaml'
import { describe, expect, it } from 'vitest'
import { readArticle } from '../../scripts/read.ts'
import { decodeInput, importArticle } from '../../scripts/import/index.ts'

// A copy of the seed (/work/shared/seed/000_789c96ea1e8dd345.txt), kept with the tests.
const SEED = fileURLToPath(new URL('../fixtures/import/reference/seed-paste.txt', import.meta.url))
const HAND_CONVERTED = fileURLToPath(new URL('../../source/article.md', import.meta.url))

const pasted = readFileSync(SEED)
const markdown = importArticle({ text: decodeInput(pasted, 'seed.txt'), fileName: 'seed.txt' })
const imported = readArticle(markdown, 'seed.txt')
const handConverted = readArticle(readFileSync(HAND_CONVERTED, 'utf8'), 'article.md')
const frontmatter = parseYaml(markdown.split('---\n')[1] ?? '') as Record<string, unknown>

describe('importing the seed paste', () => {
  it('produces source/article.md byte for byte', () => {
    expect(markdown).toBe(readFileSync(HAND_CONVERTED, 'utf8'))
  })

  it("keeps the article's 22 body paragraphs word for word", () => {
    expect(imported.paragraphs).toHaveLength(22)
    expect(imported.paragraphs.map((paragraph) => paragraph.text)).toEqual(handConverted.paragraphs.map((paragraph) => paragraph.text))
    expect(imported.paragraphs[0]?.text).toMatch(/^Russia and the United States remained far apart on Monday in Geneva/)
    expect(imported.paragraphs.at(-1)?.text).toBe('He added: "We are sticking to our guns that our proposal to halt NATO\'s eastward expansion should not be ignored."')
    const pastedLines = pasted.toString('utf8').split('\n')
    for (const paragraph of imported.paragraphs) expect(pastedLines).toContain(paragraph.text)
  })

  it('makes "Guarantees, not assurances" a subheading over the second part', () => {
    expect(markdown).toContain('\n## Guarantees, not assurances\n')
    expect(imported.paragraphs[7]?.subhead).toBeNull()
    expect(imported.paragraphs[8]?.subhead).toBe('Guarantees, not assurances')
    expect(imported.paragraphs[8]?.text).toMatch(/^"We do not trust the other side,"/)
  })

  it('reads title, dek and the byline line into the frontmatter', () => {
    expect(frontmatter).toMatchObject({
      title: 'US, Russia still far apart over Ukraine',
      dek: 'Stances reaffirmed in Geneva as Moscow prepares for NATO talks amid standoff',
      author: 'Ren Qi',
      place: 'Moscow',
      outlet: 'China Daily',
      date: '2022-01-12',
    })
  })

  it('moves the contributors line into the frontmatter, out of the body', () => {
    expect(frontmatter.contributors).toEqual(['Agencies', 'Xinhua'])
    expect(markdown).not.toContain('contributed to this story')
  })

  it('keeps the photo caption and its credit, apart, out of the body', () => {
    expect(frontmatter.photo).toEqual({
      caption:
        'US Deputy Secretary of State Wendy Sherman (left) and Russian Deputy Foreign Minister Sergey Ryabkov meet in Geneva on Monday. The latest round of security talks ended without any diplomatic breakthrough.',
      credit: 'ALEXEY VITVITSKY/SPUTNIK',
    })
    expect(imported.paragraphs.some((paragraph) => paragraph.text.includes('VITVITSKY'))).toBe(false)
  })

  it('drops every line of the site around the article', () => {
    const chrome = [
      'Global Edition', '中文', 'Français', '\nWorld\n', '\nShare\n', 'WeChat', "Today's Top News", "Editor's picks",
      'Most Viewed', '\nTop\n', 'BACK TO THE TOP', '\nEnglish\n', 'Copyright', 'All rights reserved', 'CDIC',
      'License for publishing', '0108263', 'Registration Number', '130349', 'FOLLOW US', 'Updated:', '00:00', ' | ',
    ]
    for (const line of chrome) expect(markdown, line).not.toContain(line)
  })
})
