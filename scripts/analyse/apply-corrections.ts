import { isEmpty, OUT } from './corrections.ts'
import { DEMAND_CUES, REJECTION_CUES, WARNING_CUES, firstCue, wordPattern } from './cues.ts'
import { sideNamedIn } from './parties.ts'
import { rereadPositionsAndSections } from './reread.ts'
import { isPullQuoteLength, MAX_BULLETS_PER_SLIDE, PULL_QUOTE_WORDS } from '../deck/compose.ts'
import { InputError } from '../errors.ts'
import { containsWords, quotationsOf } from '../text.ts'
import type { Analysis, BriefingOptions, Corrections, DatedEvent, EventCorrection, Party, Person, PositionClause, SideCorrection } from '../types.ts'

const demandCue = wordPattern(DEMAND_CUES)
const refusalCue = wordPattern([...REJECTION_CUES, ...WARNING_CUES])

/** The reading with the analyst's corrections in it, and what they chose for the deck. */
export interface CorrectedReading {
  analysis: Analysis
  options: BriefingOptions
  /** Paragraphs left out of the deck (`sections: { 14: out }`). */
  omitted: number[]
}

/**
 * Apply the corrections of the source's `briefing:` block to the finished
 * reading. Each correction is a decided fact with the reason "set in the
 * source, line N", and what follows from it is read again from it: corrected
 * sides re-side the people and re-read the positions, a person's kind and an
 * event re-read the sections, a paragraph put in a section becomes a position
 * or an expectation there. No corrections: the reading is returned as it is.
 *
 * Throws `InputError` (`FILE:LINE: …` with what to write instead) for a
 * correction that names a paragraph, person, side or event the article does
 * not have, or asks for what the deck cannot show.
 */
export function applyCorrections(reading: Analysis): CorrectedReading {
  const corrections = reading.article.corrections
  if (!corrections || isEmpty(corrections)) return { analysis: reading, options: {}, omitted: [] }
  const check = new Checks(reading)
  let analysis = reading
  if (corrections.sides) analysis = withSides(analysis, corrections.sides, check)
  if (corrections.people.length > 0) analysis = withPeople(analysis, corrections.people, check)
  if (corrections.events.length > 0) analysis = withEvents(analysis, corrections.events, check)
  if (analysis !== reading) analysis = { ...analysis, ...rereadPositionsAndSections(analysis) }
  for (const placement of corrections.sections) analysis = withSection(analysis, placement, check)
  const omitted = corrections.sections.filter((placement) => placement.section === OUT).map((placement) => placement.paragraph)
  analysis = without(analysis, new Set(omitted))
  return { analysis, options: optionsOf(analysis, corrections, omitted, check), omitted }
}

const decided = (line: number) => `set in the source, line ${line}`

/** What a correction is checked against, and how a failed check is told. */
class Checks {
  readonly file: string
  readonly text: string

  constructor(readonly reading: Analysis) {
    this.file = reading.article.file
    const { meta, paragraphs } = reading.article
    this.text = [meta.title, meta.dek ?? '', meta.photo?.caption ?? '', ...paragraphs.map((paragraph) => paragraph.text)].join('\n')
  }

  fail(line: number, message: string): never {
    throw new InputError(`${this.file}:${line}: ${message}`, { file: this.file, line })
  }

  paragraph(n: number, line: number): number {
    const count = this.reading.article.paragraphs.length
    if (n > count) this.fail(line, `there is no ¶${n}: the article has paragraphs ¶1–¶${count}. \`briefdeck analyse\` lists them with their numbers.`)
    return n
  }

  inArticle(phrase: string): boolean {
    return containsWords(this.text.toLowerCase(), phrase.toLowerCase())
  }
}

const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase()

function partyNamed(parties: Party[], name: string): Party | undefined {
  return parties.find((party) => sameName(party.name, name)) ?? parties.find((party) => party.aliases.some((alias) => sameName(alias, name)))
}

function describeSides(parties: Party[]): string {
  return parties.length > 0 ? parties.map((party) => `${party.name} (${party.stance})`).join(', ') : 'none'
}

/** The corrected sides, with each party person's side read again against them. */
function withSides(analysis: Analysis, sides: NonNullable<Corrections['sides']>, check: Checks): Analysis {
  const given = [sides.demands, sides.responds].filter((side): side is SideCorrection => side !== null)
  if (given.length === 0) return analysis
  const chosen = given.map((side) => sideFrom(side, analysis.parties, check))
  const [first] = chosen as [Party]
  // One side named alone: the other is the reading's side that it is not (by name or short name).
  const other = chosen[1] ?? analysis.parties.find((party) => party !== partyNamed(analysis.parties, first.name) && !first.aliases.some((alias) => sameName(alias, party.name)))
  if (!other) {
    const missing = sides.demands ? 'responds' : 'demands'
    check.fail(given[0]!.line, `the reading found no second side to go with ${first.name}. Name it too: sides: { ${missing}: … }.`)
  }
  const same = sameName(first.name, other.name) || (chosen[1] !== undefined && partyNamed(analysis.parties, first.name) !== undefined && partyNamed(analysis.parties, first.name) === partyNamed(analysis.parties, other.name))
  if (same) check.fail(sides.responds?.line ?? given[0]!.line, `${first.name} and ${other.name} are the same side, named as both. The side that responds must be the other one.`)
  const demanding = sides.demands ? first : other
  const responding = sides.demands ? other : first
  const parties: Party[] = [
    { ...demanding, stance: 'demands', reason: sides.demands ? decided(sides.demands.line) : demanding.reason },
    { ...responding, stance: 'responds', reason: sides.responds ? decided(sides.responds.line) : responding.reason },
  ]
  const people = analysis.people.map((person) => (person.kind === 'party' ? { ...person, party: resided(person, analysis.parties, parties) } : person))
  return { ...analysis, parties, people }
}

function sideFrom(side: SideCorrection, reading: Party[], check: Checks): Party {
  const known = partyNamed(reading, side.name)
  if (!known && !check.inArticle(side.name)) {
    check.fail(side.line, `the side "${side.name}" is not in the article. Name a side as the article writes it${reading.length > 0 ? ` (the reading found ${describeSides(reading)})` : ''}.`)
  }
  for (const short of side.short ?? []) {
    if (!check.inArticle(short)) check.fail(side.line, `the short name "${short}" of ${side.name} is not in the article. Give only the names the article calls ${side.name} by.`)
  }
  const aliases = side.short ?? known?.aliases ?? []
  return { name: side.name, aliases: [...new Set([side.name, ...aliases])], stance: known?.stance ?? 'demands', reason: '' }
}

/** A party person's side among corrected sides: the one their reading side became, else the one their role names. */
function resided(person: Person, before: Party[], after: Party[]): string | null {
  const old = before.find((party) => party.name === person.party)
  const kept = person.party ? partyNamed(after, person.party) ?? after.find((party) => old?.aliases.some((alias) => party.aliases.includes(alias))) : undefined
  return kept?.name ?? sideNamedIn([person.role, person.affiliation].filter(Boolean).join(' '), after)
}

function withPeople(analysis: Analysis, corrections: Corrections['people'], check: Checks): Analysis {
  const people = [...analysis.people]
  const names = people.map((person) => person.name).join(', ') || 'no one'
  for (const correction of corrections) {
    const index = people.findIndex((person) => sameName(person.name, correction.name) || person.mentions.some((mention) => sameName(mention, correction.name)))
    const person = people[index]
    if (!person) {
      const why = check.inArticle(correction.name) ? `the reading did not find "${correction.name}" as a person, only as words` : `"${correction.name}" is not in the article`
      check.fail(correction.line, `${why}. Correct one of the people read (${names}), written as \`briefdeck analyse\` lists them.`)
    }
    const kind = correction.kind ?? person.kind
    let party: string | null = null
    if (kind === 'party') {
      const side = correction.side ? partyNamed(analysis.parties, correction.side) : person.party ? partyNamed(analysis.parties, person.party) : undefined
      if (correction.side && !side) check.fail(correction.line, `"${correction.side}" is not one of the sides (${describeSides(analysis.parties)}). Write one of them, or name the sides first under sides:.`)
      if (!side) check.fail(correction.line, `say which side ${person.name} speaks for: "${person.name}": { kind: party, side: ${analysis.parties[0]?.name ?? '…'} }.`)
      party = side.name
    }
    people[index] = { ...person, kind, party, reason: decided(correction.line) }
  }
  return { ...analysis, people }
}

function withEvents(analysis: Analysis, corrections: EventCorrection[], check: Checks): Analysis {
  let events = [...analysis.events]
  const articleDate = analysis.article.meta.date
  for (const correction of corrections) {
    const paragraph = check.paragraph(correction.paragraph, correction.line)
    // A date decides whether the event is past or upcoming, against the article's date.
    const statusOfDate = (date: string | null) => (date && articleDate && date !== articleDate ? (date > articleDate ? 'upcoming' : 'past') : null)
    if (correction.action === 'add') {
      const status = correction.status ?? statusOfDate(correction.date)
      if (!status) check.fail(correction.line, `say whether the event is past or upcoming: add status: upcoming (or past).`)
      const added: DatedEvent = {
        date: correction.date,
        when: correction.when ?? correction.date ?? '',
        place: correction.place,
        what: correction.label ?? '',
        paragraph,
        status,
        expectations: [],
        reason: decided(correction.line),
      }
      const at = events.findIndex((event) => event.paragraph > paragraph)
      events.splice(at === -1 ? events.length : at, 0, added)
      continue
    }
    const event = eventNamed(events, correction, check)
    if (correction.action === 'drop') {
      events = events.filter((item) => item !== event)
      continue
    }
    const date = correction.date ?? event.date
    events = events.map((item) => (item !== event ? item : {
      ...event,
      date,
      what: correction.label ?? event.what,
      place: correction.place ?? event.place,
      status: correction.status ?? (correction.date ? statusOfDate(date) : null) ?? event.status,
      reason: decided(correction.line),
    }))
  }
  return { ...analysis, events }
}

/** The event a fix or drop names: by `when` as read, or the paragraph's only event. */
function eventNamed(events: DatedEvent[], correction: EventCorrection, check: Checks): DatedEvent {
  const inParagraph = events.filter((event) => event.paragraph === correction.paragraph)
  const listed = inParagraph.map((event) => `when: "${event.when}"`).join(' or ')
  if (inParagraph.length === 0) {
    check.fail(correction.line, `the reading found no event in ¶${correction.paragraph}. To add one, write { paragraph: ${correction.paragraph}, add: true, date: YYYY-MM-DD, label: … }.`)
  }
  if (correction.when) {
    const named = inParagraph.find((event) => sameName(event.when, correction.when as string))
    if (!named) check.fail(correction.line, `¶${correction.paragraph} has no event read from "${correction.when}". Write ${listed}, or add: true to add an event.`)
    return named
  }
  if (inParagraph.length > 1) check.fail(correction.line, `¶${correction.paragraph} has ${inParagraph.length} events; say which with ${listed}.`)
  return inParagraph[0] as DatedEvent
}

/** A paragraph put in a section: its positions, expectations and section follow the correction. */
function withSection(analysis: Analysis, placement: Corrections['sections'][number], check: Checks): Analysis {
  const n = check.paragraph(placement.paragraph, placement.line)
  const paragraphs = analysis.paragraphs.map((paragraph) => (paragraph.n !== n ? paragraph : {
    ...paragraph,
    section: placement.section === OUT ? paragraph.section : placement.section,
    reason: placement.section === OUT ? `left out of the deck: ${decided(placement.line)}` : decided(placement.line),
  }))
  const section = placement.section
  let positions = analysis.positions.filter((position) => position.paragraph !== n)
  let events = analysis.events
  if (section === 'demands' || section === 'rejections') {
    positions = [...positions, ...positionsOf(analysis, n, section, placement.line, check)].sort((a, b) => a.paragraph - b.paragraph || a.sentence - b.sentence)
  }
  if (section === 'experts') {
    const speaker = analysis.paragraphs[n - 1]?.speaker ?? null
    const person = analysis.people.find((item) => item.name === speaker)
    if (!speaker) check.fail(placement.line, `¶${n} cannot go in experts: the reading found no one speaking in it, and the expert views show what each expert says. Leave it in the standoff, or out.`)
    if (person?.kind !== 'expert') check.fail(placement.line, `¶${n} cannot go in experts: ${speaker} speaks in it, and the reading has them as ${person?.kind ?? 'not a person'}. If they are an independent expert, write people: { "${speaker}": { kind: expert } }.`)
  }
  if (section !== 'next') events = events.map((event) => ({ ...event, expectations: event.expectations.filter((item) => item.paragraph !== n) }))
  else events = withExpectation(analysis, n, placement.line, check)
  return { ...analysis, paragraphs, positions, events }
}

/** The paragraph's positions as the section's stance, or, with none read, its sentence that states one. */
function positionsOf(analysis: Analysis, n: number, section: 'demands' | 'rejections', line: number, check: Checks): PositionClause[] {
  const stance = section === 'demands' ? 'demand' : 'refusal'
  const side = analysis.parties.find((party) => party.stance === (section === 'demands' ? 'demands' : 'responds'))
  if (!side) check.fail(line, `¶${n} cannot go in ${section}: the reading found no two sides. Name them first: sides: { demands: …, responds: … }.`)
  const read = analysis.positions.filter((position) => position.paragraph === n)
  if (read.length > 0) return read.map((position) => ({ ...position, stance, side: side.name, reason: decided(line) }))
  const sentences = analysis.sentences.filter((sentence) => sentence.paragraph === n)
  const cue = section === 'demands' ? demandCue : refusalCue
  const sentence = sentences.find((item) => cue.test(item.text)) ?? sentences[0]
  if (!sentence) return []
  const speaker = analysis.attributions.find((item) => item.paragraph === n && item.sentence === sentence.index)?.speaker ?? null
  return [{ stance, side: side.name, paragraph: n, sentence: sentence.index, text: sentence.text, speaker, cue: firstCue(cue, sentence.text) ?? '', reason: decided(line) }]
}

/** A paragraph put in what's next: its own upcoming event, else an expectation of the nearest one. */
function withExpectation(analysis: Analysis, n: number, line: number, check: Checks): DatedEvent[] {
  const upcoming = analysis.events.filter((event) => event.status === 'upcoming')
  if (upcoming.some((event) => event.paragraph === n)) return analysis.events
  const target = upcoming.filter((event) => event.paragraph <= n).at(-1) ?? upcoming[0]
  if (!target) check.fail(line, `¶${n} cannot go in next: the reading found no upcoming event for it. Add one: events: [{ paragraph: ${n}, add: true, date: YYYY-MM-DD, label: … }].`)
  const sentence = analysis.sentences.find((item) => item.paragraph === n)
  if (!sentence) return analysis.events
  const speaker = analysis.attributions.find((item) => item.paragraph === n && item.sentence === sentence.index)?.speaker ?? null
  // The timeline shows an event's first expectations: the one the analyst asked for goes first.
  const expectation = { text: sentence.text, paragraph: n, speaker }
  return analysis.events.map((event) => (event !== target || event.expectations.some((item) => item.paragraph === n) ? event : { ...event, expectations: [expectation, ...event.expectations] }))
}

/** The reading without the paragraphs left out: nothing of theirs reaches a slide or a note. */
function without(analysis: Analysis, omitted: Set<number>): Analysis {
  if (omitted.size === 0) return analysis
  const kept = <T extends { paragraph: number }>(item: T) => !omitted.has(item.paragraph)
  return {
    ...analysis,
    sentences: analysis.sentences.filter(kept),
    attributions: analysis.attributions.filter(kept),
    positions: analysis.positions.filter(kept),
    events: analysis.events.filter(kept).map((event) => ({ ...event, expectations: event.expectations.filter(kept) })),
  }
}

function optionsOf(analysis: Analysis, corrections: Corrections, omitted: number[], check: Checks): BriefingOptions {
  const options: BriefingOptions = {}
  const shown = (n: number, line: number) => {
    check.paragraph(n, line)
    if (omitted.includes(n)) check.fail(line, `¶${n} is left out of the deck (sections: { ${n}: out }), so it cannot be shown here. Choose another paragraph, or put ¶${n} back in a section.`)
    return n
  }
  if (corrections.quote) {
    const { paragraph, line } = corrections.quote
    if (paragraph !== null && !hasPullQuote(analysis, shown(paragraph, line))) {
      const candidates = analysis.article.paragraphs.map((item) => item.n).filter((n) => !omitted.includes(n) && hasPullQuote(analysis, n))
      check.fail(line, `¶${paragraph} holds no quotation of ${PULL_QUOTE_WORDS.min}–${PULL_QUOTE_WORDS.max} words by someone the reading names. ${candidates.length > 0 ? `Paragraphs that do: ${candidates.map((n) => `¶${n}`).join(', ')}.` : 'No paragraph does; write quote: none.'}`)
    }
    options.quoteParagraph = paragraph
  }
  if (corrections.bottomLine) {
    const { paragraphs, line } = corrections.bottomLine
    if (paragraphs.length === 0) check.fail(line, 'the bottom line needs at least one paragraph: bottomLine: [1, 6, 11].')
    if (paragraphs.length > MAX_BULLETS_PER_SLIDE) check.fail(line, `the bottom line holds at most ${MAX_BULLETS_PER_SLIDE} bullets; ${paragraphs.length} paragraphs are listed. Keep the ${MAX_BULLETS_PER_SLIDE} that matter most.`)
    options.bottomLine = paragraphs.map((n) => shown(n, line))
  }
  if (corrections.titles.length > 0) options.titles = Object.fromEntries(corrections.titles.map((item) => [item.slide, item.title]))
  return options
}

function hasPullQuote(analysis: Analysis, n: number): boolean {
  return analysis.sentences.some((sentence) => sentence.paragraph === n
    && analysis.attributions.some((item) => item.paragraph === n && item.sentence === sentence.index && item.speaker)
    && quotationsOf(sentence.text).some(isPullQuoteLength))
}
