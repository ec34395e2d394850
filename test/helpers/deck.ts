import { readFileSync } from 'node:fs'
import { parseSync } from '@slidev/parser/core'
import { buildDeck, type DeckBuild } from '../../scripts/build.ts'

export interface BuiltFixture extends DeckBuild {
  source: string
  parsed: ReturnType<typeof parseSync>
  /** Text of every slide as a presenter reads it: the slide's markup with tags removed and entities decoded. */
  slideText: string[]
}

/** Build a source file in-process and parse the deck back with Slidev's own parser. */
export function buildFixture(path: string): BuiltFixture {
  return buildSource(readFileSync(path, 'utf8'), path)
}

/** {@link buildFixture} for source text that is not on disk as it is (a fixture changed for one test). */
export function buildSource(source: string, path: string): BuiltFixture {
  const build = buildDeck(source, path)
  const parsed = parseSync(build.deck, 'slides.md')
  return { ...build, source, parsed, slideText: parsed.slides.map((slide) => visibleText(slide.content)) }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#123': '{', '#125': '}', '#36': '$' }

export function visibleText(markup: string): string {
  return markup
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39|#123|#125|#36);/g, (_, name: string) => ENTITIES[name] as string)
    .replace(/\s+/g, ' ')
    .trim()
}

/** The words of a text, lower-cased, for "its words appear in the paragraph" checks. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? []
}
