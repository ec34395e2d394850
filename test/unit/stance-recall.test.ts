import { describe, expect, it } from 'vitest'
import { analyseArticle } from '../../scripts/analyse/analyse.ts'
import { readArticle } from '../../scripts/read.ts'

// Demands and refusals the frames used to miss, each in an article of our own
// with our own names: a lede that sets up two sides, then one paragraph per pattern.

function read(title: string, body: string) {
  const markdown = `---\ntitle: "${title}"\ndate: 2031-04-09\n---\n\n# ${title}\n\n${body.trim()}\n`
  return analyseArticle(readArticle(markdown, 'recall.md'))
}
const sectionOf = (analysis: ReturnType<typeof read>, n: number) => analysis.paragraphs.find((paragraph) => paragraph.n === n)?.section

const LEDE = 'Talks between the Corvane Rail Union and Dellmont Freight broke down on Monday over pay.'

describe('voice: a directive or an active verb beside a passive one', () => {
  const analysis = read('Corvane Rail Union and Dellmont Freight at odds', `
${LEDE}

"These night rotas must be scrapped before the summer," union secretary Ilka Varro said.

Dellmont Freight chief Oren Talby said he wanted to be assured the depots would stay open.

"It should be noted that the depots were built in 1950," Talby said.
`)
  it('reads a "must" before a passive verb as the speaker\'s demand', () => {
    expect(sectionOf(analysis, 2)).toBe('demands')
  })
  it('reads a frame verb before a passive infinitive as its subject\'s own ("wanted to be assured")', () => {
    expect(sectionOf(analysis, 3)).toBe('demands')
  })
  it('leaves "it should be noted" to the narration', () => {
    expect(sectionOf(analysis, 4)).toBe('standoff')
  })
})

describe('readiness: an adjective the tagger puts in the verb group, or one taking "on"', () => {
  const analysis = read('Corvane Rail Union and Dellmont Freight at odds', `
${LEDE}

Dellmont Freight spokesman Pell Arno said the company is intent on reaching a settlement that keeps every depot open.

Union secretary Ilka Varro said the union is determined to win back the lost allowance.

Talby said the new timetable would be ready to print in May.
`)
  it('reads "is intent on" as an offer', () => {
    expect(sectionOf(analysis, 2)).toBe('demands')
  })
  it('reads a participle of readiness inside the verb group as an offer ("is determined to")', () => {
    expect(sectionOf(analysis, 3)).toBe('demands')
  })
  it('leaves "would be ready to" inside a group to the future it marks', () => {
    expect(sectionOf(analysis, 4)).not.toBe('demands')
  })
})

describe('a quotation that runs on into a sentence with no speaker of its own', () => {
  const analysis = read('Corvane Rail Union and Dellmont Freight at odds', `
${LEDE}

Union secretary Ilka Varro said the union's view had not changed. "We are determined to win back the lost allowance."

Oren Talby, Dellmont Freight's chief, said the union had misread the accounts. "Its figures are a fantasy."
`)
  it('gives the quoted sentence the paragraph\'s speaker, so its "we" is that speaker\'s', () => {
    expect(sectionOf(analysis, 2)).toBe('demands')
    expect(analysis.paragraphs[1]?.reason).toMatch(/We \(Ilka Varro\)/)
  })
  it('reads a dismissive word in the run-on quotation as the speaker\'s', () => {
    expect(sectionOf(analysis, 3)).toBe('rejections')
  })
})

describe('a dismissal after a contrasting "but"', () => {
  const analysis = read('Corvane Rail Union and Dellmont Freight at odds', `
${LEDE}

Oren Talby, Dellmont Freight's chief, said the company was prepared to keep the depots open, but that the union's pay claim was "unrealistic".
`)
  it('lets the refusal after "but" outweigh the readiness conceded before it', () => {
    expect(sectionOf(analysis, 2)).toBe('rejections')
  })
})

describe('subjects: a set-off participle, a gerund after a preposition, a "for … to" complement', () => {
  const analysis = read('Corvane Rail Union and Dellmont Freight at odds', `
${LEDE}

Dellmont Freight, frustrated by its inability to reach the union, demanded on Tuesday that the arbitrator rule within a week.

Dellmont Freight has moved to head off a strike by offering to cut the night shifts.

The union's walkout highlighted differences between the two sides over demanding shorter rotas.

Union secretary Ilka Varro said it was premature for the company to propose anything.
`)
  it('finds the subject before a participle phrase the tagger reads as an adjective ("frustrated by")', () => {
    expect(sectionOf(analysis, 2)).toBe('demands')
  })
  it('gives a gerund after "by" the clause\'s subject, even when the tagger reads it as a noun', () => {
    expect(sectionOf(analysis, 3)).toBe('demands')
  })
  it('gives a gerund after another preposition no subject: it names an issue, not a demand', () => {
    expect(sectionOf(analysis, 4)).toBe('standoff')
  })
  it('takes no stance from the infinitive of a "for … to" complement', () => {
    expect(sectionOf(analysis, 5)).not.toBe('demands')
  })
})

describe('dismissals: a judgement of the other side\'s claim, a verb of smearing, a "no basis" run', () => {
  const analysis = read('Corvane Rail Union and Dellmont Freight at odds', `
${LEDE}

Dellmont Freight spokeswoman Mara Quell said the union's threat of a walkout was unwarranted.

Union secretary Ilka Varro said there was no basis for the company's claim that the depots lose money.

"The company vilifies our drivers in every newspaper it can find," Varro said.

Freight volumes fell by a tenth last year, according to figures from the transport ministry.
`)
  it('reads a judging adjective in a side\'s words as its refusal ("was unwarranted")', () => {
    expect(sectionOf(analysis, 2)).toBe('rejections')
  })
  it('reads a run of words that denies a claim any ground as a refusal ("no basis for")', () => {
    expect(sectionOf(analysis, 3)).toBe('rejections')
  })
  it('matches a verb of smearing on its lemma ("vilifies")', () => {
    expect(sectionOf(analysis, 4)).toBe('rejections')
  })
  it('leaves a figure that judges nothing to the narration', () => {
    expect(sectionOf(analysis, 5)).toBe('standoff')
  })
})

describe('a negated chain of verbs, and a participle that only describes its noun', () => {
  const analysis = read('Corvane Rail Union and Dellmont Freight at odds', `
${LEDE}

"We don't want to go back to the old rota," union secretary Ilka Varro said.

Dellmont Freight said the drivers did not agree to extend the talks.

Last year a regional court heard two lawsuits seeking back pay from Dellmont Freight, Varro said.

Pickets opposing the night shifts gathered outside the Harlow depot on Tuesday, Varro said.

Dellmont Freight issued a statement condemning the pickets.
`)
  it('reads a negated "want to" as a refusal, though the chain\'s head is the last verb', () => {
    expect(sectionOf(analysis, 2)).toBe('rejections')
  })
  it('reads a negated "agree to" as a refusal', () => {
    expect(sectionOf(analysis, 3)).toBe('rejections')
  })
  it('takes no demand from a participle right after its noun ("lawsuits seeking")', () => {
    expect(sectionOf(analysis, 4)).toBe('standoff')
  })
  it('takes no refusal from a participle naming who someone is ("pickets opposing")', () => {
    expect(sectionOf(analysis, 5)).toBe('standoff')
  })
  it('keeps the participle after a noun for a side\'s words ("a statement condemning")', () => {
    expect(sectionOf(analysis, 6)).toBe('rejections')
  })
})

describe('the main clause decides before a stance in a clause that hangs on it', () => {
  const analysis = read('Corvane Rail Union and Dellmont Freight at odds', `
${LEDE}

"The company vilifies our drivers every time they ask for a raise," union secretary Ilka Varro said.

Varro said what Dellmont Freight was offering amounted to a pay cut, and she vowed to fight it.

"No matter how much Dellmont Freight wants a longer week, we will not sign it," Varro said.

Dellmont Freight chief Oren Talby said the company wants a longer week because the union demanded shorter shifts last year.
`)
  it('reads the smear in the main clause, not the demand after "every time"', () => {
    expect(sectionOf(analysis, 2)).toBe('rejections')
  })
  it('reads the vow, not the offer in a "what …" clause', () => {
    expect(sectionOf(analysis, 3)).toBe('rejections')
  })
  it('reads the refusal, not the want after "no matter how"', () => {
    expect(sectionOf(analysis, 4)).toBe('rejections')
  })
  it('keeps the main clause\'s demand before a refusal-free reason clause', () => {
    expect(sectionOf(analysis, 5)).toBe('demands')
  })
})

describe('sides named inside a title-case headline, and an offer of information', () => {
  const analysis = read("Corvane Rail Union Calls Dellmont's Roster a 'Pay Cut'", `
Talks between the Corvane Rail Union and Dellmont broke down on Monday over the new roster.

Union secretary Ilka Varro said the roster would cut pay for night drivers, and that Dellmont had refused to discuss it.

The union said it wants the old roster back before the summer.

Dellmont's court filing on Friday also offered new details about the roster talks.
`)
  it('finds a side whose name the headline runs together with ordinary title-case words', () => {
    expect(analysis.parties.map((party) => party.name).sort()).toEqual(['Corvane Rail Union', 'Dellmont'])
  })
  it('reads "offered new details" as information, not an offer', () => {
    expect(sectionOf(analysis, 4)).toBe('standoff')
  })
})

describe('"we need" in the words of a side\'s person', () => {
  const analysis = read('Corvane Rail Union and Dellmont Freight at odds', `
${LEDE}

"The depots are full, and we need drivers now," Dellmont Freight chief Oren Talby said.

"We need a later timetable," said Tamsin Hale, a spokeswoman for the Marrow Valley Commuters Association.

"I can't recall a colder winter," Talby said.
`)
  it('reads a verb between a subject pronoun and a noun as a verb ("we need drivers"), not a modifier', () => {
    expect(sectionOf(analysis, 2)).toBe('demands')
  })
  it('keeps a frame meant for the sides for a side\'s person whose side is not one of the two found', () => {
    expect(sectionOf(analysis, 3)).toBe('demands')
  })
  it('does not widen the negated-verb refusal to such a person ("can\'t recall")', () => {
    expect(sectionOf(analysis, 4)).toBe('standoff')
  })
})

describe('a body that rules from outside the dispute', () => {
  const analysis = read('Corvane Rail Union and Dellmont Freight at odds', `
${LEDE}

Last month a regional appeals court rejected the union's appeal against the new roster, union secretary Ilka Varro said.

On Thursday the Regional Transport Council denied the union's drivers access to two depots.

Dellmont Freight rejected the union's appeal on Friday.
`)
  it('reads a court\'s ruling as the situation, not a refusal', () => {
    expect(sectionOf(analysis, 2)).toBe('standoff')
  })
  it('reads a council\'s act as the situation, not a refusal', () => {
    expect(sectionOf(analysis, 3)).toBe('standoff')
  })
  it('keeps a side\'s own refusal', () => {
    expect(sectionOf(analysis, 4)).toBe('rejections')
  })
})

describe('a claim held against the other side, a plea, and an aside opened by a preposition', () => {
  const analysis = read('Corvane Rail Union and Dellmont Freight at odds', `
${LEDE}

Dellmont Freight, in turn, argues that the new roster keeps every driver's pay whole.

Over the past year Dellmont Freight has maintained that its depots are among the safest in the country.

Dellmont Freight insisted that the roster must be signed by May.

"We implore you to reopen the Harlow depot," union secretary Ilka Varro wrote to the company.
`)
  it('reads "argues that" as the side countering, past an aside the tagger reads as a verb ("in turn")', () => {
    expect(sectionOf(analysis, 2)).toBe('rejections')
  })
  it('reads "maintained that" as a counter-claim', () => {
    expect(sectionOf(analysis, 3)).toBe('rejections')
  })
  it('keeps "insisted that … must" a demand', () => {
    expect(sectionOf(analysis, 4)).toBe('demands')
  })
  it('reads a plea ("we implore you to") as a demand', () => {
    expect(sectionOf(analysis, 5)).toBe('demands')
  })
})

describe('a pronoun opening a paragraph in the narration', () => {
  const analysis = read('Corvane Rail Union and Dellmont Freight at odds', `
${LEDE}

Dellmont Freight rejected the union's pay claim on Monday, and the Corvane Rail Union demanded a new offer.

The Corvane Rail Union published its report on night work on Tuesday.

It calls on Dellmont Freight to end split shifts by the autumn.
`)
  it('goes on with the side that was the subject of the paragraph before ("It calls on …")', () => {
    expect(sectionOf(analysis, 4)).toBe('demands')
  })
})

describe('readiness to oppose', () => {
  const analysis = read('Corvane Rail Union and Dellmont Freight at odds', `
${LEDE}

Union secretary Ilka Varro said the union is determined to fight the new roster.

Varro said the union is determined to win back the night allowance.
`)
  it('reads readiness to oppose as a refusal ("determined to fight")', () => {
    expect(sectionOf(analysis, 2)).toBe('rejections')
  })
  it('keeps readiness to gain something an offer or demand', () => {
    expect(sectionOf(analysis, 3)).toBe('demands')
  })
})

describe('a phrase between the auxiliary and its verb', () => {
  const analysis = read('Corvane Rail Union and Dellmont Freight at odds', `
${LEDE}

Dellmont Freight has on several occasions proposed a joint review of the roster.
`)
  it('finds the subject before the auxiliary ("X has on several occasions proposed")', () => {
    expect(sectionOf(analysis, 2)).toBe('demands')
  })
})
