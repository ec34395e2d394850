import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

/**
 * The usual gender of an English-language given name, from the name lists of
 * gender-detection-from-name (MIT; about 32,000 names). It is a last resort:
 * the article's own signals (an honorific, a later "he" or "she", a gendered
 * role) always win, and a name the list lacks stays unknown.
 *
 * The package's own `getGender` builds six Maps at import (about 140 ms, half
 * a briefing's time), so the English list is read once as bytes (never
 * decoded) and searched for each name asked about: a few names an article, a
 * fraction of a millisecond each.
 */
export function genderOfGivenName(given: string): 'f' | 'm' | null {
  const key = given.toLowerCase()
  if (!/^[\p{Ll}'-]+$/u.test(key)) return null
  // Each search scans the list's bytes, and speakers ask about the same few names sentence after sentence.
  const known = gendersFound.get(key)
  if (known !== undefined) return known
  const gender = searchList(key)
  if (gendersFound.size >= MAX_NAMES_KEPT) gendersFound.clear()
  gendersFound.set(key, gender)
  return gender
}
const gendersFound = new Map<string, 'f' | 'm' | null>()
const MAX_NAMES_KEPT = 10_000

function searchList(key: string): 'f' | 'm' | null {
  const list = englishNames()
  const entry = Buffer.from(`['${key}', '`)
  const at = list.indexOf(entry)
  if (at === -1) return null
  const value = list.toString('latin1', at + entry.length, at + entry.length + 6)
  return value.startsWith('female') ? 'f' : value.startsWith('male') ? 'm' : null
}

let englishList: Buffer | null = null

function englishNames(): Buffer {
  if (englishList === null) {
    const require = createRequire(import.meta.url)
    englishList = readFileSync(require.resolve('gender-detection-from-name/names/en.js'))
  }
  return englishList
}
