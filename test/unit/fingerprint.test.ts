import { describe, expect, it } from 'vitest'
import { deckOrigin, FINGERPRINT_KEY, stampDeck } from '../../scripts/fingerprint.ts'

const DECK = '---\ntheme: default\ntitle: "Port talks"\n---\n\n<div v-pre>Body</div>\n\n<!--\nNote\n-->\n\n---\ntitle: "Sources"\nlayout: default\n---\n\n<div v-pre>Outlet</div>\n\n<!--\nSources.\n-->\n'

describe('deck fingerprint', () => {
  it('stamps the fingerprint into the last slide\'s frontmatter, leaving the headmatter alone', () => {
    const stamped = stampDeck(DECK)
    expect(stamped.startsWith('---\ntheme: default\ntitle: "Port talks"\n---\n')).toBe(true)
    expect(stamped).toMatch(new RegExp(`\\n---\\n${FINGERPRINT_KEY}: "sha256:[0-9a-f]{64}"\\ntitle: "Sources"\\n`))
  })

  it('recognises an untouched generated deck', () => {
    expect(deckOrigin(stampDeck(DECK))).toBe('generated')
  })

  it('notices any edit to the body, the headmatter or the notes', () => {
    const stamped = stampDeck(DECK)
    expect(deckOrigin(stamped.replace('Body', 'Body!'))).toBe('edited')
    expect(deckOrigin(stamped.replace('theme: default', 'theme: seriph'))).toBe('edited')
    expect(deckOrigin(stamped.replace('Note', 'My note'))).toBe('edited')
    expect(deckOrigin(stamped.replace('<div v-pre>Outlet</div>', '<div v-pre>Outlet</div>\n\n---\n\n# My extra slide'))).toBe('edited')
  })

  it('calls a deck with no fingerprint foreign, and one whose stamp was moved edited', () => {
    expect(deckOrigin(DECK)).toBe('foreign')
    const stamped = stampDeck(DECK)
    const line = stamped.split('\n').find((text) => text.startsWith(FINGERPRINT_KEY)) as string
    expect(deckOrigin(stamped.replace(`${line}\n`, '').replace('theme: default', `${line}\ntheme: default`))).toBe('edited')
  })

  it('gives the same stamp for the same deck', () => {
    expect(stampDeck(DECK)).toBe(stampDeck(DECK))
  })
})
