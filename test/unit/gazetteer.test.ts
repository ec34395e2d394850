import { describe, expect, it } from 'vitest'
import { countryFormsIn } from '../../scripts/analyse/gazetteer.ts'

const formsIn = (text: string) => Object.fromEntries([...countryFormsIn(text)].map(([form, country]) => [form, country.name]))

describe('countryFormsIn: the forms a text writes a country in', () => {
  it('reads an abbreviation written with dots as its undotted form', () => {
    expect(formsIn('The U.S. envoy met U.K. and U.A.E. officials; a U.S.-led plan followed.')).toEqual({
      'U.S.': 'United States',
      'U.K.': 'United Kingdom',
      'U.A.E.': 'United Arab Emirates',
    })
  })

  it('reads no country from part of a dotted abbreviation ("U.A." of "U.A.E.")', () => {
    expect(Object.keys(formsIn('Talks in the U.A.E. resumed.'))).toEqual(['U.A.E.'])
  })

  it('reads no country from a place whose name opens with "New"', () => {
    expect(formsIn('Dockers in New Jersey and New Mexico struck; Jersey ferries ran.')).toEqual({ Jersey: 'Jersey' })
  })
})
