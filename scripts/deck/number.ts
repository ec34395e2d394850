import { countryIndex } from '../analyse/gazetteer.ts'

/**
 * Whether a side's name is plural ("Loyalists", "the bus drivers", "Senate
 * Loyalists"), so the deck writes "Where Loyalists stand: what they ask",
 * not "Where Loyalists stands: what it asks". A country is one state
 * whatever its spelling ("the Netherlands", "the United States"), and a firm's
 * name ending in a plural word is one firm ("Harland Motors", "Bayside
 * Airlines"): both singular.
 */
export function isPluralName(name: string): boolean {
  const bare = name.replace(/^the\s+/i, '')
  if (countryIndex().has(bare) || countryIndex().has(name)) return false
  const words = bare.split(/\s+/)
  const last = words[words.length - 1] ?? ''
  if (!PLURAL_ENDING.test(last) || SINGULAR_ENDING.test(last)) return false
  // One capitalised word is a group of people ("Loyalists", "Wardens"); after others, a plural word that names
  // a firm's trade keeps the name one firm.
  return words.length === 1 || !FIRM_PLURALS.has(last.toLowerCase())
}

/** -s or -es on a word of letters: "drivers", "Whigs", "Federalists". */
const PLURAL_ENDING = /^\p{L}+s$/u
/** Words ending in s that are not plurals: "Congress", "Hamas", "Caracas", "census", "Paris". */
const SINGULAR_ENDING = /(?:ss|us|is|as|os)$/i

/** Plural words a firm's name ends in; the name stays one firm. */
const FIRM_PLURALS = new Set([
  'motors', 'airlines', 'airways', 'industries', 'systems', 'holdings', 'communications', 'technologies', 'partners',
  'brothers', 'services', 'networks', 'resources', 'laboratories', 'labs', 'pharmaceuticals', 'enterprises',
  'sciences', 'solutions', 'times', 'news', 'graphics', 'electronics', 'foods', 'products', 'mills', 'works',
  'studios', 'records', 'stores', 'markets', 'securities', 'investments', 'properties', 'utilities', 'logistics',
  'railways', 'lines', 'chemicals', 'metals', 'minerals', 'materials', 'dynamics', 'robotics', 'games', 'pictures',
])
