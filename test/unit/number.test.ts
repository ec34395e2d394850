import { describe, expect, it } from 'vitest'
import { isPluralName } from '../../scripts/deck/number.ts'

describe('isPluralName: a side named in the plural takes "stand" and "they"', () => {
  it('reads groups of people as plural', () => {
    for (const name of ['Federalists', 'Whigs', 'the bus drivers', 'Senate Loyalists', 'Wardens', 'Harbour pilots']) expect(isPluralName(name), name).toBe(true)
  })

  it('reads countries, firms and words ending in s that are no plural as singular', () => {
    for (const name of ['the Netherlands', 'Netherlands', 'United States', 'Harland Motors', 'Bayside Airlines', 'Congress', 'Hamas', 'Quarrow', 'Velland Communications', 'the union'])
      expect(isPluralName(name), name).toBe(false)
  })
})
