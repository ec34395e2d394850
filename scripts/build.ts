import { readFile } from 'node:fs/promises'
import { analyseArticle } from './analyse.ts'
import { composeBriefing } from './compose.ts'
import { InputError } from './errors.ts'
import { readArticle } from './read.ts'
import { renderDeck } from './render.ts'
import type { Analysis, Briefing } from './types.ts'
import { writeFileAtomic } from './write.ts'

/** Articles past this size are refused: no news story is this long, and parsing it would stall the dev loop. */
export const MAX_SOURCE_BYTES = 2 * 1024 * 1024

export interface DeckBuild {
  analysis: Analysis
  briefing: Briefing
  deck: string
}

/** The whole pipeline on a source's text, with no I/O: read → analyse → compose → render. */
export function buildDeck(markdown: string, file: string): DeckBuild {
  const analysis = analyseArticle(readArticle(markdown, file))
  const briefing = composeBriefing(analysis)
  return { analysis, briefing, deck: renderDeck(briefing) }
}

/** Read a source file as UTF-8 text, refusing what is not an article's markdown. */
export async function readSource(sourcePath: string): Promise<string> {
  let bytes: Buffer
  try {
    bytes = await readFile(sourcePath)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new InputError(`${sourcePath}: no such file. Give the path of an article's markdown, e.g. source/article.md.`, { file: sourcePath })
    if (code === 'EISDIR') throw new InputError(`${sourcePath}: is a directory. Give the path of an article's markdown file.`, { file: sourcePath })
    throw new InputError(`${sourcePath}: cannot be read (${code ?? 'unknown error'}).`, { file: sourcePath })
  }
  if (bytes.length > MAX_SOURCE_BYTES) {
    throw new InputError(`${sourcePath}: ${(bytes.length / 1024 / 1024).toFixed(1)} MB is larger than the ${MAX_SOURCE_BYTES / 1024 / 1024} MB briefdeck reads. Is this one article? Trim it to the story itself.`, { file: sourcePath })
  }
  if (bytes.includes(0)) throw new InputError(`${sourcePath}: holds binary data (NUL bytes), not markdown text.`, { file: sourcePath })
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new InputError(`${sourcePath}: is not UTF-8 text. Save it as UTF-8 and try again.`, { file: sourcePath })
  }
  if (text.trim() === '') throw new InputError(`${sourcePath}: is empty. Put the article's markdown in it, or make it with \`briefdeck import\`.`, { file: sourcePath })
  return text.replace(/^\uFEFF/, '')
}

/** Build `sourcePath` into the deck at `outPath`; the deck is replaced atomically, and only when it changed. */
export async function buildDeckFile(sourcePath: string, outPath: string, _options: { force?: boolean } = {}): Promise<{ outPath: string; written: boolean; build: DeckBuild }> {
  const build = buildDeck(await readSource(sourcePath), sourcePath)
  const current = await readFile(outPath, 'utf8').catch(() => null)
  if (current === build.deck) return { outPath, written: false, build }
  await writeFileAtomic(outPath, build.deck)
  return { outPath, written: true, build }
}
