/**
 * A copy of the export fixture deck in a fresh folder inside the project:
 * Slidev resolves its theme and our fonts from the deck's folder upwards, so
 * the copy must sit under the project's node_modules. `.briefdeck-tmp-*` is
 * gitignored.
 */
import { copyFile, mkdtemp, rm } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url))
export const SAMPLE_DECK = path.join(PROJECT_ROOT, 'test/fixtures/export/sample-deck.md')
const STYLE = path.join(PROJECT_ROOT, 'slides/style.css')

export interface DeckFixture {
  /** The folder holding the copy. */
  dir: string
  /** `dir/slides.md`. */
  deck: string
  remove(): Promise<void>
}

/** Copies `source` (default: the sample deck) and slides/style.css into a new folder. */
export async function copyDeckFixture(source = SAMPLE_DECK): Promise<DeckFixture> {
  const dir = await mkdtemp(path.join(PROJECT_ROOT, '.briefdeck-tmp-test-'))
  const deck = path.join(dir, 'slides.md')
  await copyFile(source, deck)
  await copyFile(STYLE, path.join(dir, 'style.css'))
  return { dir, deck, remove: () => rm(dir, { recursive: true, force: true }) }
}
