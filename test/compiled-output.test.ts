/**
 * The compiled CLI (compiled/, what users run) writes byte for byte the decks
 * the TypeScript sources write. It differs from them in how it loads: its
 * packages are bundled, wink's model comes from the cache the compile wrote,
 * and data modules are replaced by their JSON (scripts/compile.mjs). Any of
 * those reading one word differently changes a deck somewhere.
 */
import { spawn } from 'node:child_process'
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildDeck } from '../scripts/build.ts'
import { PROJECT_ROOT } from './helpers/compiled-cli.ts'

const FIXTURES = path.join(PROJECT_ROOT, 'test/fixtures')

function compiledBuild(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/briefdeck.mjs', 'build', ...args], { cwd: PROJECT_ROOT, stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stderr }))
  })
}

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'briefdeck-compiled-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('the compiled CLI', () => {
  it('writes the same deck as the sources for every fixture article', async () => {
    const articles = (await readdir(FIXTURES)).filter((name) => name.endsWith('.md') && name !== 'README.md').map((name) => path.join(FIXTURES, name))
    articles.push(path.join(FIXTURES, 'corrections/harbour-pilots.md'))
    const run = await compiledBuild([...articles, '--out-dir', dir])
    // Run by the compiled JavaScript: the launcher says on stderr when it falls back to the sources.
    expect(run).toEqual({ code: 0, stderr: '' })
    for (const article of articles) {
      const name = path.basename(article, '.md')
      const fromSources = buildDeck(await readFile(article, 'utf8'), article).deck
      expect(await readFile(path.join(dir, name, 'slides.md'), 'utf8'), name).toBe(fromSources)
    }
  })

  it('reads a country table beside its chunk that keeps every field the gazetteer reads', async () => {
    const manifest = JSON.parse(await readFile(path.join(PROJECT_ROOT, 'compiled/manifest.json'), 'utf8')) as { outputs: Record<string, string[]> }
    const chunk = Object.keys(manifest.outputs).find((file) => manifest.outputs[file]?.includes('scripts/analyse/gazetteer.ts'))
    expect(chunk).toBeDefined()
    const trimmed = JSON.parse(await readFile(path.join(PROJECT_ROOT, 'compiled', path.dirname(chunk ?? ''), 'countries.json'), 'utf8')) as unknown[]
    const full = createRequire(import.meta.url)('world-countries/countries.json') as Array<{ name: { common: string; official: string }; altSpellings: string[]; capital: string[]; demonyms: { eng?: { m: string; f: string } } }>
    expect(trimmed).toEqual(full.map((entry) => ({ name: { common: entry.name.common, official: entry.name.official }, altSpellings: entry.altSpellings, capital: entry.capital, demonyms: entry.demonyms.eng ? { eng: entry.demonyms.eng } : {} })))
  })

  it('keeps each \\p{…} regular expression literal of the sources a literal, compiled once, not rebuilt on every call', async () => {
    const manifest = JSON.parse(await readFile(path.join(PROJECT_ROOT, 'compiled/manifest.json'), 'utf8')) as { outputs: Record<string, string[]> }
    const chunk = Object.keys(manifest.outputs).find((file) => manifest.outputs[file]?.includes('scripts/analyse/names.ts'))
    const code = await readFile(path.join(PROJECT_ROOT, 'compiled', chunk ?? ''), 'utf8')
    // names.ts tests capitalisation with /^\p{Lu}/u; lowered, it reads `new RegExp("^\\p{Lu}", "u")`.
    expect(code).toContain(String.raw`/^\p{Lu}/u`)
    expect(code).not.toContain(String.raw`new RegExp("^\\p{Lu}", "u")`)
  })

  it('ships buildDeck as an entry of its own, the build the benchmark times', async () => {
    const { buildDeck: compiledBuildDeck } = (await import(path.join(PROJECT_ROOT, 'compiled/build.js'))) as { buildDeck: typeof buildDeck }
    const source = await readFile(path.join(FIXTURES, 'nurses-hospital-talks.md'), 'utf8')
    expect(compiledBuildDeck(source, 'a.md').deck).toBe(buildDeck(source, 'a.md').deck)
  })
})
