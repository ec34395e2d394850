import { describe, expect, it } from 'vitest'
import { deckOrigin, FINGERPRINT_KEY, stampDeck } from '../../scripts/fingerprint.ts'

const DECK = '---\ntheme: default\ntitle: "Port talks"\n---\n\n<div v-pre>Body</div>\n\n<!--\nNote\n-->\n'

describe('deck fingerprint', () => {
  it('stamps the fingerprint as the first headmatter line', () => {
    expect(stampDeck(DECK)).toMatch(new RegExp(`^---\\n${FINGERPRINT_KEY}: "sha256:[0-9a-f]{64}"\\ntheme: default\\n`))
  })

  it('recognises an untouched generated deck', () => {
    expect(deckOrigin(stampDeck(DECK))).toBe('generated')
  })

  it('notices any edit to the body, the headmatter or the notes', () => {
    const stamped = stampDeck(DECK)
    expect(deckOrigin(stamped.replace('Body', 'Body!'))).toBe('edited')
    expect(deckOrigin(stamped.replace('theme: default', 'theme: seriph'))).toBe('edited')
    expect(deckOrigin(stamped.replace('Note', 'My note'))).toBe('edited')
    expect(deckOrigin(`${stamped}\n---\n\n# My extra slide\n`)).toBe('edited')
  })

  it('calls a deck with no fingerprint, or one moved out of the headmatter, foreign', () => {
    expect(deckOrigin(DECK)).toBe('foreign')
    const stamped = stampDeck(DECK)
    const line = stamped.split('\n')[1] as string
    expect(deckOrigin(stamped.replace(`${line}\n`, '').replace('<div v-pre>', `${line}\n<div v-pre>`))).toBe('foreign')
  })

  it('gives the same stamp for the same deck', () => {
    expect(stampDeck(DECK)).toBe(stampDeck(DECK))
  })
})
