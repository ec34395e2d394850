import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { buildDeckFile } from '../../scripts/build.ts'
import { watchSource } from '../../scripts/dev.ts'

const GOOD = `---
title: "Dockworkers and port operators resume talks"
date: 2025-03-04
---

# Dockworkers and port operators resume talks

The dockworkers' union demanded a 9 percent raise on Monday, union leader Mara Quist said.

The port operators rejected the demand as unaffordable, their spokesman Sven Dahl said.
`

const dir = await mkdtemp(join(tmpdir(), 'briefdeck-watch-'))
afterAll(() => rm(dir, { recursive: true, force: true }))

async function until(check: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 10_000
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

describe('watch mode', () => {
  it('keeps the last good deck when a save breaks the source, and recovers on the next good save', async () => {
    const source = join(dir, 'article.md')
    const deck = join(dir, 'slides.md')
    await writeFile(source, GOOD)
    await buildDeckFile(source, deck)
    const good = await readFile(deck, 'utf8')
    const log: string[] = []
    const warn: string[] = []
    const watcher = watchSource({ source, deck, log: (line) => log.push(line), warn: (line) => warn.push(line) })
    await watcher.ready
    try {
      await writeFile(source, '---\ntitle: [unclosed\n---\n\nText.\n')
      await until(() => warn.length >= 2, 'the error of the broken save')
      expect(warn[0]).toContain(source)
      expect(warn[0]).toContain('malformed frontmatter')
      expect(warn[1]).toContain('kept the last good deck')
      expect(await readFile(deck, 'utf8')).toBe(good)

      await writeFile(source, GOOD.replace('9 percent', '11 percent'))
      await until(() => log.some((line) => line.startsWith('rebuilt')), 'the rebuild after the good save')
      const rebuilt = await readFile(deck, 'utf8')
      expect(rebuilt).toContain('11 percent')
      expect(rebuilt).not.toContain('9 percent')
    } finally {
      await watcher.close()
    }
  })
})
