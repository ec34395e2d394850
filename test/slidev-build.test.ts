import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { buildDeck } from '../scripts/build.ts'
import { main } from '../scripts/cli.ts'

// Slidev resolves slides/components and slides/styles beside the deck, so the
// deck under test is written into slides/ under a name of its own.
const deck = 'slides/.test-import-slides.md'
const work = mkdtempSync(join(tmpdir(), 'briefdeck-import-e2e-'))
const site = join(work, 'site')

afterAll(() => {
  rmSync(deck, { force: true })
  rmSync(work, { recursive: true, force: true })
})

describe('from a raw paste to a built site', () => {
  it('imports the seed paste, builds the same deck as source/article.md, and slidev builds it', async () => {
    const lines: string[] = []
    const io = { out: (line: string) => lines.push(line), err: (line: string) => lines.push(line) }
    const source = join(work, 'article.md')

    expect(await main(['import', 'test/fixtures/import/reference/seed-paste.txt', '--out', source], io), lines.join('\n')).toBe(0)
    expect(await main(['build', source, '--out', deck], io), lines.join('\n')).toBe(0)

    const reference = buildDeck(readFileSync('source/article.md', 'utf8'), 'source/article.md')
    const imported = buildDeck(readFileSync(source, 'utf8'), source)
    expect(imported.briefing.slides.map((slide) => slide.title)).toEqual(reference.briefing.slides.map((slide) => slide.title))
    expect(readFileSync(deck, 'utf8')).toBe(reference.deck)

    execFileSync(process.execPath, ['node_modules/@slidev/cli/bin/slidev.mjs', 'build', deck, '--out', site], { stdio: 'pipe', timeout: 180_000 })
    expect(existsSync(join(site, 'index.html'))).toBe(true)
    // Offline: no Google Fonts or CDN in the page the site serves.
    expect(readFileSync(join(site, 'index.html'), 'utf8')).not.toMatch(/fonts\.googleapis|cdn\.jsdelivr/)
  })
})
