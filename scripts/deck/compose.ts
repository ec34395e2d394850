import { balanceQuotes, bulletCandidates, condenseSentence, elide, MAX_BULLET_WORDS, PULL_QUOTE_WORDS, reportedStatement, splitClauses } from './condense.ts'
import { bulletProblems, subjectOf } from './lint.ts'
import { isPluralName } from './number.ts'
import { DEMAND_CUES, REJECTION_CUES, WARNING_CUES, escapeRegExp, wordPattern } from '../analyse/cues.ts'
import { quotationsOf, wordCount } from '../text.ts'
import type { Analysis, BriefingOptions, Bullet, DatedEvent, NoteSource, Person, PersonCard, SectionName, Sentence, Slide, TimelineEntry } from '../types.ts'

/** Bullets a slide holds before the section continues on another slide. */
export const MAX_BULLETS_PER_SLIDE = 6

/** Words a pull quote may have: shorter is no statement, longer does not fit the quote slide. */
export { PULL_QUOTE_WORDS } from './condense.ts'

const demandCue = wordPattern(DEMAND_CUES)
const refusalCue = wordPattern([...REJECTION_CUES, ...WARNING_CUES])

const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/**
 * Format `YYYY-MM-DD` as "Wednesday 12 January 2022". Written out rather than
 * asked of Intl: the deck must not change with the ICU data a Node build
 * ships, and a formatter's call costs more than the rest of the cover slide.
 */
export function longDate(iso: string): string {
  const day = new Date(`${iso}T12:00:00Z`)
  return `${WEEKDAY_NAMES[day.getUTCDay()]} ${day.getUTCDate()} ${MONTH_NAMES[day.getUTCMonth()]} ${day.getUTCFullYear()}`
}

/**
 * Turn the analysis into the briefing's slides: cover, bottom line, the
 * standoff, each side's position, the two side by side, a pull quote, expert
 * views, what's next and sources. A section with nothing in it is left out.
 * `options` carry what the analyst chose instead (pull quote, bottom line, titles).
 */
export function composeBriefing(analysis: Analysis, options: BriefingOptions = {}): { title: string; slides: Slide[] } {
  const context = new Context(analysis, options)
  const summary = summarySlide(context)
  const slides = [
    coverSlide(context),
    summary,
    ...standoffSlides(context, summary.bullets),
    ...positionSlides(context, 'demands'),
    ...positionSlides(context, 'rejections'),
    sideBySideSlide(context),
    pullQuoteSlide(context),
    ...expertSlides(context),
    nextSlide(context),
    sourcesSlide(context),
  ].filter((slide): slide is Slide => slide !== null)
  return { title: analysis.article.meta.title, slides: retitled(withRestInNotes(context, withinBudget(slides)), options.titles ?? {}) }
}

/** Lookups the slide builders share. */
class Context {
  readonly demanding: string | null
  readonly responding: string | null

  constructor(readonly analysis: Analysis, readonly options: BriefingOptions) {
    this.demanding = analysis.parties.find((party) => party.stance === 'demands')?.name ?? null
    this.responding = analysis.parties.find((party) => party.stance === 'responds')?.name ?? null
  }

  paragraphsIn(section: SectionName): number[] {
    return this.analysis.paragraphs.filter((paragraph) => paragraph.section === section).map((paragraph) => paragraph.n)
  }

  sentencesOf(paragraph: number): Sentence[] {
    return this.analysis.sentences.filter((sentence) => sentence.paragraph === paragraph)
  }

  speakerOf(sentence: Sentence): string | null {
    return this.analysis.attributions.find((item) => item.paragraph === sentence.paragraph && item.sentence === sentence.index)?.speaker ?? null
  }

  person(name: string | null): Person | undefined {
    return name ? this.analysis.people.find((person) => person.name === name) : undefined
  }

  /**
   * The sentence's text as the story tells it: without the dateline or wire
   * prefix ("CITY (Agency) — ") that opens the lede, and empty when the
   * sentence is only part of that prefix ("CITY, Region.").
   */
  storyText(paragraph: number, text: string): string {
    const dateline = this.analysis.article.paragraphs[paragraph - 1]?.dateline
    if (!dateline) return text
    const trimmed = text.trim()
    if (dateline.trim().startsWith(trimmed)) return ''
    for (let at = 0; at < dateline.length; at += 1) {
      const rest = dateline.slice(at).trimStart()
      if (rest && (at === 0 || /\s/.test(dateline[at - 1] ?? '')) && trimmed.startsWith(rest)) return trimmed.slice(rest.length).trim()
    }
    return text
  }

  /**
   * The first cut of `texts` that stands on its own as a bullet (a finite verb,
   * no dangling opening or ending, balanced quotes, no caption): the deck lint's
   * own rules, so compose never writes what the lint refuses.
   */
  standalone(texts: string[], paragraph: number, speaker: string | null): Bullet | null {
    for (const text of texts) {
      const bullet = { text, paragraph, speaker }
      if (text && bulletProblems(bullet).length === 0) return bullet
    }
    return null
  }

  /** The sentences of a paragraph as bullet candidates, the one with the cue first; a sentence opening on a pronoun also joined to the one before it. */
  candidatesFor(paragraph: number, cue: RegExp | undefined, maxWords: number): Array<{ texts: string[]; sentence: Sentence }> {
    const sentences = this.sentencesOf(paragraph).map((sentence) => ({ ...sentence, text: this.storyText(paragraph, sentence.text) })).filter((sentence) => sentence.text !== '')
    const ordered = cue ? [...sentences.filter((sentence) => cue.test(sentence.text)), ...sentences.filter((sentence) => !cue.test(sentence.text))] : sentences
    return ordered.map((sentence) => {
      const texts = bulletCandidates(sentence.text, maxWords, cue && cue.test(sentence.text) ? cue : undefined)
      // "It would also cover back pay.": the sentence before names what "it" is; both together, when they fit.
      const before = sentences.find((other) => other.index === sentence.index - 1)
      if (before && wordCount(`${before.text} ${sentence.text}`) <= maxWords) texts.push(`${before.text.trim()} ${sentence.text.trim()}`)
      const named = before ? this.namedSubject(before.text, sentence.text, maxWords) : null
      if (named) texts.push(named)
      return { texts, sentence }
    })
  }

  /**
   * "The union is seeking raises. It also wants …": the pronoun's referent is the
   * subject of the sentence before, kept before an ellipsis in its place —
   * "The union … also wants …". Null when the text opens with no such pronoun.
   */
  namedSubject(before: string, text: string, maxWords: number): string | null {
    const pronoun = /^(?:It|They|He|She)\s+(?=\p{Ll})/u.exec(text.trim())
    if (!pronoun) return null
    const subject = subjectOf(before)
    const rest = condenseSentence(text.trim().slice(pronoun[0].length), maxWords - 4)
    return subject && wordCount(subject) + wordCount(rest) < maxWords ? `${subject} … ${rest}` : null
  }

  /** One bullet for a paragraph: its sentence with the cue, or its first, shortened, that stands on its own; null when none does (the paragraph stays in the notes). */
  bulletFor(paragraph: number, cue?: RegExp, maxWords = MAX_BULLET_WORDS): Bullet | null {
    for (const { texts, sentence } of this.candidatesFor(paragraph, cue, maxWords)) {
      const bullet = this.standalone(texts, paragraph, this.speakerOf(sentence))
      if (bullet) return bullet
    }
    return null
  }

  /** Whether a speaker may stand on a side's slide: nobody, or nobody known to speak for another side or as an expert. */
  speaksFor(side: string | null, speaker: string | null): boolean {
    const person = this.person(speaker)
    if (!side || !person) return true
    if (person.kind === 'expert') return false
    return !(person.kind === 'party' && person.party !== null && person.party !== side)
  }

  /** One bullet per position clause of a stance, in reading order, shortened by cutting only, each standing on its own. */
  positionBullets(stance: 'demand' | 'refusal', maxWords = MAX_BULLET_WORDS, side = stance === 'demand' ? this.demanding : this.responding): Bullet[] {
    // A side's slide, the side-by-side columns and the pull quote ask for the same bullets: cut them once.
    const key = `${stance}\u0000${maxWords}\u0000${side ?? ''}`
    const known = this.positionBulletsCut.get(key)
    if (known) return [...known]
    const bullets = this.cutPositionBullets(stance, maxWords, side)
    this.positionBulletsCut.set(key, bullets)
    return [...bullets]
  }

  private readonly positionBulletsCut = new Map<string, Bullet[]>()

  private cutPositionBullets(stance: 'demand' | 'refusal', maxWords: number, side: string | null): Bullet[] {
    const bullets: Bullet[] = []
    for (const position of this.analysis.positions.filter((item) => item.stance === stance)) {
      // Each side's slide holds that side's own clauses: a demanding side's refusal is its position, not the other's answer.
      if (side && position.side !== side) continue
      // A paragraph the analyst put on this side's slide stays there whoever speaks in it.
      if (!this.speaksFor(side, position.speaker) && !position.reason.startsWith('set in the source')) continue
      const cue = new RegExp(escapeRegExp(position.cue), 'i')
      const clause = this.storyText(position.paragraph, position.text)
      // A long statement that lists several points gives a bullet for each, when each fits and stands alone.
      const clauses = splitClauses(clause)
      // Only clauses that add a point ("along with …", "and …") stand alone; "including …" or "which …" lean on the one before.
      const listsPoints = clauses.slice(1).every((part) => /^(?:along with|as well as|and|plus|while|but)\b/i.test(part))
      const split = wordCount(clause) > maxWords && clauses.length > 1 && clauses.length <= 3 && listsPoints && clauses.every((part) => wordCount(part) <= maxWords)
        // A point that leans on the first ("along with a cap …") keeps the first's opening words before an ellipsis.
        ? clauses.map((part, index) => this.standalone([balanceQuotes(part), ...(index > 0 ? [elide(clauses[0] ?? '', part, maxWords) ?? ''] : [])], position.paragraph, position.speaker))
        : []
      let found: Array<Bullet | null> = split.length > 0 && split.every(Boolean) ? split : []
      if (found.length === 0) {
        const sentence = this.sentencesOf(position.paragraph).find((item) => item.index === position.sentence)
        const full = sentence ? this.storyText(position.paragraph, sentence.text) : ''
        const whole = full ? bulletCandidates(full, maxWords, cue) : []
        // "the government wants X, and insists that Y": Y with the statement's opening words before an ellipsis.
        const statement = reportedStatement(full) ?? full
        const at = statement.indexOf(clause)
        if (at > 0) whole.push(elide(statement.slice(0, at), clause.replace(/^(?:and|but)\s+/i, (conjunction) => conjunction), maxWords) ?? '')
        // On a side's slide a bullet must still say the position: only cuts that keep its cue.
        const previous = this.sentencesOf(position.paragraph).find((item) => item.index === position.sentence - 1)
        const named = previous ? this.namedSubject(previous.text, clause, maxWords) : null
        // The whole sentence when it fits, then a cut of it that keeps the clause: they keep who said it; else the clause and its cuts.
        const fits = full !== '' && wordCount(full) <= maxWords
        found = [this.standalone([...(fits ? [full] : []), ...whole.filter((text) => text.includes(clause.slice(0, 40))), ...bulletCandidates(clause, maxWords, cue), ...whole, named ?? ''].filter((text) => cue.test(text)), position.paragraph, position.speaker)]
      }
      for (const bullet of found) {
        if (bullet && !bullets.some((known) => known.text === bullet.text)) bullets.push(bullet)
      }
    }
    return bullets
  }

  /** The notes' sources for paragraphs: every sentence, with its speaker. */
  notesFor(paragraphs: number[]): NoteSource[] {
    return paragraphs.flatMap((paragraph) =>
      this.sentencesOf(paragraph).map((sentence) => ({ paragraph, speaker: this.speakerOf(sentence), text: sentence.text })),
    )
  }

  /** Whether the lede or the headline has `side` make the offer: "Quarrow raised its bid", "the union tabled a proposal". */
  makesOffer(side: string): boolean {
    const party = this.analysis.parties.find((item) => item.name === side)
    const names = [side, ...(party?.aliases ?? [])].map(escapeRegExp).join('|')
    const frame = new RegExp(`\\b(?:${names})\\b[^.;]{0,40}?\\b(?:${OFFER_VERBS.join('|')})\\b[^.;]{0,20}?\\b(?:${OFFER_NOUNS.join('|')})\\b`, 'i')
    const lede = this.analysis.article.paragraphs[0]?.text ?? ''
    return frame.test(this.analysis.article.meta.title) || frame.test(lede)
  }

  /** Whether the analyst left a paragraph out of the deck (`sections: { N: out }`): its sentences are gone then. */
  omitted(paragraph: number): boolean {
    return !this.analysis.sentences.some((sentence) => sentence.paragraph === paragraph)
  }

  /** How many sentences the article gives a speaker. */
  quotedSentences(name: string | null): number {
    return name ? this.analysis.attributions.filter((item) => item.speaker === name).length : 0
  }

  possessive(name: string): string {
    return name.endsWith('s') ? `${name}'` : `${name}'s`
  }
}

/** Verbs of making an offer ("Quarrow raised its bid", "the guild tabled a proposal"), our own examples. */
const OFFER_VERBS = ['raised', 'raises', 'made', 'makes', 'tabled', 'tables', 'submitted', 'submits', 'sweetened', 'sweetens', 'launched', 'launches', 'improved', 'improves', 'put forward', 'puts forward']
/** What is offered. */
const OFFER_NOUNS = ['bid', 'offer', 'proposal', 'takeover approach']

function blankSlide(kind: Slide['kind'], title: string, lead: string): Slide {
  return { kind, title, subtitle: null, bullets: [], columns: [], people: [], timeline: [], facts: [], lead, sources: [] }
}

function coverSlide(context: Context): Slide {
  const meta = context.analysis.article.meta
  const slide = blankSlide('cover', meta.title, '')
  slide.subtitle = meta.dek
  const byline = [meta.outlet, meta.author && `${meta.author}${meta.place ? ` in ${meta.place}` : ''}`, meta.date && longDate(meta.date)].filter(Boolean)
  slide.facts = byline.map((value, index) => ({ label: ['outlet', 'byline', 'date'][index] ?? '', value: value as string }))
  slide.lead = `This briefing covers "${meta.title}"${meta.outlet ? `, from ${meta.outlet}` : ''}${meta.date ? `, ${longDate(meta.date)}` : ''}.${meta.dek ? ` In short: ${meta.dek}.` : ''}`
  slide.sources = context.notesFor([1])
  return slide
}

function summarySlide(context: Context): Slide {
  if (context.options.bottomLine) return chosenSummarySlide(context, context.options.bottomLine)
  const bullets: Bullet[] = []
  const add = (bullet: Bullet | null) => {
    if (bullet && !bullets.some((known) => known.paragraph === bullet.paragraph && known.text === bullet.text)) bullets.push(bullet)
  }
  add(context.bulletFor(1))
  // The lede usually states both positions; the next bullets give each side's in its own words.
  add(context.positionBullets('demand').find((bullet) => bullet.paragraph !== 1) ?? null)
  add(context.positionBullets('refusal').find((bullet) => bullet.paragraph !== 1) ?? null)
  const upcoming = context.analysis.events.find((event) => event.status === 'upcoming')
  if (upcoming) add(context.bulletFor(upcoming.paragraph, new RegExp(escapeRegExp(upcoming.when))))
  for (const paragraph of context.analysis.article.paragraphs.slice(1)) {
    if (bullets.length >= 3) break
    add(context.bulletFor(paragraph.n))
  }
  const slide = blankSlide('summary', 'Bottom line', 'The bottom line, up front.')
  slide.bullets = bullets.slice(0, 4)
  slide.sources = context.notesFor(unique(slide.bullets.map((bullet) => bullet.paragraph)))
  return slide
}

/** The bottom line the analyst chose: each paragraph as its section shows it (a position, a dated event), else its first sentence. */
function chosenSummarySlide(context: Context, paragraphs: number[]): Slide {
  const bullets = paragraphs.map((paragraph) => {
    const section = context.analysis.paragraphs[paragraph - 1]?.section
    const event = context.analysis.events.find((item) => item.paragraph === paragraph)
    const position = section === 'demands' || section === 'rejections'
      ? context.positionBullets(section === 'demands' ? 'demand' : 'refusal').find((bullet) => bullet.paragraph === paragraph)
      : undefined
    return position ?? (section === 'next' && event ? context.bulletFor(paragraph, new RegExp(escapeRegExp(event.when))) : context.bulletFor(paragraph))
  }).filter((bullet): bullet is Bullet => bullet !== null)
  const slide = blankSlide('summary', 'Bottom line', 'The bottom line, up front.')
  slide.bullets = bullets
  slide.sources = context.notesFor(unique(bullets.map((bullet) => bullet.paragraph)))
  return slide
}

/** Bullets the standoff (or key points) section keeps: the first slide holds 3 beside the people cards, the second 5. */
export const STANDOFF_BULLETS = 8

/** Key points of a story outside the genre: one slide of them, beside the people quoted. */
export const KEY_POINT_BULLETS = 5

/** People cards a slide shows: two a side in a standoff, three people quoted in key points. */
const CARDS_PER_SIDE = 2
const QUOTED_CARDS = 3

function standoffSlides(context: Context, shown: Bullet[]): Slide[] {
  const paragraphs = context.paragraphsIn('standoff')
  if (paragraphs.length === 0) return []
  // A story with no two sides to brief (outside the genre) gets its key points and the people quoted, not a standoff.
  const inGenre = context.analysis.parties.length === 2
  const heading = inGenre ? 'The standoff' : 'Key points'
  const cards = inGenre ? leadersOf(context) : quotedPeople(context)
  const past = context.analysis.events.filter((event) => event.status === 'past')
  const setting = inGenre ? past[0] : undefined
  const lead = [
    `${heading}.`,
    setting ? `The talks: ${setting.place ? `in ${setting.place}, ` : ''}${setting.date ? longDate(setting.date) : setting.when}.` : '',
    cards.length > 0 ? `${inGenre ? 'Speaking for the sides' : 'People quoted'}: ${cards.map((card) => `${card.name}, ${card.role ?? 'no role given'}${card.side ? `, for ${card.side}` : ''}`).join('; ')}.` : '',
  ].filter(Boolean).join(' ')
  // Key points repeat nothing of the bottom line; a standoff keeps its own bullets, so a changed bottom line changes only itself.
  const candidates = paragraphs.map((paragraph) => context.bulletFor(paragraph))
    .filter((bullet): bullet is Bullet => bullet !== null && (inGenre || !shown.some((known) => known.text === bullet.text)))
  const bullets = inGenre ? selectBullets(context, candidates, STANDOFF_BULLETS) : keyPoints(context, candidates)
  if (bullets.length === 0) return []
  const firstPage = cards.length > 0 ? 3 : MAX_BULLETS_PER_SLIDE
  const pages = inGenre
    ? [bullets.slice(0, firstPage), ...chunk(bullets.slice(firstPage), MAX_BULLETS_PER_SLIDE - 1)].filter((page) => page.length > 0)
    : [bullets]
  return pages.map((page, index) => {
    const slide = blankSlide('standoff', index === 0 ? heading : `${heading} (continued)`, index === 0 ? lead : `${heading}, continued.`)
    slide.bullets = page
    if (index === 0) {
      slide.people = cards
      if (setting) slide.subtitle = [setting.place, setting.date ? longDate(setting.date) : setting.when].filter(Boolean).join(' · ')
    }
    slide.sources = context.notesFor(unique(page.map((bullet) => bullet.paragraph)))
    return slide
  })
}

/**
 * The bullets a long section keeps, in reading order: the lede's paragraphs,
 * then what a named person said (the claims the story quotes), then what names
 * a side; the rest stays in the notes of the sources slide.
 */
function selectBullets(context: Context, bullets: Bullet[], keep: number): Bullet[] {
  if (bullets.length <= keep) return bullets
  const sides = context.analysis.parties.flatMap((party) => [party.name, ...party.aliases])
  const score = (bullet: Bullet) =>
    (bullet.paragraph <= 2 ? 4 : 0)
    + (context.person(bullet.speaker) ? 2 + Math.min(context.quotedSentences(bullet.speaker), 3) / 3 : bullet.speaker ? 1 : 0)
    + (sides.some((name) => bullet.text.includes(name)) ? 1 : 0)
  const ranked = bullets.map((bullet, order) => ({ bullet, order, score: score(bullet) })).sort((a, b) => b.score - a.score || a.order - b.order)
  return ranked.slice(0, keep).sort((a, b) => a.order - b.order).map((item) => item.bullet)
}

/**
 * Key points of a story outside the genre: the story's opening points in
 * reading order, then what its most quoted people say (one each), in reading order.
 */
function keyPoints(context: Context, bullets: Bullet[]): Bullet[] {
  const quoted = quotedPeople(context).slice(0, 2)
  const claims = quoted.flatMap((card) => bullets.filter((bullet) => bullet.speaker === card.name).slice(0, 1))
  const opening = bullets.filter((bullet) => !claims.includes(bullet)).slice(0, KEY_POINT_BULLETS - claims.length)
  return [...opening, ...claims].sort((a, b) => a.paragraph - b.paragraph)
}

/**
 * Role words by seniority, highest first, for ordering a side's people cards
 * (our own examples). A role matching none ranks below them all.
 */
const SENIORITY: Array<{ rank: number; pattern: RegExp; example: string }> = [
  { rank: 0, pattern: /\b(?:president|prime minister|premier|chancellor|king|queen|emir|sultan|head of state|governor|mayor)\b/i, example: 'Prime Minister Dorin Kalev' },
  { rank: 1, pattern: /\b(?:chief executive|ceo|chair(?:man|woman|person)?|minister|secretary(?! of state's)|commissioner|director[- ]general|general secretary|leader|speaker|founder|owner)\b/i, example: 'Foreign Minister Jane Roe' },
  { rank: 2, pattern: /\b(?:deputy|vice|chief negotiator|envoy|ambassador|head|director|senator|president of the union)\b/i, example: 'Deputy Minister Ana Lind' },
  { rank: 3, pattern: /\b(?:negotiator|official|representative|lawyer|attorney|adviser|advisor|counsel)\b/i, example: 'the union’s lawyer Tomas Brell' },
  { rank: 4, pattern: /\b(?:spokes(?:man|woman|person)|press secretary|spokes)\b/i, example: 'spokeswoman Petra Holm' },
]

function seniorityOf(role: string | null): number {
  // "deputy foreign minister" is a deputy: the qualifier outranks the noun it qualifies.
  if (role && /\b(?:deputy|vice|assistant|junior)\b/i.test(role)) return 2
  return SENIORITY.find((entry) => role && entry.pattern.test(role))?.rank ?? SENIORITY.length
}

/** A role as the card shows it: none rather than a fragment of a list ("and Trevassian"). */
function cardRole(role: string | null): string | null {
  if (!role || /^(?:and|or|but|with|her|his|their)\b/i.test(role.trim())) return null
  return role
}

/**
 * Who speaks for each side, most senior first: people of the side who say
 * something in the article. Someone the story is only about (a victim, a
 * bystander) says nothing and is never a side's card.
 */
function leadersOf(context: Context): PersonCard[] {
  return context.analysis.parties.flatMap((party) =>
    context.analysis.people
      .filter((person) => person.kind === 'party' && person.party === party.name && person.paragraph > 0 && context.quotedSentences(person.name) > 0)
      .map((person, order) => ({ person, order }))
      .sort((a, b) => seniorityOf(a.person.role) - seniorityOf(b.person.role) || a.order - b.order)
      .slice(0, CARDS_PER_SIDE)
      .map(({ person }) => ({ name: person.name, role: cardRole(person.role), side: party.name, tone: party.name === context.demanding ? 'a' as const : party.name === context.responding ? 'b' as const : null })),
  )
}

/** The named people a story quotes most, most first, for its key points. */
function quotedPeople(context: Context): PersonCard[] {
  const counts = new Map<string, number>()
  for (const item of context.analysis.attributions) {
    // Independent experts have their own slide.
    if (item.speaker && item.source === 'person' && context.person(item.speaker)?.kind !== 'expert') counts.set(item.speaker, (counts.get(item.speaker) ?? 0) + 1)
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, QUOTED_CARDS)
    .map(([name]) => {
      const person = context.person(name)
      return { name, role: cardRole([person?.role, person?.affiliation].filter(Boolean).join(', ') || null), side: null, tone: null }
    })
}

function positionSlides(context: Context, section: 'demands' | 'rejections'): Slide[] {
  const side = section === 'demands' ? context.demanding : context.responding
  if (!side) return []
  const { bullets, title, lead } = sidePosition(context, side, MAX_BULLET_WORDS)
  return chunk(bullets, MAX_BULLETS_PER_SLIDE).map((page, index) => {
    const slide = blankSlide(section, index === 0 ? title : `${title} (continued)`, lead)
    slide.bullets = page
    slide.sources = context.notesFor(unique(page.map((bullet) => bullet.paragraph)))
    return slide
  })
}

/**
 * A side's own clauses, demands and refusals in reading order, and the title
 * they earn: "X's demands" when it only asks, "X's response" when the
 * answering side only refuses, "X's position" when a side does both or the
 * answering side made the offer ("Quarrow raised its bid").
 */
function sidePosition(context: Context, side: string, maxWords: number): { bullets: Bullet[]; title: string; lead: string } {
  const demands = context.positionBullets('demand', maxWords, side)
  const refusals = context.positionBullets('refusal', maxWords, side)
  // A sentence that both asks and refuses is one bullet, shown once.
  const bullets = [...demands, ...refusals.filter((refusal) => !demands.some((demand) => demand.text === refusal.text))].sort((a, b) => a.paragraph - b.paragraph)
  const answering = side === context.responding
  const name = context.possessive(side)
  const plural = isPluralName(side)
  if (refusals.length === 0 && !answering) return { bullets, title: `${name} demands`, lead: `What ${side} ${plural ? 'want' : 'wants'}.` }
  if (demands.length === 0 && answering && !context.makesOffer(side)) return { bullets, title: `${name} response`, lead: `How ${side} ${plural ? 'answer' : 'answers'}.` }
  const stands = plural ? 'stand: what they ask and what they refuse' : 'stands: what it asks and what it refuses'
  return { bullets, title: `${name} position`, lead: `Where ${side} ${stands}.` }
}

function sideBySideSlide(context: Context): Slide | null {
  if (!context.demanding || !context.responding) return null
  const columns = [context.demanding, context.responding].map((party) => ({ party, bullets: sidePosition(context, party, 15).bullets.slice(0, 3) }))
  if (columns.some((item) => item.bullets.length === 0)) return null
  const slide = blankSlide('positions', 'The two positions', `The two positions side by side: ${context.demanding} on the left, ${context.responding} on the right.`)
  slide.columns = columns
  slide.sources = context.notesFor(unique(columns.flatMap((item) => item.bullets.map((bullet) => bullet.paragraph))).sort((a, b) => a - b))
  return slide
}

/** The quotation that best states a side's position: spoken by a side, with a demand or refusal in it. */
function pullQuoteSlide(context: Context): Slide | null {
  const chosen = context.options.quoteParagraph
  if (chosen === null) return null
  // A paragraph the analyst chose is quoted whoever speaks in it.
  const paragraphs = chosen === undefined ? [...context.paragraphsIn('demands'), ...context.paragraphsIn('rejections')].sort((a, b) => a - b) : [chosen]
  let best: { quote: string; sentence: Sentence; speaker: string; score: number } | null = null
  for (const paragraph of paragraphs) {
    for (const sentence of context.sentencesOf(paragraph)) {
      const speaker = context.speakerOf(sentence)
      if (!speaker || (chosen === undefined && context.person(speaker)?.kind !== 'party')) continue
      for (const quote of quotationsOf(sentence.text)) {
        if (!isPullQuoteLength(quote) || isPutToSpeaker(sentence.text, quote)) continue
        const words = wordCount(quote)
        const score = (demandCue.test(quote) ? 2 : 0) + (refusalCue.test(quote) ? 2 : 0) + (words <= 20 ? 1 : 0)
        if (!best || score > best.score) best = { quote, sentence, speaker, score }
      }
    }
  }
  if (!best) return null
  const person = context.person(best.speaker)
  const slide = blankSlide('quote', 'In their words', `In their words: ${best.speaker}${person?.role ? `, ${person.role}` : ''}.`)
  // The comma that hands a quotation over to "she said" is not part of what was said.
  slide.bullets = [{ text: best.quote.replace(/[,;:]$/, ''), paragraph: best.sentence.paragraph, speaker: best.speaker }]
  slide.people = [{ name: best.speaker, role: person?.role ?? null, side: person?.party ?? null, tone: null }]
  slide.sources = [{ paragraph: best.sentence.paragraph, speaker: best.speaker, text: best.sentence.text }]
  return slide
}

/**
 * Words that put a question or a claim to someone: a quotation after one of
 * them, with no speech verb of the speaker between, is what was asked, not
 * what was said ("Asked whether he feared \"a collapse\", the minister said …").
 */
const PUT_TO = /\b(?:asked|ask|asking|pressed|questioned|queried|challenged|put to|whether)\b/i
const SPEECH_AFTER = /\b(?:said|says|told|replied|answered|added|insisted|warned|responded)\b/i

/** Whether the quotation in `sentence` is a question put to its speaker rather than their own words. */
export function isPutToSpeaker(sentence: string, quote: string): boolean {
  const at = sentence.indexOf(quote)
  if (at < 0) return false
  const before = sentence.slice(0, at)
  const cue = PUT_TO.exec(before)
  return cue !== null && !SPEECH_AFTER.test(before.slice(cue.index + cue[0].length))
}

/** Whether a quotation is long enough to state something and short enough for the quote slide. */
export function isPullQuoteLength(quote: string): boolean {
  const words = wordCount(quote)
  return words >= PULL_QUOTE_WORDS.min && words <= PULL_QUOTE_WORDS.max
}

function expertSlides(context: Context): Slide[] {
  const paragraphs = context.paragraphsIn('experts')
  const experts = context.analysis.people.filter((person) => person.kind === 'expert')
  if (paragraphs.length === 0 || experts.length === 0) return []
  const perExpert = experts.map((expert) => ({
    expert,
    bullets: paragraphs
      .filter((paragraph) => context.analysis.paragraphs[paragraph - 1]?.speaker === expert.name)
      .slice(0, 2)
      .map((paragraph) => context.bulletFor(paragraph, undefined, 22))
      .filter((bullet): bullet is Bullet => bullet !== null),
  })).filter((entry) => entry.bullets.length > 0)
  return chunk(perExpert, 2).map((page, index) => {
    const slide = blankSlide('experts', index === 0 ? 'Expert views' : 'Expert views (continued)', 'What independent experts say.')
    slide.people = page.map(({ expert }) => ({ name: expert.name, role: [expert.role, expert.affiliation].filter(Boolean).join(', ') || null, side: null, tone: null }))
    slide.bullets = page.flatMap((entry) => entry.bullets)
    slide.sources = context.notesFor(unique(paragraphs.filter((paragraph) => page.some(({ expert }) => context.analysis.paragraphs[paragraph - 1]?.speaker === expert.name))))
    return slide
  })
}

/** Rows the timeline slide holds before it overflows its canvas. */
const TIMELINE_ROWS = 6

function nextSlide(context: Context): Slide | null {
  // A statement is dated by its saying; it is a source, not an entry on the timeline.
  const dated = context.analysis.events.filter((event) => event.kind !== 'statement')
  // Upcoming events first-class; of the past, the latest that set the scene, as many as the slide holds.
  const upcoming = dated.filter((event) => event.status === 'upcoming')
  const scene = dated.filter((event) => event.status === 'past').sort(byDate).slice(-Math.max(0, TIMELINE_ROWS - upcoming.length))
  const events = dated.filter((event) => upcoming.includes(event) || scene.includes(event)).slice(0, Math.max(TIMELINE_ROWS, upcoming.length))
  if (!events.some((event) => event.status === 'upcoming')) return null
  const slide = blankSlide('next', "What's next", "What's next, in date order.")
  // An expectation about "this week's talks" belongs to several meetings; show it once, at the first.
  const shown = new Set<string>()
  slide.timeline = [...events].sort(byDate).map((event) => {
    const entry = timelineEntry(event.expectations.filter((item) => !shown.has(item.text)))
    for (const item of event.expectations) shown.add(item.text)
    return { ...entry, date: event.date, when: event.when, place: event.place, what: event.what, status: event.status, paragraph: event.paragraph }
  })
  const expectationParagraphs = unique(events.flatMap((event) => event.expectations.map((item) => item.paragraph)))
  slide.sources = context.notesFor(unique([...events.map((event) => event.paragraph), ...expectationParagraphs]).sort((a, b) => a - b))
  return slide
}

function timelineEntry(expectations: DatedEvent['expectations']): Pick<TimelineEntry, 'expectations'> {
  return {
    expectations: expectations.slice(0, 2).map((item) => ({ text: condenseSentence(item.text), paragraph: item.paragraph, speaker: item.speaker })),
  }
}

function byDate(a: DatedEvent, b: DatedEvent): number {
  // A week or month ("next week") sorts at its first day among the dated entries.
  const dayOf = (event: DatedEvent) => event.date ?? event.period ?? null
  const [first, second] = [dayOf(a), dayOf(b)]
  if (first && second) return first.localeCompare(second) || a.paragraph - b.paragraph
  if (a.status !== b.status) return a.status === 'past' ? -1 : 1
  return a.paragraph - b.paragraph
}

function sourcesSlide(context: Context): Slide {
  const meta = context.analysis.article.meta
  const slide = blankSlide('sources', 'Sources', 'Sources.')
  const facts: Array<[string, string | null]> = [
    ['Outlet', meta.outlet],
    ['Author', meta.author && `${meta.author}${meta.place ? `, ${meta.place}` : ''}`],
    ['Published', meta.date && longDate(meta.date)],
    ['Contributors', meta.contributors.length > 0 ? meta.contributors.join(', ') : null],
    ['Photo', meta.photo ? meta.photo.credit ?? 'uncredited' : null],
    ['Paragraphs', `${context.analysis.article.paragraphs.length}, numbered ¶1–¶${context.analysis.article.paragraphs.length} in the order of the source`],
  ]
  slide.facts = facts.filter((fact): fact is [string, string] => fact[1] !== null).map(([label, value]) => ({ label, value }))
  slide.lead = `Sources: ${slide.facts.map((fact) => `${fact.label}: ${fact.value}`).join('. ')}.${meta.photo ? ` Photo caption: ${meta.photo.caption}` : ''}`
  return slide
}

/**
 * Paragraphs no slide shows are not lost: the sources slide reads them out in
 * its notes, in order, after the credits and captions that are not the story.
 */
function withRestInNotes(context: Context, slides: Slide[]): Slide[] {
  const shown = new Set(slides.flatMap((slide) => slide.sources.map((source) => source.paragraph)))
  const rest = context.analysis.article.paragraphs.map((paragraph) => paragraph.n).filter((n) => !shown.has(n) && !context.omitted(n))
  const furniture = (context.analysis.article.furniture ?? []).filter((item) => item.kind === 'credit' || item.kind === 'caption' || item.kind === 'photo-credit')
  return slides.map((slide) => {
    if (slide.kind !== 'sources') return slide
    const around = furniture.map((item) => `${item.kind === 'credit' ? 'Credit' : 'Photo'} (after ¶${item.after}): ${item.text}`).join(' ')
    return {
      ...slide,
      lead: [slide.lead, rest.length > 0 ? `Also in the article, not on the slides: ¶${rest.join(', ¶')}.` : '', around].filter(Boolean).join(' '),
      sources: [...slide.sources, ...context.notesFor(rest)],
    }
  })
}

/** Slides a deck holds at most: a ten-minute briefing. */
export const MAX_DECK_SLIDES = 12

/** Kinds whose continuation slides give way first when a deck runs long: background before positions. */
const TRIM_ORDER: Slide['kind'][] = ['standoff', 'experts', 'rejections', 'demands']

/** Drop continuation slides, the latest of the least needed kind first, until the deck fits its budget. */
function withinBudget(slides: Slide[]): Slide[] {
  const kept = [...slides]
  for (const kind of TRIM_ORDER) {
    while (kept.length > MAX_DECK_SLIDES) {
      const firstOfKind = kept.findIndex((slide) => slide.kind === kind)
      const last = kept.findLastIndex((slide, index) => slide.kind === kind && index > firstOfKind)
      if (firstOfKind === -1 || last === -1) break
      kept.splice(last, 1)
    }
  }
  return kept
}

/** The analyst's titles in place of the composed ones; later slides of a section say they continue it. */
function retitled(slides: Slide[], titles: BriefingOptions['titles'] & object): Slide[] {
  const seen = new Set<Slide['kind']>()
  return slides.map((slide) => {
    const title = slide.kind === 'cover' ? undefined : titles[slide.kind]
    const continued = seen.has(slide.kind)
    seen.add(slide.kind)
    return title ? { ...slide, title: continued ? `${title} (continued)` : title } : slide
  })
}

/** Split into as few pages of at most `size` as possible, evenly: 7 at 6 a page is 4 + 3, not 6 + 1. */
function chunk<T>(items: T[], size: number): T[][] {
  const count = Math.ceil(items.length / size)
  const pages: T[][] = []
  for (let page = 0, start = 0; page < count; page += 1) {
    const end = start + Math.ceil((items.length - start) / (count - page))
    pages.push(items.slice(start, end))
    start = end
  }
  return pages
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)]
}
