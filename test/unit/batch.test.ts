import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { batchSummary, expandSources, planDecks } from '../../scripts/batch.ts'
import { main, type Console } from '../../scripts/cli.ts'
import { InputError } from '../../scripts/errors.ts'

const article = (title: string) => `---
title: ${title}
outlet: Valley Courier
date: 2025-03-04
---

The Orrin Water Board rejected on Monday the growers' demand for a larger share of the river.

Growers' spokeswoman Ada Venn said the farms needed a fifth more water. "We cannot plant on promises," Venn said.

The two sides will meet in Brell on Friday.
`

async function run(argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = []
  const err: string[] = []
  const io: Console = { out: (line) => out.push(line), err: (line) => err.push(line) }
  return { code: await main(argv, io), out, err }
}

let dir: string
let articles: string
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'briefdeck-batch-'))
  articles = path.join(dir, 'articles')
  await mkdir(path.join(articles, 'nested'), { recursive: true })
  await writeFile(path.join(articles, 'river.md'), article('Growers and water board at odds over river share'))
  await writeFile(path.join(articles, 'canal.markdown'), article('Canal users reject the water board plan'))
  await writeFile(path.join(articles, 'notes.txt'), 'not an article')
  await writeFile(path.join(articles, 'nested', 'deep.md'), article('Nested'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('expandSources', () => {
  it('takes a folder as the markdown files directly in it, sorted, and a file as it is', async () => {
    const { files, expanded } = await expandSources([articles, path.join(dir, 'missing.md')])
    expect(files).toEqual([path.join(articles, 'canal.markdown'), path.join(articles, 'river.md'), path.join(dir, 'missing.md')])
    expect(expanded).toBe(true)
  })

  it('expands a quoted pattern and names each file once', async () => {
    const { files } = await expandSources([path.join(articles, '**/*.md'), path.join(articles, 'river.md')])
    expect(files).toEqual([path.join(articles, 'nested', 'deep.md'), path.join(articles, 'river.md')])
  })

  it('refuses a folder without markdown and a pattern that matches nothing, naming them', async () => {
    const empty = path.join(dir, 'empty')
    await mkdir(empty, { recursive: true })
    await expect(expandSources([empty])).rejects.toThrow(InputError)
    await expect(expandSources([empty])).rejects.toThrow(`${empty}: holds no .md files. Give a folder of article markdown, or the files themselves.`)
    await expect(expandSources([path.join(dir, '*.nothing')])).rejects.toThrow(/\*\.nothing: matches no file/)
  })
})

describe('planDecks', () => {
  it('puts each article in <out-dir>/<name>/slides.md', () => {
    expect(planDecks(['a/river.md', 'b/canal.markdown'], 'decks')).toEqual([
      { source: 'a/river.md', deck: path.join('decks', 'river', 'slides.md') },
      { source: 'b/canal.markdown', deck: path.join('decks', 'canal', 'slides.md') },
    ])
  })

  it('refuses two articles of the same name before building either', () => {
    expect(() => planDecks(['a/river.md', 'b/river.md'], 'decks')).toThrow(/^b\/river\.md: has the same name as a\/river\.md, so both would be built into decks\/river\/slides\.md/)
  })
})

describe('batchSummary', () => {
  const planned = (source: string) => ({ source, deck: `decks/${source}/slides.md` })
  it('says how many were built where and how long it took', () => {
    expect(batchSummary({ built: [planned('a'), planned('b')], refused: [], crashed: [], ms: 42.4 }, 'decks')).toBe('built 2 articles into decks in 42 ms')
    expect(batchSummary({ built: [planned('a')], refused: [], crashed: [], ms: 1234 }, 'decks')).toBe('built 1 article into decks in 1.2 s')
  })

  it('names the articles that failed', () => {
    expect(batchSummary({ built: [planned('a')], refused: [planned('b')], crashed: [planned('c')], ms: 10 }, 'decks')).toBe('built 1 of 3 articles into decks in 10 ms; 2 failed: b, c')
  })
})

describe('briefdeck build … --out-dir', () => {
  it('builds every article of a folder, a line for each, and a summary; exit 0', async () => {
    const out = path.join(dir, 'decks-ok')
    const { code, out: lines, err } = await run(['build', articles, '--out-dir', out])
    expect(err).toEqual([])
    expect(code).toBe(0)
    expect(lines).toHaveLength(3)
    expect(lines[0]).toMatch(new RegExp(`^\\[1/2\\] wrote ${path.join(out, 'canal', 'slides.md')} \\(\\d+ slides from .*canal\\.markdown\\) in \\d+ ms$`))
    // A loaded machine may take over a second, which the summary writes in seconds.
    expect(lines[2]).toMatch(new RegExp(`^built 2 articles into ${out} in (?:\\d+ ms|\\d+(?:\\.\\d+)? s)$`))
    expect(await readFile(path.join(out, 'river', 'slides.md'), 'utf8')).toContain('Growers and water board at odds over river share')
  })

  it('builds the good articles when one is bad, prints its error, and exits 1', async () => {
    const bad = path.join(dir, 'bad.md')
    await writeFile(bad, '---\ntitle: [unclosed\n---\n\nBody.\n')
    const out = path.join(dir, 'decks-mixed')
    const { code, out: lines, err } = await run(['build', bad, path.join(articles, 'river.md'), '--out-dir', out])
    expect(code).toBe(1)
    expect(err).toEqual([expect.stringMatching(new RegExp(`^\\[1/2\\] briefdeck: ${bad}:2: malformed frontmatter`))])
    expect(lines.at(-1)).toMatch(new RegExp(`^built 1 of 2 articles into ${out} in \\d+ ms; 1 failed: ${bad}$`))
    expect(await readFile(path.join(out, 'river', 'slides.md'), 'utf8')).toMatch(/^---\ntheme: default/)
  })

  it('exits 2 when an article fails for a reason that is not its input (here: the deck cannot be written)', async () => {
    const blocked = path.join(dir, 'a-file')
    await writeFile(blocked, '')
    const { code, err } = await run(['build', path.join(articles, 'river.md'), '--out-dir', blocked])
    expect(code).toBe(2)
    expect(err[0]).toMatch(/^\[1\/1\] briefdeck: internal error building .*river\.md: /)
  })

  it('refuses several articles without --out-dir, and --out with --out-dir, writing nothing', async () => {
    const many = await run(['build', articles])
    expect(many.code).toBe(1)
    expect(many.err[0]).toMatch(/names several articles .* Add --out-dir <dir>/)
    const both = await run(['build', articles, '--out', path.join(dir, 'x.md'), '--out-dir', path.join(dir, 'never')])
    expect(both.code).toBe(1)
    expect(both.err.join('\n')).toMatch(/cannot be used with option '-o, --out <file>'/)
    await expect(readFile(path.join(dir, 'x.md'))).rejects.toThrow()
  })
})
