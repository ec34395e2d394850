import { createHash } from 'node:crypto'

/** The frontmatter key that carries the fingerprint of what briefdeck generated. */
export const FINGERPRINT_KEY = 'briefdeckFingerprint'

const FINGERPRINT_LINE = new RegExp(`^${FINGERPRINT_KEY}: "sha256:([0-9a-f]{64})"\\n`, 'm')

/**
 * Stamp a generated deck with the hash of its own content, as a line in the
 * last slide's frontmatter, so a later build can tell a deck it wrote from one
 * someone has edited since. Not in the headmatter: Slidev reloads the whole
 * page when the headmatter changes, and the stamp changes with every edit.
 */
export function stampDeck(deck: string): string {
  const at = lastSlideStart(deck)
  return `${deck.slice(0, at)}${FINGERPRINT_KEY}: "sha256:${digest(deck)}"\n${deck.slice(at)}`
}

/**
 * What a deck on disk is: `generated` (unchanged since briefdeck wrote it),
 * `edited` (written by briefdeck, changed since, the stamp included) or
 * `foreign` (no fingerprint: not written by briefdeck, or the stamp was removed).
 */
export function deckOrigin(deck: string): 'generated' | 'edited' | 'foreign' {
  const match = FINGERPRINT_LINE.exec(deck)
  if (!match) return 'foreign'
  const unstamped = deck.slice(0, match.index) + deck.slice(match.index + match[0].length)
  return match.index === lastSlideStart(unstamped) && digest(unstamped) === match[1] ? 'generated' : 'edited'
}

/**
 * Where the last slide's frontmatter begins: after the second-to-last
 * separator line, since the renderer gives every slide a frontmatter block
 * and no other line of the deck starts with `---`.
 */
function lastSlideStart(deck: string): number {
  const closing = deck.lastIndexOf('\n---\n')
  const opening = closing > 0 ? deck.lastIndexOf('\n---\n', closing - 1) : -1
  return opening === -1 ? (deck.startsWith('---\n') ? 4 : 0) : opening + 5
}

function digest(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}
