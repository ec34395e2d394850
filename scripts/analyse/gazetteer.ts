import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

/** A country as the article may name it: by name, short form, capital or adjective. */
export interface Country {
  name: string
  aliases: string[]
}

interface WorldCountry {
  name: { common: string; official: string }
  altSpellings: string[]
  capital: string[]
  demonyms: { eng?: { m: string; f: string } }
}

let index: Map<string, Country> | null = null

/**
 * Every way of naming a country, mapped to that country. Built once, lazily:
 * the data (world-countries, maintained from the mledoze/countries dataset) is
 * 1.4 MB and only the party finder needs it.
 */
export function countryIndex(): Map<string, Country> {
  if (index) return index
  const countries = countryData()
  index = new Map()
  for (const entry of countries) {
    const capitals = entry.capital.map((capital) => capital.replace(/\s+D\.C\.$/, ''))
    const adjective = entry.demonyms.eng?.m
    // Only forms written in plain ASCII letters can appear in English copy; which
    // of them an article actually uses is decided by the party finder.
    const aliases = unique([entry.name.official, ...entry.altSpellings, ...capitals, ...(adjective ? [adjective] : [])])
      .filter((form) => form !== entry.name.common && /^[A-Za-z .'-]+$/.test(form) && !/,/.test(form))
    const country = { name: entry.name.common, aliases }
    for (const form of [entry.name.common, ...aliases]) {
      if (!index.has(form)) index.set(form, country)
    }
  }
  return index
}

/**
 * The countries: from the trimmed copy `npm run compile` writes beside the
 * compiled chunk (the fields read here, a twentieth of the size), else, when
 * running from the sources, from the package itself.
 */
function countryData(): WorldCountry[] {
  try {
    return JSON.parse(readFileSync(new URL('countries.json', import.meta.url), 'utf8')) as WorldCountry[]
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    return createRequire(import.meta.url)('world-countries/countries.json') as WorldCountry[]
  }
}

function unique(values: string[]): string[] {
  return [...new Set(values)]
}

/**
 * The country forms a text uses, found by looking up every run of one to five
 * words in the index: one pass over the text, where testing each of the
 * index's ~1,300 forms against it would cost a regular expression apiece.
 */
let openingWordSet: Set<string> | null = null

/** The first word of every form in the index ("Papua" of "Papua New Guinea", "U" of "U.S."), read once. */
function openingWords(): Set<string> {
  if (openingWordSet === null) {
    const forms = [...countryIndex().keys()]
    openingWordSet = new Set(forms.map((form) => /[\p{L}\p{N}]+/u.exec(form)?.[0] ?? form))
    // A dotted abbreviation ("U.S.") is looked up by its first letter.
    for (const form of forms) if (/^\p{Lu}{2,3}$/u.test(form)) openingWordSet.add(form[0] as string)
  }
  return openingWordSet
}

const DOTTED_LETTERS = /^(?:\p{Lu}\.){1,3}\p{Lu}$/u

export function countryFormsIn(text: string): Map<string, Country> {
  const index = countryIndex()
  const words = Array.from(text.matchAll(/[\p{L}\p{N}]+/gu), (match) => ({ start: match.index, end: match.index + match[0].length }))
  const found = new Map<string, Country>()
  const openers = openingWords()
  for (let first = 0; first < words.length; first += 1) {
    const start = (words[first] as { start: number }).start
    // Only a word that opens some country form can start one: most words are passed over with one lookup.
    if (!openers.has(text.slice(start, (words[first] as { end: number }).end))) continue
    // "New Jersey", "New Mexico", "Papua New Guinea": a form right after "New" is part of another place's name.
    const before = words[first - 1]
    if (before && text.slice(before.start, before.end) === 'New' && /^\s+$/.test(text.slice(before.end, start))) continue
    for (let last = first; last < Math.min(words.length, first + 5); last += 1) {
      const end = (words[last] as { end: number }).end
      const span = text.slice(start, end)
      if (span.length > 60) break
      const country = index.get(span)
      if (country) found.set(span, country)
      // "U.S.", "U.K.", "U.A.E.": an abbreviation written with dots is its undotted form ("US").
      // The whole abbreviation only: not "U.A." or "A.E." inside "U.A.E.".
      const whole = !/\p{L}\.$/u.test(text.slice(Math.max(0, start - 2), start)) && !/^\p{L}\./u.test(text.slice(end + 1, end + 3))
      if (DOTTED_LETTERS.test(span) && text[end] === '.' && whole) {
        const undotted = index.get(span.replace(/\./g, ''))
        if (undotted) found.set(`${span}.`, undotted)
      }
    }
  }
  return found
}
