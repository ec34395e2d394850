import { describe, expect, it } from 'vitest'
import { annotate } from '../../scripts/analyse/annotate.ts'
import { assignSides, findPeople } from '../../scripts/analyse/people.ts'
import { attributeSpeech } from '../../scripts/analyse/speakers.ts'
import { findSpeechCues } from '../../scripts/analyse/speech-cues.ts'
import { sourcePhrase } from '../../scripts/analyse/source-phrase.ts'
import type { Attribution, Party, Person } from '../../scripts/types.ts'

const SIDES: Party[] = [
  { name: 'Ostmark', aliases: ['Ostmark', 'Ostmarkian'], stance: 'demands', reason: '' },
  { name: 'Velland', aliases: ['Velland', 'Vellish'], stance: 'responds', reason: '' },
]

/** The reading of paragraphs (each a string): people with their sides, and each sentence's attribution with its text. */
function read(...paragraphs: string[]): { people: Person[]; said: Array<Attribution & { text: string }> } {
  const doc = annotate(paragraphs.map((text, index) => ({ n: index + 1, text, line: index + 1, subhead: null })))
  const cues = findSpeechCues(doc)
  const found = findPeople(doc, cues, SIDES)
  const attributions = attributeSpeech(doc, found, cues)
  return { people: assignSides(found, SIDES), said: attributions.map((attribution, index) => ({ ...attribution, text: doc.sentences[index]?.text ?? '' })) }
}

const speakers = (...paragraphs: string[]) => read(...paragraphs).said.map((item) => item.speaker)
const kinds = (...paragraphs: string[]) => Object.fromEntries(read(...paragraphs).people.map((person) => [person.name, person.kind]))

describe('speakers: the speech cue and its holder', () => {
  it('reads "says" after a plural and "saying" after the main clause', () => {
    expect(speakers('Dock owners say the berths are full.')).toEqual(['Dock owners'])
    expect(speakers('Ilse Marken posted a long letter on Friday saying the offer was an insult.')).toEqual(['Ilse Marken'])
    expect(speakers('Ilse Marken said in a statement, adding that the offer was an insult.')).toEqual(['Ilse Marken'])
  })

  it('keeps an absolute "with X insisting" phrase apart from the clause it hangs on', () => {
    const { said } = read('The port and the pilots stayed apart, with the pilots insisting on a cap.')
    expect(said[0]?.speaker).not.toBe('The port and the pilots')
  })

  it('reads past a parenthesis after the name ("Sen. Name (D-Ost.) said")', () => {
    expect(speakers('Sen. Arno Fiedler (D-Ost.) said in a statement that the vote would wait.')).toEqual(['Arno Fiedler'])
  })

  it('keeps a title\'s full stop inside the sentence ("said the Rev. Name")', () => {
    const { said } = read('"The town will not go back," said the Rev. Jonah Pell, of the harbour chapel.')
    expect(said).toHaveLength(1)
    expect(said[0]?.speaker).toBe('Jonah Pell')
  })

  it('reads "Name, 71, who said" as the name\'s words, and the "he said" after it', () => {
    expect(speakers('First in the queue was retired welder Otto Brandl, 71, who said he had waited since dawn. "It was worth it," he said.')).toEqual(['Otto Brandl', 'Otto Brandl'])
  })

  it('gives a surname alone the full name the article gives elsewhere', () => {
    expect(speakers('Supporters of Ilse Marken gathered in the square. Marken said the count was fair.')).toEqual([null, 'Ilse Marken'])
  })

  it('carries a quotation attributed at its end to its first sentence (D9)', () => {
    expect(speakers('"We will not be hurried. Nobody signs a blank page," Velland\'s chief negotiator Hedda Strom said.')).toEqual(['Hedda Strom', 'Hedda Strom'])
  })

  it('gives a colon lead-in the quotation that follows it, across sentences (D9)', () => {
    const { said } = read('The envoy of Ostmark told reporters in Talberg: "We must see the quota reopened. It was never fair."')
    expect(said.map((item) => item.source)).toEqual(['unnamed', 'unnamed'])
    expect(said.every((item) => item.speaker === 'The envoy of Ostmark')).toBe(true)
  })

  it('sends "she said" to the nearest woman the text is about, not to the last speaker', () => {
    const { said } = read('Ostmark\'s trade minister, Karla Benn, met Velland\'s envoy, Piet Sauer, on Monday. Sauer said little, and his aides left early. "We are close," she said.')
    expect(said.map((item) => item.speaker)).toEqual([null, 'Piet Sauer', 'Karla Benn'])
  })
})

describe('speakers: unnamed sources, organisations and beliefs (D7)', () => {
  it('reports unnamed sources with their words and kind, never as a person', () => {
    const { said } = read('Several energy economists say the fee would have to triple. One shipping consultant, who did not want to be named, said the blockade could last.')
    expect(said.map((item) => [item.speaker, item.source])).toEqual([['Several energy economists', 'unnamed'], ['One shipping consultant', 'unnamed']])
  })

  it('reports an organisation as the source of a statement', () => {
    const { said } = read('The Vellish transport ministry said the ferries would sail.')
    expect(said[0]).toMatchObject({ source: 'organisation', mode: 'speech' })
  })

  it('keeps a belief or intention apart from speech', () => {
    const { said } = read('Karla Benn wants the quota doubled.')
    expect(said[0]).toMatchObject({ speaker: 'Karla Benn', mode: 'belief' })
  })
})

describe('people: who is a side, who is not (D4, D10)', () => {
  it('finds every person of D4\'s kinds of introduction', () => {
    const people = read(
      'Rosa Quintero-Lage, who has run the fishers\' cooperative for twenty years, said the offer was an insult.',
      'The harbour ministry\'s legal adviser, Anton Kell of Kell & Marr, said in a filing that the permit could be renewed.',
      '"Nobody has read the annex," said Mr. Veldhuis, a senior lecturer at a law school.',
      'President Sorvik told journalists the ministry would not back down.',
      'May Ekholm, a freight economist, said rates had doubled.',
      'Samir el-Amin, the fishers\' spokesman, said the cooperative would keep fishing.',
    ).people
    expect(Object.fromEntries(people.map((person) => [person.name, person.kind]))).toMatchObject({
      'Rosa Quintero-Lage': 'party', 'Anton Kell': 'party', Veldhuis: 'expert', Sorvik: 'party', 'May Ekholm': 'expert', 'Samir el-Amin': 'party',
    })
  })

  it('types a mediator and a central banker as outside the sides', () => {
    const found = kinds(
      'Talks between Ostmark and Velland resumed on Wednesday.',
      'Lotte Brink, a mediator appointed by the regional court, said both sides had moved.',
      'Central bank governor Aksel Vinter said the stoppage had already cost exporters dearly.',
    )
    expect(found['Lotte Brink']).toBe('other')
    expect(['other', 'expert']).toContain(found['Aksel Vinter'])
  })
})

describe('quotations: a question put to a speaker is not their words (G4)', () => {
  it('marks a quotation inside "asked whether …" as a question put to the speaker', () => {
    const doc = annotate([{ n: 1, text: 'Asked by a reporter whether he feared "a collapse of the whole accord", Ostmark\'s prime minister Dorin Kael said Ostmark would answer any seizure.', line: 1, subhead: null }])
    expect(doc.quotations).toHaveLength(1)
    expect(doc.quotations[0]?.question).toBe(true)
  })
})

describe('speakers: house styles of quotation and names the tagger misreads', () => {
  it('reads two apostrophes as quotation marks (\'\'…,\'\' said Name)', () => {
    expect(speakers("''There is a lot of new paperwork,'' said Mr. Halvorsen.")).toEqual(['Halvorsen'])
  })

  it('reads a given name the tagger takes for a verb as part of the name, not as the clause\'s verb', () => {
    expect(speakers('Harbour board spokesman Josh Velde said on Monday that the cranes would stop.')).toEqual(['Josh Velde'])
  })

  it('leaves a party adjective out of the name ("Republican Jane Roe")', () => {
    expect(read('Republican Senator Ada Vinge said the bill was dead.').people.map((person) => person.name)).toEqual(['Ada Vinge'])
    expect(read('Democrat Piet Olander said the bill was alive.').people.map((person) => person.name)).toEqual(['Piet Olander'])
  })
})

describe('speakers: pronouns further back, and criticism verbs', () => {
  it('sends "he said" to the man the story is about when no one is named close before it', () => {
    expect(speakers(
      'Mayor Olaf Brenn spoke to the dockers on Monday.',
      'The port has lost two contracts this year.',
      'Freight volumes fell by a tenth.',
      'He said the city would not sell the cranes.',
    )).toEqual([null, null, null, 'Olaf Brenn'])
  })

  it('reads criticism and citation verbs as statements, and "called off" as no statement', () => {
    expect(speakers('Ilse Marken blasted the offer as a stunt.')).toEqual(['Ilse Marken'])
    expect(speakers('Ilse Marken pointed to the falling freight rates.')).toEqual(['Ilse Marken'])
    expect(speakers('Ilse Marken called off the strike.')).toEqual([null])
  })
})

describe('speakers: the usual gender of a given name, as a last resort', () => {
  it('sends "she said" past a man the article gives no pronoun for', () => {
    expect(speakers('Harbour chief Margaret Olsen met union leader Thomas Brekke. Brekke said nothing. "We are close," she said.')).toEqual([null, 'Thomas Brekke', 'Margaret Olsen'])
  })

  it('lets the article\'s own signal win over the given name', () => {
    // "Ms." says what the given name alone would not.
    expect(speakers('Ms. Robin Tate met Karl Ode. Ode said nothing. "We are close," she said.').at(-1)).toBe('Robin Tate')
  })
})

describe('speakers: transcripts, continuations and a name right before its verb', () => {
  it('gives a transcript paragraph to the person its upper-case label names', () => {
    expect(speakers('Governor Alma Rusk spoke to Senator Jon Fell on Sunday.', 'RUSK: Well, look, the port stays open.', 'FELL: But the pilots say otherwise.')).toEqual([null, 'Alma Rusk', 'Jon Fell'])
  })

  it('reads "she continued" after a quotation, but not "the talks continued"', () => {
    expect(speakers('Union leader Ilse Marken spoke first. "Nobody wins a strike," she continued.')).toEqual([null, 'Ilse Marken'])
    expect(speakers('The talks continued into the night.')).toEqual([null])
  })

  it('takes the name right before the verb after an opening prepositional phrase', () => {
    expect(speakers('Union leader Ilse Marken met the board. In an interview with the Harbour Ledger Marken said the strike would go on.')).toEqual([null, 'Ilse Marken'])
  })
})

describe('speakers: a known gender beats a nearer unknown one', () => {
  it('sends "she said" to the woman named first, past a nearer name of no known gender', () => {
    expect(speakers('Harbour chief Margaret Olsen met Envoy Tarkovan on Monday. "We are close," she said.').at(-1)).toBe('Margaret Olsen')
  })

  it('never takes a word in capitals for part of a name', () => {
    expect(read('THE HARBOUR Back then, Mayor Olaf Brenn said the port would grow.').people.map((person) => person.name)).toEqual(['Olaf Brenn'])
  })
})

describe('speakers: the subject past appositives, participles and coordination', () => {
  it('reads a piece set off by commas after a name as said of the name', () => {
    expect(speakers('Senator Dina Fenn, Democrat of Ostia, said the levy would stay.')).toEqual(['Dina Fenn'])
    expect(speakers('Majority Leader Otto Rask, R-Ost., said Tuesday the vote would wait.')).toEqual(['Otto Rask'])
  })

  it('takes no subject after a participle that opens the sentence', () => {
    expect(speakers('Asked about the blockade, harbour chief Lena Voss said, "We are ready."')).toEqual(['Lena Voss'])
    expect(speakers('Writing for the Harbour Ledger, Pavel Orsk argued that the port had lost.')).toEqual(['Pavel Orsk'])
  })

  it('does not take the subject of what was said for an inverted subject', () => {
    expect(read('The board met on Friday, said Ilse Marken would resign.').said[0]?.speaker).toBeNull()
  })

  it('gives a verb joined by "and" the subject of the verb before it', () => {
    expect(speakers('Captain Ada Kurz thanked the crew and said the strike was over.')).toEqual(['Ada Kurz'])
    expect(speakers('Mr. Ed Sholt backed the union at the port, which let him go in 2015, and said he did not back the owners.')).toEqual(['Ed Sholt'])
  })

  it('finds the subject of a second clause joined by "and"', () => {
    expect(speakers('Harbour chief Lena Voss met the pilots. The strike ended and Voss said the port was open.')).toEqual([null, 'Lena Voss'])
  })
})

describe('people: words that open an office, a place or a law are no name', () => {
  const names = (...paragraphs: string[]) => read(...paragraphs).people.map((person) => person.name)

  it('takes only an office word ("Minister", not "Security") as the title before a person', () => {
    expect(names('Coastal Security Investigations agents said the berths would stay shut.')).toEqual([])
    expect(names('Foreign Minister Ulla Brandt said the berths would stay shut.')).toEqual(['Ulla Brandt'])
  })

  it('keeps a compass word or "New" with the place it opens', () => {
    expect(names('South Marlow Harbour said on Monday that it would close.')).toEqual([])
  })

  it('reads one capitalised word the article also writes in lower case as a common noun', () => {
    expect(names('Police say he fled. He was later found, police added.')).toEqual([])
  })

  it('ends a name at a capitalised preposition inside the name of a law', () => {
    expect(names('Backers of the Fairness Against Harbour Closures Act said the vote would come soon.')).toEqual([])
  })
})

describe('speakers: the holder is the noun, not the name that qualifies it', () => {
  it('keeps an inverted speaker whose "of" phrase follows ("said Name of the plan")', () => {
    expect(speakers('"It was a hard call," said Ilse Marken of the plan.')).toEqual(['Ilse Marken'])
  })

  it('reads a speech verb before an infinitive as the cue ("vowed to lift")', () => {
    expect(speakers('Ilse Marken vowed to lift the curfew by the weekend.')).toEqual(['Ilse Marken'])
  })
})

describe('speakers: names and verbs the tagger misreads, and mixed quotation marks', () => {
  it('reads a surname the tagger takes for a verb as the name before "said"', () => {
    expect(speakers('Otto Drill chairs the harbour board. "We are ready," Drill said.')).toEqual([null, 'Otto Drill'])
  })

  it('reads a speech verb the tagger takes for a plural noun after a name ("Name claims that")', () => {
    expect(speakers('Edda Marsh chairs the harbour board. Marsh claims that the port is shut.')).toEqual([null, 'Edda Marsh'])
    expect(speakers('Edda Marsh chairs the harbour board. Marsh notes they were late.')).toEqual([null, 'Edda Marsh'])
  })

  it('closes a curly-opened quotation at a straight mark after a word ("“…," Name said)', () => {
    expect(speakers('“We will not sign," Ilse Marken said in a statement, adding that the offer was "late."')).toEqual(['Ilse Marken'])
  })

  it('keeps a straight mark nested inside a curly quotation inside it', () => {
    const { said } = read('“They told us "no" twice,” Ilse Marken said.')
    expect(said[0]?.speaker).toBe('Ilse Marken')
  })

  it('takes a surname that is also a country\'s name for a surname after a title, not after a word that may be a given name', () => {
    expect(speakers('Rep. Edda Jordan (D-Ost.) said the bill was dead.')).toEqual(['Edda Jordan'])
    expect(read('Even China, Velland\'s only ally, said it was opposed to the test.').people).toEqual([])
  })

  it('keeps a name written after an honorific a person, even where a side is named after them', () => {
    const doc = annotate([{ n: 1, text: 'Mr. Marken said the port would stay shut.', line: 1, subhead: null }])
    const sides = [{ name: 'Marken', aliases: ['Marken'] }, { name: 'Velland', aliases: ['Velland'] }]
    expect(findPeople(doc, findSpeechCues(doc), sides).map((person) => person.name)).toEqual(['Marken'])
  })
})

describe('speakers: who a pronoun stands for', () => {
  it('sends "he said" to a man introduced by an inverted "said Name, a …" before it', () => {
    expect(speakers(
      'Mayor Olaf Brenn opened the harbour on Monday.',
      '"The berths are full," said Peter Sauer, a fellow at the Velland institute who studies ports.',
      '"Nobody planned for this," he said.',
    ).at(-1)).toBe('Peter Sauer')
  })

  it('never takes a name inside quoted words for the "he" who says them', () => {
    expect(speakers(
      'Mayor Olaf Brenn opened the harbour on Monday.',
      'Peter Sauer, a docker, watched.',
      '"Brenn will not listen. Nobody planned for this," he said.',
    ).at(-1)).toBe('Peter Sauer')
  })

  it('lets a full name the people stage did not list stand for a nearer "she"', () => {
    expect(speakers(
      'Ilse Marken said the port would stay shut.',
      'Edda Vinter runs the ferry across the bay.',
      '"We will lose the summer," she said.',
    ).at(-1)).toBe('Edda Vinter')
  })
})

describe('speakers: the subject of a clause its opener starts', () => {
  it('reads the pronoun after "which" or "though" as the speaker ("…, which he said were …")', () => {
    expect(speakers('Otto Brandl chairs the harbour board. He blamed the ferry fees, which he said were set too high.').at(-1)).toBe('Otto Brandl')
    expect(speakers('Otto Brandl chairs the harbour board. He gave no date, though he said the berths would open.').at(-1)).toBe('Otto Brandl')
  })

  it('reads the name after a subordinating word or a relative as the speaker ("after Name said", "what Name called")', () => {
    expect(speakers('The dockers walked out on Monday, shortly after Ilse Marken said the fees would rise.')).toEqual(['Ilse Marken'])
    expect(speakers('The board rejected what Mayor Ilse Marken called a fair offer.')).toEqual(['Ilse Marken'])
    expect(speakers('The port owes $2 million on Friday that Ilse Marken has said it cannot pay.')).toEqual([null])
  })
})

describe('speakers: a quotation signed with a dash and a name', () => {
  it('gives each quotation the name that signs it after a dash ("“…” ― Name “…” ― Name.")', () => {
    expect(speakers('“The ferry is our road. Without it we are cut off.” ― Ilse Marken “Nobody asked the island.” ― Otto Brandl.')).toEqual(['Ilse Marken', 'Ilse Marken', 'Otto Brandl', null])
  })

  it('leaves a dash that goes on with the sentence unsigned', () => {
    expect(speakers('“The ferry is our road” ― Ilse Marken painted those words on the ferry.')[0]).not.toBe('Ilse Marken')
  })
})

describe('speakers: transcript labels and an appositive after a parenthesis', () => {
  it('gives an unknown upper-case label its paragraph in a transcript whose other label names a known person', () => {
    expect(speakers(
      'Mayor Ilse Marken said on the radio show that the port would open.',
      'HOLM: Will the port open on Monday?',
      'MARKEN: It will open when the cranes are fixed.',
    )).toEqual(['Ilse Marken', 'Holm', 'Ilse Marken'])
  })

  it('leaves an upper-case label the article writes as a lower-case word alone ("UPDATE:")', () => {
    expect(speakers(
      'Mayor Ilse Marken said on the radio show that the port would open.',
      'MARKEN: It will open when the cranes are fixed.',
      'UPDATE: The port opened on Tuesday, after an update to the cranes.',
    ).at(-1)).toBeNull()
  })

  it('reads a possessive appositive after a name and its party as said of the name', () => {
    expect(speakers('Attorney General Ilse Marken (D), Brandl\'s opponent in the race, called on Friday for the tapes to be released.')).toEqual(['Ilse Marken'])
  })
})

describe('speakers: a possessive appositive', () => {
  it('skips a possessive appositive set off by commas before the verb ("The mayor, Name\'s rival, said")', () => {
    expect(speakers('The harbour mayor, Brandl\'s rival in the race, said on Friday that the tapes should be released.')).toEqual(['The harbour mayor'])
  })

  it('reads a piece after a name and its party in parentheses as said of the name', () => {
    expect(speakers('Attorney General Ilse Marken (D), Velland Harbour Board chair, said on Friday that the tapes should be released.')).toEqual(['Ilse Marken'])
  })
})

describe('people: organisations named for their trade', () => {
  it('takes a name ending in a trade or institution word for an organisation, not a person', () => {
    expect(read('Arlo Coal said it would close the mine. The Brenn Institution said the closure was overdue.').people).toEqual([])
  })
})

describe('speakers: a lead-in ending in a colon', () => {
  it('gives the quotation opening the next paragraph to the speaker of "Name said:" before it', () => {
    expect(speakers(
      'Ilse Marken spoke to the dockers on Friday. She said:',
      '"We will not sign this offer. It is an insult."',
    )).toEqual([null, 'Ilse Marken', 'Ilse Marken', 'Ilse Marken'])
  })

  it('lets a block set off by a colon seed no continuation into the paragraphs after it (an excerpt)', () => {
    expect(speakers(
      'Ilse Marken covered the strike for the Ledger. Marken reports:',
      '"The dockers waited all night."',
      '"By dawn the gates were shut."',
    ).at(-1)).toBeNull()
  })
})

describe('speakers: a participle that governs an infinitive', () => {
  it('gives "…, promising to lift …" the subject of the clause it hangs on', () => {
    expect(speakers('Ilse Marken spoke to the dockers on Thursday, promising to lift the curfew.')).toEqual(['Ilse Marken'])
  })
})

describe('speakers: a personal pronoun right before the verb', () => {
  it('takes the pronoun, not the time or place phrase before it, for the subject', () => {
    expect(speakers('Arno Fiedler met the dockers on Monday. A day later in an interview with the Ledger he blasted the offer as an insult.').at(-1)).toBe('Arno Fiedler')
  })
})

describe('speakers: the sex the article gives a person', () => {
  it('reads a kinship or gendered noun right before the name over a guess from the given name', () => {
    expect(speakers('"We have waited long enough," said widow Terry Halloran.', 'She continued, "We will wait no more."').at(-1)).toBe('Terry Halloran')
  })

  it('leaves a possessive pronoun in the sentence that names the next person to that person', () => {
    expect(speakers(
      'President Varnholt met the envoys on Monday.',
      '"The deal is done," Varnholt said. He called the port a "success."',
      'For her part, Ada Brisk has faced criticism.',
    )[2]).toBe('Varnholt')
  })

  it('gives "she" to a gendered common noun that is a subject before it in the sentence, not to a named woman', () => {
    expect(speakers('Ada Brisk visited the port. My mother has softened with age, but she still says the port is ours.').at(-1)).toBeNull()
  })
})

describe('speakers: "added" reports speech only with a quotation or a clause after it', () => {
  it('a body that added climate control to a building said nothing', () => {
    const { said } = read('The work, funded by the Harwick Lottery Fund, Dunmore District Council and private donors, replaced the roof, added climate control to the upper rooms and turned the old barn into a classroom.')
    expect(said.map((item) => item.speaker)).toEqual([null])
  })

  it('"added that", "added the … was" and "…, she added" are speech', () => {
    expect(speakers('Ines Ferrante, the guild secretary, added that the offer was an insult.')).toEqual(['Ines Ferrante'])
    expect(speakers('Ines Ferrante, the guild secretary, added the offer was an insult.')).toEqual(['Ines Ferrante'])
    expect(speakers('Ines Ferrante, the guild secretary, spoke first. "It is an insult," she added.')[1]).toBe('Ines Ferrante')
    expect(speakers('Ines Ferrante, the guild secretary, spoke first. "It is an insult," she added on the radio.')[1]).toBe('Ines Ferrante')
    expect(speakers('Ines Ferrante, the guild secretary, added a note of caution about the timetable.')).toEqual(['Ines Ferrante'])
  })
})

describe('speakers: a described source is its noun phrase alone', () => {
  it('drops an opening time phrase, a closing time phrase and half a parenthesis', () => {
    expect(speakers('Over the past two years Harland Motors has said it would not sell the plant.')).toEqual(['Harland Motors'])
    expect(speakers('Tool maker Harland Corp on Friday said it would not raise its offer.')).toEqual(['Tool maker Harland Corp'])
    expect(speakers('Harland Corp (HRL.N) said on Friday the offer was final.')).toEqual(['Harland Corp'])
  })

  it('sourcePhrase: a relative pronoun left at the end goes; words that hold a clause of their own are no source', () => {
    const doc = annotate([{ n: 1, text: 'The staff member who spoke first. Marek struck a warm note in his address.', line: 1, subhead: null }])
    const phrase = (start: number, end: number) => {
      const range = sourcePhrase(doc, { start, end })
      return range ? doc.tokens.slice(range.start, range.end).map((token) => token.text).join(' ') : null
    }
    expect(phrase(0, 4)).toBe('The staff member')
    const second = doc.sentences[1]!
    expect(phrase(second.start, second.end - 1)).toBeNull()
  })
})

describe('speakers: verb groups with an adverb or a negation inside', () => {
  it('reads "has long said" and "isn’t saying" as one speech verb with its subject', () => {
    expect(speakers('Arno Fiedler has long said that the port is his.')).toEqual(['Arno Fiedler'])
    expect(speakers('But Mayor Arno Fiedler isn’t saying if the port will close.')).toEqual(['Arno Fiedler'])
  })

  it('gives no speaker to a refusal to speak that ends the sentence', () => {
    expect(speakers('Arno Fiedler met the dockers. Fiedler wouldn’t say.').at(-1)).toBeNull()
  })
})

describe('speakers: a dashed aside between the subject and the verb', () => {
  it('reads the subject before the aside', () => {
    expect(speakers("Arno Fiedler, the owner of Brenn Media -- the company that runs the port's radio, which also airs online -- told me, \"We sell airtime.\"")[0]).toBe('Arno Fiedler')
  })
})

describe('speakers: verbs that name or describe', () => {
  it('reads "called" before a quotation', () => {
    expect(speakers('The levy, which the port\'s owner, Arno Fiedler, called "plain theft," will rise in May.')).toEqual(['Arno Fiedler'])
  })

  it('reads the subject after "that" before a verb of naming ("the blast that Mayor Roe described as")', () => {
    expect(speakers('Nine people were hurt by a blast that Mayor Arno Fiedler described as "a deliberate act."')).toEqual(['Arno Fiedler'])
  })

  it('reads likening, lauding, echoing and yelling as speech', () => {
    expect(speakers('Arno Fiedler likened the levy to theft.')).toEqual(['Arno Fiedler'])
    expect(speakers('Arno Fiedler lauded the dockers for their patience.')).toEqual(['Arno Fiedler'])
    expect(speakers('Arno Fiedler echoed the complaints of the dockers.')).toEqual(['Arno Fiedler'])
    expect(speakers('Ilse Marken can be heard yelling to the guards that the gate was open.')).toEqual(['Ilse Marken'])
  })

  it('reads "characterized" as speech only with its "as"', () => {
    expect(speakers('Arno Fiedler characterized the levy as theft.')).toEqual(['Arno Fiedler'])
    expect(speakers('Arno Fiedler met the crew. Aster Nine will orbit the moon, characterizing its ice and its dust.').at(-1)).toBeNull()
  })
})

describe('speakers: speaking of a topic, thanking, bragging, identifying as', () => {
  it('reads "spoke of" and "speaks … about" as speech, but not speaking before a place or an infinitive "to talk"', () => {
    expect(speakers('Arno Fiedler spoke emotionally of his years at the port.')).toEqual(['Arno Fiedler'])
    expect(speakers('Arno Fiedler speaks more often in public about wages than about hours.')).toEqual(['Arno Fiedler'])
    expect(speakers('Arno Fiedler met the crew. He spoke against the grey backdrop of the harbour.').at(-1)).toBeNull()
    expect(speakers('Arno Fiedler met the crew. The crew was hauled before the Brenn Port Board to talk about the strike.').at(-1)).toBeNull()
  })

  it('reads thanking, bragging and "identified … as" as speech', () => {
    expect(speakers('Arno Fiedler thanked the dockers for their patience.')).toEqual(['Arno Fiedler'])
    expect(speakers('Arno Fiedler continually brags about his record.')).toEqual(['Arno Fiedler'])
    expect(speakers('Arno Fiedler identified low wages as the cause of the strike.')).toEqual(['Arno Fiedler'])
    expect(speakers('Arno Fiedler met the crew. Brenn Labs identified the flaw in the pump.').at(-1)).toBeNull()
  })
})

describe('speakers: a participle tied to its clause by a linking word', () => {
  it('gives "before asking" and "by stressing" the subject of the clause before', () => {
    expect(speakers('Ilse Marken sings to the dockers before asking them, "Where do we go?"')[0]).toBe('Ilse Marken')
    expect(speakers('Ilse Marken opened by stressing the need for a shorter week.')).toEqual(['Ilse Marken'])
  })
})

describe('speakers: a speech verb inside what an unnamed first speaker reports', () => {
  it('leaves the sentence unnamed after "They said" and "According to her account"', () => {
    expect(speakers('Arno Fiedler met the crew. They said he mocked the dockers and talked about their wages.').at(-1)).toBeNull()
    expect(speakers('Ilse Marken met the crew. According to her account, after the meeting she insisted that the gate stay shut.').at(-1)).toBeNull()
  })

  it('keeps a named speaker after an unresolved "she said" in the same sentence', () => {
    expect(speakers('"Are you there?" she said, but the line was quiet, and Ilse Marken said yes.')).toEqual(['Ilse Marken'])
  })
})

describe('people: outlets and brands are not persons', () => {
  it('takes a one-word name with a capital after lower-case letters for a brand, but keeps surname prefixes', () => {
    const listed = (word: string) => read(`"The figure is wrong," ${word} said. His desk checked it.`).people.map((person) => person.name)
    expect(listed('FactWatch')).toEqual([])
    expect(listed('McAlder')).toEqual(['McAlder'])
  })

  it('takes a full name written after "the" for an outlet, not a person a pronoun may stand for', () => {
    expect(read('The levy, as the Daily Ledger called it, will rise.').said[0]?.source).not.toBe('person')
  })
})

describe('speakers: comparing and attacking', () => {
  it('reads "compared X to Y" as speech, but not "compared to" or "compared with" a figure', () => {
    expect(speakers('Arno Fiedler compared the levy to theft.')).toEqual(['Arno Fiedler'])
    expect(speakers('Arno Fiedler met the crew. Brenn Pump Company profits compared to May were low.').at(-1)).toBeNull()
  })

  it('reads "attacked" as speech only after a person\'s name, not after a group', () => {
    expect(speakers('In a speech on Friday, Arno Fiedler attacked the plan as theft.')).toEqual(['Arno Fiedler'])
    expect(speakers('Arno Fiedler met the crew. Brenn Pump Company attacked the market with cheap pumps.').at(-1)).toBeNull()
  })

  it('gives a participle after a comma inside a closing quotation mark the main clause\'s subject', () => {
    expect(speakers('Arno Fiedler admires Ilse Marken as a "strong leader," comparing her favorably to Mayor Olaf Brenner.')).toEqual(['Arno Fiedler'])
  })
})
