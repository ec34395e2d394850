/**
 * The edit the live measurement makes: one word of a paragraph replaced by a
 * marker, chosen so the marker lands on exactly one slide's visible text and
 * the deck keeps its shape. Checked by building the deck, not assumed.
 */
import { parseSync } from '@slidev/parser/core'
import { buildDeck } from './compiled-build.ts'
import { frontmatterOf } from './scaled-article.ts'

export interface LiveEdit {
  /** The word replaced, and where in the source it starts. */
  word: string
  offset: number
  /** 1-based number of the slide the marker shows on (Slidev's route). */
  slide: number
  /** The source with the word replaced by `marker`. */
  apply(marker: string): string
}

/** The `n`th marker: letters only and all the same length, so each edit reads the same to the pipeline. */
export function markerFor(n: number): string {
  if (n < 0 || n >= 26 * 26) throw new Error(`markerFor: ${n} is out of range`)
  return `zqbench${String.fromCharCode(97 + Math.floor(n / 26))}${String.fromCharCode(97 + (n % 26))}`
}

/**
 * The first lower-case word of six letters or more in the body whose
 * replacement shows on one slide and leaves the number of slides unchanged.
 *
 * @throws when no word of the first `tries` candidates qualifies.
 */
export function findVisibleEdit(source: string, file: string, tries = 200): LiveEdit {
  const probe = markerFor(0)
  if (source.includes(probe)) throw new Error(`findVisibleEdit: ${file} already contains the marker "${probe}"`)
  const bodyStart = frontmatterOf(source).length
  const slideCount = parseSync(buildDeck(source, file).deck, 'slides.md').slides.length
  let tried = 0
  for (const match of source.slice(bodyStart).matchAll(/(?<![\p{L}\p{N}'’-])[a-z]{6,}(?![\p{L}\p{N}'’-])/gu)) {
    if (tried++ >= tries) break
    const offset = bodyStart + match.index
    const word = match[0]
    const apply = (marker: string) => source.slice(0, offset) + marker + source.slice(offset + word.length)
    let slides
    try {
      slides = parseSync(buildDeck(apply(probe), file).deck, 'slides.md').slides
    } catch {
      continue
    }
    if (slides.length !== slideCount) continue
    const showing = slides.filter((slide) => slide.content.includes(probe))
    if (showing.length !== 1) continue
    return { word, offset, slide: slides.indexOf(showing[0] as (typeof slides)[number]) + 1, apply }
  }
  throw new Error(`findVisibleEdit: none of the first ${tries} words of ${file} shows on exactly one slide when replaced`)
}
