/** Small builders for tests of the party finder: an article's metadata and paragraphs, and one candidate by name. */
import { expect } from 'vitest'
import type { PartyCandidate } from '../../scripts/analyse/parties.ts'
import type { ArticleMeta, Paragraph } from '../../scripts/types.ts'

export function meta(title: string, dek: string | null = null): ArticleMeta {
  return { title, dek, author: null, place: null, outlet: null, date: null, contributors: [], photo: null }
}

export function paragraphs(...texts: string[]): Paragraph[] {
  return texts.map((text, index) => ({ n: index + 1, text, line: index * 2 + 1, subhead: null }))
}

/** The candidate called `name`, failing the test with the names there are when it is missing. */
export function candidate(candidates: PartyCandidate[], name: string): PartyCandidate {
  const found = candidates.find((item) => item.name === name)
  expect(found, `${name} among ${candidates.map((item) => item.name).join(', ')}`).toBeDefined()
  return found as PartyCandidate
}
