/**
 * A deck Slidev cannot compile stops the export with the slide named, and
 * leaves nothing in the output folder: no blank slide in a finished-looking PDF.
 */
import { existsSync } from 'node:fs'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { locateBrowser } from '../../scripts/browser.ts'
import { exportDeck } from '../../scripts/export/export-deck.ts'
import { DeckRenderError } from '../../scripts/export/print-page.ts'
import { copyDeckFixture, type DeckFixture } from '../helpers/deck-fixture.ts'

let fixture: DeckFixture

beforeAll(async () => {
  fixture = await copyDeckFixture()
  const deck = await readFile(fixture.deck, 'utf8')
  // A bare generic type is an unclosed element to Vue's compiler.
  await writeFile(fixture.deck, deck.replace('# What happened\n', '# What happened\n\nList<String> breaks it\n'))
})

afterAll(async () => {
  await fixture?.remove()
})

describe('export of a deck with a slide Slidev cannot compile', () => {
  it('fails naming the slide, and writes nothing', async () => {
    const outDir = path.join(fixture.dir, 'exports')
    const lines: string[] = []
    const attempt = exportDeck({ deck: fixture.deck, outDir, formats: ['pdf', 'notes'], browserPath: locateBrowser(), log: (line) => lines.push(line) })
    await expect(attempt).rejects.toThrow(DeckRenderError)
    await expect(attempt).rejects.toThrow(/could not compile slide 2 of /)
    expect(lines.at(-1)).toMatch(/^ +failed after \d+\.\d s$/)
    expect(existsSync(outDir)).toBe(false)
    expect((await readdir(fixture.dir)).filter((name) => name.startsWith('.briefdeck-tmp-'))).toEqual([])
  }, 180_000)
})
