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
  const require = createRequire(import.meta.url)
  const countries = require('world-countries/countries.json') as WorldCountry[]
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

function unique(values: string[]): string[] {
  return [...new Set(values)]
}
