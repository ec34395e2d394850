/**
 * The benchmark profiles compiled/ (what users run), where every project
 * function sits in one bundled chunk: the summary maps each frame back
 * through the chunk's source map to the source file and line it came from.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import * as esbuild from 'esbuild'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { summariseProfile, type CpuProfile } from '../../../scripts/bench/cpu-profile.ts'

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'briefdeck-profile-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

/** A profile of two samples: `entry` calling `inner`, both frames at the given places. */
function profileOf(url: string, entry: { line: number; column: number }, inner: { line: number; column: number }): CpuProfile {
  const frame = (functionName: string, at: { line: number; column: number }) => ({ functionName, url, lineNumber: at.line, columnNumber: at.column })
  return {
    nodes: [
      { id: 1, callFrame: { functionName: '(root)', url: '', lineNumber: -1, columnNumber: -1 }, children: [2] },
      { id: 2, callFrame: frame('buildAll', entry), children: [3] },
      { id: 3, callFrame: frame('countWords', inner) },
    ],
    startTime: 0,
    endTime: 2000,
    samples: [3, 3],
    timeDeltas: [0, 1000],
  }
}

/** 0-based line and column of `needle` in `text`. */
function positionOf(text: string, needle: string): { line: number; column: number } {
  const before = text.slice(0, text.indexOf(needle)).split('\n')
  return { line: before.length - 1, column: (before.at(-1) ?? '').length }
}

describe('summariseProfile', () => {
  it('names a compiled chunk frame by the source file and line its map gives', async () => {
    const source = path.join(dir, 'words.ts')
    await writeFile(source, ['// counting', '', 'export function countWords(text: string): number {', '  return text.split(/\\s+/).length', '}', '', 'export function buildAll(texts: string[]): number {', '  return texts.map(countWords).length', '}', ''].join('\n'))
    const chunk = path.join(dir, 'out', 'chunk.js')
    await esbuild.build({ entryPoints: [source], outfile: chunk, bundle: true, format: 'esm', sourcemap: 'linked', sourcesContent: false, logLevel: 'silent' })
    const code = await readFile(chunk, 'utf8')
    const profile = profileOf(pathToFileURL(chunk).href, positionOf(code, 'function buildAll'), positionOf(code, 'function countWords'))
    const summary = summariseProfile(profile, { entry: 'buildAll', root: dir })
    expect(summary.self[0]).toMatchObject({ name: 'countWords', where: 'words.ts:3' })
  })

  it('keeps the file as it is when no map lies beside it', async () => {
    const plain = path.join(dir, 'plain.js')
    await writeFile(plain, 'export function countWords() {}\n')
    const summary = summariseProfile(profileOf(pathToFileURL(plain).href, { line: 0, column: 0 }, { line: 4, column: 2 }), { entry: 'buildAll', root: dir })
    expect(summary.self[0]?.where).toBe('plain.js:5')
  })
})
