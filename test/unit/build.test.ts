import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildDeck, buildDeckFile, MAX_SOURCE_BYTES, readSource } from '../../scripts/build.ts'
import { InputError } from '../../scripts/errors.ts'
import { writeFileAtomic } from '../../scripts/write.ts'

const MACKEREL = `---
title: Iceland presses Norway for bigger mackerel share as quota talks stall
dek: Reykjavik wants a fixed percentage of the catch; Oslo says the science does not support it
author: Sigrun Halla
place: Tromso
outlet: North Atlantic Ledger
date: 2025-06-12
---

Iceland demanded a fixed 16 percent share of the Atlantic mackerel catch at talks with Norway in Bergen on Tuesday, while Norway rejected any fixed figure.

## The talks

Fisheries Minister Jon Arnason said Iceland would not sign a deal that ignored the northward shift of the stock. "The fish have moved and the quota must move with them," Arnason said.

Norwegian Fisheries Minister Kari Vold said the demand was unrealistic and that Norway would not accept a permanent key. "We cannot accept a number written in stone," Vold said.

Eva Lindqvist, a professor of marine economics at the University of Gothenburg, said both sides were likely to settle for a temporary split. "Neither capital can afford a mackerel war," she said.

The two delegations will meet again in Reykjavik on Monday, with little progress expected.
`

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'briefdeck-build-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

/** The InputError `promise` rejects with, or a failure if it resolves. */
async function inputErrorOf(promise: Promise<unknown>): Promise<InputError> {
  const error = await promise.then(() => null, (reason: unknown) => reason)
  expect(error).toBeInstanceOf(InputError)
  return error as InputError
}

describe('buildDeck', () => {
  const first = buildDeck(MACKEREL, 'mackerel.md')
  const second = buildDeck(MACKEREL, 'mackerel.md')

  it('gives the identical deck for the same input twice', () => {
    expect(second.deck).toBe(first.deck)
  })

  it('runs the whole pipeline: analysis, briefing and deck agree', () => {
    const { analysis, briefing, deck } = first
    expect(analysis.article.paragraphs).toHaveLength(5)
    expect(analysis.parties.map((party) => [party.name, party.stance])).toEqual([['Iceland', 'demands'], ['Norway', 'responds']])
    expect(briefing.slides[0]?.kind).toBe('cover')
    expect(briefing.slides.at(-1)?.kind).toBe('sources')
    expect(deck.split('\n').filter((line) => line === '---')).toHaveLength(briefing.slides.length * 2)
  })

  it('lets the input error from reading through, naming the file', () => {
    expect(() => buildDeck('---\ntitle: x\n---\n', 'empty-body.md')).toThrow(InputError)
    expect(() => buildDeck('---\ntitle: x\n---\n', 'empty-body.md')).toThrow(/empty-body\.md/)
  })
})

describe('readSource', () => {
  it('reads a UTF-8 file and drops a byte-order mark', async () => {
    const file = join(dir, 'bom.md')
    await writeFile(file, `\uFEFF${MACKEREL}`, 'utf8')
    expect(await readSource(file)).toBe(MACKEREL)
  })

  it('keeps non-ASCII text intact', async () => {
    const file = join(dir, 'accents.md')
    await writeFile(file, '# Þórshöfn talks — “no deal”\n\nBody.', 'utf8')
    expect(await readSource(file)).toBe('# Þórshöfn talks — “no deal”\n\nBody.')
  })

  it('refuses a missing file with an InputError naming it', async () => {
    const file = join(dir, 'nowhere.md')
    const error = await inputErrorOf(readSource(file))
    expect(error.message).toContain(file)
    expect(error.message).toMatch(/no such file/)
    expect(error.file).toBe(file)
  })

  it('refuses a directory with an InputError naming it', async () => {
    const error = await inputErrorOf(readSource(dir))
    expect(error.message).toContain(dir)
    expect(error.message).toMatch(/directory/)
  })

  it.each([['empty', ''], ['blank', '  \n\n\t\n']])('refuses an %s file with an InputError naming it', async (name, content) => {
    const file = join(dir, `${name}.md`)
    await writeFile(file, content)
    const error = await inputErrorOf(readSource(file))
    expect(error.message).toContain(file)
    expect(error.message).toMatch(/empty/)
  })

  it('refuses a file with NUL bytes as binary, naming it', async () => {
    const file = join(dir, 'binary.md')
    await writeFile(file, Buffer.from([0x23, 0x20, 0x54, 0x00, 0x0a, 0x42]))
    const error = await inputErrorOf(readSource(file))
    expect(error.message).toContain(file)
    expect(error.message).toMatch(/NUL/)
  })

  it('refuses invalid UTF-8, naming the file', async () => {
    const file = join(dir, 'latin1.md')
    await writeFile(file, Buffer.from('# Talks in Malm\xf6\n\nBody.', 'latin1'))
    const error = await inputErrorOf(readSource(file))
    expect(error.message).toContain(file)
    expect(error.message).toMatch(/UTF-8/)
  })

  it('refuses a file larger than MAX_SOURCE_BYTES, naming it', async () => {
    const file = join(dir, 'huge.md')
    await writeFile(file, 'a'.repeat(MAX_SOURCE_BYTES + 1))
    const error = await inputErrorOf(readSource(file))
    expect(error.message).toContain(file)
    expect(error.message).toMatch(/larger than/)
  })

  it('accepts a file of exactly MAX_SOURCE_BYTES', async () => {
    const file = join(dir, 'limit.md')
    await writeFile(file, 'a'.repeat(MAX_SOURCE_BYTES))
    expect((await readSource(file)).length).toBe(MAX_SOURCE_BYTES)
  })
})

describe('buildDeckFile', () => {
  it('writes the deck, then leaves an unchanged deck alone', async () => {
    const source = join(dir, 'mackerel.md')
    const out = join(dir, 'out', 'slides.md')
    await writeFile(source, MACKEREL)
    const first = await buildDeckFile(source, out)
    expect(first.written).toBe(true)
    expect(await readFile(out, 'utf8')).toBe(first.build.deck)
    const modified = (await stat(out)).mtimeMs
    const second = await buildDeckFile(source, out)
    expect(second.written).toBe(false)
    expect((await stat(out)).mtimeMs).toBe(modified)
  })

  it('replaces a deck it generated from other content', async () => {
    const source = join(dir, 'mackerel-2.md')
    const out = join(dir, 'stale.md')
    await writeFile(source, MACKEREL)
    await writeFile(out, buildDeck(MACKEREL.replace('Reykjavik', 'Tromso'), source).deck)
    const result = await buildDeckFile(source, out)
    expect(result.written).toBe(true)
    expect(result.backup).toBeNull()
    expect(await readFile(out, 'utf8')).toBe(buildDeck(MACKEREL, source).deck)
  })

  it('refuses to overwrite a deck edited by hand, naming it and --force, and leaves it untouched', async () => {
    const source = join(dir, 'mackerel-3.md')
    const out = join(dir, 'edited.md')
    await writeFile(source, MACKEREL)
    const edited = `${buildDeck(MACKEREL, source).deck}\n<!-- my own slide note -->\n`
    await writeFile(out, edited)
    const error = await inputErrorOf(buildDeckFile(source, out))
    expect(error.message).toContain(out)
    expect(error.message).toContain('edited')
    expect(error.message).toContain('--force')
    expect(await readFile(out, 'utf8')).toBe(edited)
  })

  it('refuses a deck briefdeck did not write, and with force keeps a backup of it', async () => {
    const source = join(dir, 'mackerel-4.md')
    const out = join(dir, 'foreign.md')
    await writeFile(source, MACKEREL)
    await writeFile(out, 'stale deck')
    expect((await inputErrorOf(buildDeckFile(source, out))).message).toContain('not generated by briefdeck')
    const forced = await buildDeckFile(source, out, { force: true, now: new Date('2026-01-02T03:04:05Z') })
    expect(forced.written).toBe(true)
    expect(forced.backup).toBe(`${out}.2026-01-02T03-04-05-000Z.bak`)
    expect(await readFile(forced.backup as string, 'utf8')).toBe('stale deck')
    expect(await readFile(out, 'utf8')).toBe(buildDeck(MACKEREL, source).deck)
  })

  it('writes nothing when the source is refused', async () => {
    const out = join(dir, 'never.md')
    await inputErrorOf(buildDeckFile(join(dir, 'nowhere.md'), out))
    await expect(stat(out)).rejects.toThrow()
  })
})

describe('writeFileAtomic', () => {
  it('writes the content, creating missing directories, and leaves no temporary file', async () => {
    const target = join(dir, 'atomic', 'nested', 'deck.md')
    await writeFileAtomic(target, 'first')
    await writeFileAtomic(target, 'second')
    expect(await readFile(target, 'utf8')).toBe('second')
    expect(await readdir(join(dir, 'atomic', 'nested'))).toEqual(['deck.md'])
  })

  it('removes its temporary file and rethrows when the rename fails', async () => {
    const parent = join(dir, 'blocked')
    await mkdir(join(parent, 'deck.md'), { recursive: true })
    await expect(writeFileAtomic(join(parent, 'deck.md'), 'content')).rejects.toThrow()
    expect(await readdir(parent)).toEqual(['deck.md'])
  })
})
