import { createHash } from 'node:crypto'

/** The headmatter key that carries the fingerprint of what briefdeck generated. */
export const FINGERPRINT_KEY = 'briefdeckFingerprint'

const FINGERPRINT_LINE = new RegExp(`^${FINGERPRINT_KEY}: "sha256:([0-9a-f]{64})"\\n`, 'm')

/**
 * Stamp a generated deck with the hash of its own content, as a headmatter
 * line right after the opening `---`. A later build can then tell a deck it
 * wrote from one someone has edited since.
 */
export function stampDeck(deck: string): string {
  const body = deck.replace(/^---\n/, '')
  return `---\n${FINGERPRINT_KEY}: "sha256:${digest(body)}"\n${body}`
}

/**
 * What a deck on disk is: `generated` (unchanged since briefdeck wrote it),
 * `edited` (written by briefdeck, changed since) or `foreign` (no fingerprint:
 * not written by briefdeck, or the line was removed).
 */
export function deckOrigin(deck: string): 'generated' | 'edited' | 'foreign' {
  const match = FINGERPRINT_LINE.exec(deck)
  if (!match || match.index !== 4) return 'foreign'
  const body = deck.slice(4).replace(FINGERPRINT_LINE, '')
  return digest(body) === match[1] ? 'generated' : 'edited'
}

function digest(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}
