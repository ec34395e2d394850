import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { buildDeckFile } from '../scripts/build.ts'

// Slidev resolves slides/components and slides/styles beside the deck, so the
// deck under test is written into slides/ under a name of its own.
const deck = 'slides/.test-build-slides.md'
const out = mkdtempSync(join(tmpdir(), 'briefdeck-site-'))

afterAll(() => {
  rmSync(deck, { force: true })
  rmSync(out, { recursive: true, force: true })
})

describe('slidev build of the generated deck', () => {
  it('builds the reference deck into a static site', async () => {
    await buildDeckFile('source/article.md', deck)
    execFileSync(process.execPath, ['node_modules/@slidev/cli/bin/slidev.mjs', 'build', deck, '--out', out], { stdio: 'pipe', timeout: 180_000 })
    expect(existsSync(join(out, 'index.html'))).toBe(true)
    // Offline: no Google Fonts or CDN in the page the site serves.
    expect(readFileSync(join(out, 'index.html'), 'utf8')).not.toMatch(/fonts\.googleapis|cdn\.jsdelivr/)
  })
})
