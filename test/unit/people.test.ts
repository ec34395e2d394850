import { describe, expect, it } from 'vitest'
import { annotate } from '../../scripts/analyse/annotate.ts'
import { assignSides, findPeople } from '../../scripts/analyse/people.ts'
import { findSpeechCues } from '../../scripts/analyse/speech-cues.ts'
import type { Person } from '../../scripts/types.ts'

const SIDES = [
  { name: 'Iceland', aliases: ['Iceland', 'Reykjavik', 'Icelandic'] },
  { name: 'Nordic Dockworkers Union', aliases: ['Nordic Dockworkers Union', 'NDU', 'the union'] },
]

/** People found in paragraphs (each a string), numbered from 1. */
function peopleIn(...paragraphs: string[]): Person[] {
  const doc = annotate(paragraphs.map((text, index) => ({ n: index + 1, text, line: index + 1, subhead: null })))
  return findPeople(doc, findSpeechCues(doc), SIDES)
}

function onlyPerson(...paragraphs: string[]): Person {
  const people = peopleIn(...paragraphs)
  expect(people.map((person) => person.name)).toHaveLength(1)
  return people[0] as Person
}

describe('findPeople: how a name is introduced', () => {
  it('reads a title before the name as the role ("Trade Minister Jane Roe")', () => {
    const person = onlyPerson('Trade Minister Jane Roe said the offer stood.')
    expect(person).toMatchObject({ name: 'Jane Roe', role: 'Trade Minister', kind: 'party', paragraph: 1 })
    expect(person.reason).toContain('introduced as "Trade Minister"')
  })

  it('keeps a title\'s hyphenated tail out of the name ("Icelandic President-elect Sigrun Hald")', () => {
    expect(onlyPerson('On Tuesday Icelandic President-elect Sigrun Hald said she would meet the union.').name).toBe('Sigrun Hald')
  })

  it('splits a leading country adjective off the title as the affiliation', () => {
    expect(onlyPerson('Norwegian Fisheries Minister Kari Vold said no.')).toMatchObject({ name: 'Kari Vold', role: 'Fisheries Minister', affiliation: 'Norwegian', kind: 'party' })
  })

  it('reads "<side> chief negotiator <name>" as a party official speaking for that side', () => {
    expect(onlyPerson('NDU chief negotiator Sven Dahl said the union wanted 8 percent.')).toMatchObject({
      name: 'Sven Dahl', role: 'chief negotiator', affiliation: 'NDU', kind: 'party', party: 'Nordic Dockworkers Union',
    })
  })

  it('reads an appositive after the name as role and affiliation ("Jane Roe, a professor of economics at X University,")', () => {
    expect(onlyPerson('Jane Roe, a professor of economics at Halden University, said the gap was wide.')).toMatchObject({
      name: 'Jane Roe', role: 'professor', affiliation: 'economics at Halden University', kind: 'expert', party: null,
    })
  })

  it('finds a name beside a speech verb even with no role, as a protagonist (kind "party")', () => {
    expect(onlyPerson('"We will not yield," said Mara Quist.')).toMatchObject({ name: 'Mara Quist', role: null, kind: 'party', party: null })
    expect(onlyPerson('Mara Quist said the union would strike.').reason).toContain('a protagonist')
  })

  it('keeps hyphenated names whole', () => {
    expect(onlyPerson('Jean-Luc Marchetti said no.').name).toBe('Jean-Luc Marchetti')
  })

  it('does not take a capitalised run with no role and no speech verb for a person', () => {
    expect(peopleIn('The Grand Hotel hosted Mara Quist and others.')).toEqual([])
    expect(peopleIn('Baltic Port Authority issued a notice.')).toEqual([])
  })

  it('does not take a country for a person', () => {
    expect(peopleIn('New Zealand said on Monday it would not budge.')).toEqual([])
  })

  it('does not take a one-word name for a person', () => {
    expect(peopleIn('Quist said the union would strike.')).toEqual([])
  })
})

describe('findPeople: expert or party', () => {
  it('makes the director of a research institute an expert', () => {
    const person = onlyPerson('Tomas Berg, director of the Baltic Institute for Labour Studies, said a deal was near.')
    expect(person).toMatchObject({ role: 'director', affiliation: 'Baltic Institute for Labour Studies', kind: 'expert' })
    expect(person.reason).toMatch(/heads a research body/)
  })

  it('makes a senior fellow at an institute and an analyst at a centre experts', () => {
    expect(onlyPerson('Olga Brandt, a senior fellow at the Nordic Policy Institute, said the gap was wide.')).toMatchObject({ role: 'senior fellow', kind: 'expert' })
    expect(peopleIn('Ines Moreau, an analyst at the Centre for Maritime Policy, said the strike could last weeks.')[0]).toMatchObject({ name: 'Ines Moreau', kind: 'expert' })
  })

  it('makes the dean of a school and the president of a university experts', () => {
    expect(onlyPerson('Olga Brandt, dean of the Halden School of Economics, said the gap was wide.').kind).toBe('expert')
    expect(onlyPerson('Olga Brandt, president of Halden University, said the gap was wide.').kind).toBe('expert')
  })

  it('makes a spokeswoman for the Ministry a party official, not an expert', () => {
    expect(onlyPerson('Lena Fisk, spokeswoman for the Ministry, said the port would stay open.')).toMatchObject({ role: 'spokeswoman', affiliation: 'Ministry', kind: 'party' })
    expect(onlyPerson('Lena Fisk, a spokeswoman for the Ministry of Transport, said the port would stay open.')).toMatchObject({ affiliation: 'Ministry of Transport', kind: 'party' })
  })

  it('does not make the head of a ministry department an expert', () => {
    expect(onlyPerson("Karl Ostrom, head of the ministry's trade department, said talks would continue.").kind).toBe('party')
    expect(onlyPerson('Karl Ostrom, director of the Trade Department at the Icelandic Ministry of Commerce, said talks would continue.')).toMatchObject({ kind: 'party', party: 'Iceland' })
    expect(onlyPerson("Karl Ostrom, director-general of the foreign ministry's Asia department, said talks would continue.").kind).toBe('party')
  })

  it('does not make the head of a ministry\'s research institute an expert', () => {
    expect(onlyPerson("Olga Brandt, director of the Icelandic Ministry of Labour's research institute, said the gap was wide.").kind).toBe('party')
  })

  it('makes the president of a union a party official speaking for the union', () => {
    expect(onlyPerson('Olga Brandt, president of the Nordic Dockworkers Union, said the gap was wide.')).toMatchObject({ kind: 'party', party: 'Nordic Dockworkers Union' })
  })

  it('finds the side from the appositive ("the union\'s general secretary")', () => {
    expect(onlyPerson('"We will not yield," said Mara Quist, the union\'s general secretary.')).toMatchObject({ kind: 'party', party: 'Nordic Dockworkers Union' })
  })

  it('finds the side from the clause around the name ("… of Iceland")', () => {
    expect(onlyPerson('Trade Minister Jane Roe of Iceland said the offer stood.')).toMatchObject({ party: 'Iceland', affiliation: 'Iceland' })
  })

  it('gives a party only to people of kind "party"', () => {
    const expert = onlyPerson('Tomas Berg, an economist at the University of Iceland, said a deal was near.')
    expect(expert.kind).toBe('expert')
    expect(expert.party).toBeNull()
  })

  it('makes someone named without a role an expert when a later sentence calls them "the … analyst"', () => {
    const person = onlyPerson('Ana Vidal said the strike would hurt exporters.', 'Later the respected analyst warned of delays.')
    expect(person.kind).toBe('expert')
    expect(person.reason).toContain('later called "the respected analyst"')
  })

  it('does not turn a party official into an expert by a later "the analyst"', () => {
    expect(onlyPerson('Trade Minister Jane Roe said the offer stood.', 'Later the respected analyst warned of delays.').kind).toBe('party')
  })
})

describe('findPeople: across passages', () => {
  it('lists each person once, with the paragraph of first mention', () => {
    const people = peopleIn('Trade Minister Jane Roe said the offer stood.', 'Jane Roe said it again.')
    expect(people).toHaveLength(1)
    expect(people[0]?.paragraph).toBe(1)
  })

  it('fills in a role given at a later mention', () => {
    expect(onlyPerson('Jane Roe said the offer stood.', 'Trade Minister Jane Roe later added more.')).toMatchObject({ role: 'Trade Minister', kind: 'party', paragraph: 1 })
  })

  it('orders people by paragraph, then by name', () => {
    const people = peopleIn('Zoe Ahl said yes. Anna Berg said no.', 'Carl Dahl said maybe.')
    expect(people.map((person) => [person.paragraph, person.name])).toEqual([[1, 'Anna Berg'], [1, 'Zoe Ahl'], [2, 'Carl Dahl']])
  })

  it('finds nobody in no passages', () => {
    expect(peopleIn()).toEqual([])
  })
})

describe('mentions', () => {
  const mentionsOf = (text: string, name: string) =>
    peopleIn(...text.split('\n')).find((person) => person.name === name)?.mentions

  it('refers back to a person by the full name and the surname, hyphenated or not', () => {
    expect(mentionsOf('Trade Minister Karim Abdel-Fattah said the quota was final.', 'Karim Abdel-Fattah')).toEqual(['Karim Abdel-Fattah', 'Abdel-Fattah'])
  })

  it('adds the given name when the article uses it alone and no one else shares it', () => {
    expect(mentionsOf('Water Minister Tesfaye Alemu said the dam would fill.\nTesfaye told state television the talks were over.', 'Tesfaye Alemu')).toEqual(['Tesfaye Alemu', 'Alemu', 'Tesfaye'])
  })
})

describe('findPeople: introductions a reader reads past', () => {
  it('reads a role set off by a comma before the name ("the union\'s lawyer, Name, said")', () => {
    expect(onlyPerson("The union's legal adviser, Petra Lindgren, said the ballot was lawful.")).toMatchObject({ name: 'Petra Lindgren', role: 'legal adviser', kind: 'party' })
  })

  it('keeps a capitalised name whole when the tagger takes a part of it for a verb or an adjective', () => {
    expect(onlyPerson('Harbour Commissioner Tam Will said the berths were full.').name).toBe('Tam Will')
    expect(onlyPerson('Port press secretary Milo Earnest-Vale condemned the delay.').name).toBe('Milo Earnest-Vale')
  })

  it('keeps the lower-case part of a hyphenated given name ("Pak Un-gyong")', () => {
    expect(onlyPerson('Delegation head Pak Un-gyong said the talks were useful.').name).toBe('Pak Un-gyong')
  })

  it('cuts a long capitalised run to the name after its organisation and title words', () => {
    expect(onlyPerson('Nordic Dockworkers Union President Lars Heimdal said the strike would go on.')).toMatchObject({ name: 'Lars Heimdal', kind: 'party' })
    expect(onlyPerson('Falkland County Sheriff Bo Tarr said the road would stay shut.').name).toBe('Bo Tarr')
  })

  it('reads a title with its full stop ("Gov.", "Sen.")', () => {
    expect(onlyPerson('Republican Gov. Ada Brisk signed the order.')).toMatchObject({ name: 'Ada Brisk', kind: 'party' })
  })

  it('reads a lower-case role with its of-phrase before the name as the role and what it heads', () => {
    expect(onlyPerson('"Now the haggling starts," director of shipping research Ilse Brandt said.')).toMatchObject({ name: 'Ilse Brandt', role: 'director', kind: 'expert' })
  })

  it('makes an expert of someone named only with a consultancy or a securities house ("from", "with")', () => {
    expect(onlyPerson('Ola Nordin from Fjell Consulting said exports would fall.').kind).toBe('expert')
    expect(onlyPerson('"The clock is ticking," wrote Mia Sund with Kattegat Securities.').kind).toBe('expert')
  })

  it('makes an expert of a former official quoted for their view', () => {
    expect(onlyPerson('Tor Eklund, a former deputy minister, said neither side would blink.').kind).toBe('expert')
  })

  it('gives a third country\'s or an international body\'s official the kind "other" once the sides are known', () => {
    const doc = annotate([{ n: 1, text: 'Canadian Foreign Minister Joan Pike said the port talks must go on. U.N. spokesman Omar Seck said aid was waiting.', line: 1, subhead: null }])
    const people = assignSides(findPeople(doc, findSpeechCues(doc), SIDES), SIDES.map((side) => ({ ...side, stance: 'demands' as const, reason: '' })))
    expect(people.map((person) => [person.name, person.kind])).toEqual([['Joan Pike', 'other'], ['Omar Seck', 'other']])
  })
})

describe('findPeople: a firm named for its trade is no person', () => {
  it('"Harbour Lane Productions" and "Ostwind Records" are organisations', () => {
    const names = peopleIn('Harbour Lane Productions said the tour would go ahead. Ostwind Records said it owned the masters. Petra Holm, the singer, said she did not.').map((person) => person.name)
    expect(names).toEqual(['Petra Holm'])
  })
})
