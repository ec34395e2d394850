import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import winkNLP, { type ItsFunction, type WinkMethods } from 'wink-nlp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readModelCache, stockModel, writeModelCache } from '../../scripts/analyse/wink-model.mjs'
import { PROJECT_ROOT } from '../helpers/compiled-cli.ts'

// The cached model must read every text exactly as the package's loader does:
// the deck depends on every token, tag, lemma and sentence break.
const PROPERTIES = ['value', 'normal', 'pos', 'lemma', 'shape', 'type', 'prefix', 'suffix', 'stopWordFlag', 'abbrevFlag', 'contractionFlag', 'precedingSpaces', 'case', 'uniqueId', 'stem'] as const

/** Everything wink reads in `text`, as one string to compare. */
function reading(nlp: WinkMethods, text: string): string {
  const doc = nlp.readDoc(text)
  const its = nlp.its as unknown as Record<string, ItsFunction<unknown>>
  return JSON.stringify([PROPERTIES.map((name) => doc.tokens().out(its[name] as ItsFunction<unknown>)), doc.sentences().out(nlp.its.span)])
}

/** The paragraphs of the project's own fixture articles (invented names), and words the model has never seen. */
async function fixtureParagraphs(): Promise<string[]> {
  const folder = path.join(PROJECT_ROOT, 'test/fixtures')
  const files = (await readdir(folder)).filter((file) => file.endsWith('.md')).map((file) => path.join(folder, file))
  files.push(path.join(folder, 'corrections/harbour-pilots.md'))
  const paragraphs = (await Promise.all(files.map((file) => readFile(file, 'utf8')))).flatMap((text) => text.split(/\n\s*\n/))
  // Unknown words are added to the model's table while reading: the added ones must be found again.
  paragraphs.push('Zorblatt and Quennix zorblatted the Quennix-Zorblatt accord; Zorblatt\'s aides said they\'d zorblatt again. ZORBLATT!')
  paragraphs.push('"We can\'t, won\'t and shan\'t," said Mr. Ödegaard of the Østfold Ferrymen\'s Union at 9.30 a.m. on Jan. 5 — 12% more. constructor toString __proto__ hasOwnProperty')
  return paragraphs
}

describe('the model cache (scripts/analyse/wink-model.mjs)', () => {
  let dir: string
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'briefdeck-wink-'))
    writeModelCache(path.join(dir, 'cache'))
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('reads every token, tag, lemma and sentence as the package loader does', async () => {
    const cached = readModelCache(path.join(dir, 'cache'))
    expect(cached).not.toBeNull()
    const fast = winkNLP(cached as NonNullable<typeof cached>, ['sbd', 'pos'])
    const stock = winkNLP(stockModel(), ['sbd', 'pos'])
    const paragraphs = await fixtureParagraphs()
    expect(paragraphs.length).toBeGreaterThan(100)
    // Twice: the second pass meets the words the first one added.
    for (const pass of [1, 2]) {
      for (const text of paragraphs) expect(reading(fast, text), `pass ${pass}: ${text.slice(0, 60)}`).toBe(reading(stock, text))
    }
  })

  it('gives each winkNLP instance its own table of added words', () => {
    const cached = readModelCache(path.join(dir, 'cache')) as NonNullable<ReturnType<typeof readModelCache>>
    const first = winkNLP(cached, ['sbd', 'pos'])
    const second = winkNLP(cached, ['sbd', 'pos'])
    const stockFirst = winkNLP(stockModel(), ['sbd', 'pos'])
    const stockSecond = winkNLP(stockModel(), ['sbd', 'pos'])
    reading(first, 'Blorvak met Trenzig.')
    reading(stockFirst, 'Blorvak met Trenzig.')
    expect(reading(second, 'Trenzig met Blorvak.')).toBe(reading(stockSecond, 'Trenzig met Blorvak.'))
  })

  it('is not used when missing, of another package version, or cut short', async () => {
    expect(readModelCache(path.join(dir, 'nowhere'))).toBeNull()
    const other = path.join(dir, 'other-version')
    writeModelCache(other)
    const meta = JSON.parse(await readFile(path.join(other, 'model.json'), 'utf8')) as { version: string }
    await writeFile(path.join(other, 'model.json'), JSON.stringify({ ...meta, version: '0.0.0-other' }))
    expect(readModelCache(other)).toBeNull()
    const short = path.join(dir, 'short')
    writeModelCache(short)
    await writeFile(path.join(short, 'words.txt'), (await readFile(path.join(short, 'words.txt'), 'utf8')).slice(0, 1000))
    expect(readModelCache(short)).toBeNull()
  })

  it('sits where the compiled loader looks for it: beside the compiled file that holds the loader', async () => {
    const manifest = JSON.parse(await readFile(path.join(PROJECT_ROOT, 'compiled/manifest.json'), 'utf8')) as { modelCache: string; outputs: Record<string, string[]> }
    const holder = Object.keys(manifest.outputs).find((file) => manifest.outputs[file]?.includes('scripts/analyse/wink-model.mjs'))
    expect(holder).toBeDefined()
    expect(manifest.modelCache).toBe(path.join(path.dirname(holder as string), 'wink-model'))
    expect(readModelCache(path.join(PROJECT_ROOT, 'compiled', manifest.modelCache))).not.toBeNull()
  })
})
