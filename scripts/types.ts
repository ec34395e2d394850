/**
 * The values that flow between briefdeck's stages, in pipeline order:
 *
 *     source markdown → read → Article → analyse → Analysis
 *       → classify → ClassifiedParagraph[] → compose → Briefing → render → Slidev markdown
 *
 * Every decision the analysis makes carries a `reason` so `briefdeck analyse --json`
 * can explain it and a test can check it.
 */

/** Metadata from the article's YAML frontmatter. */
export interface ArticleMeta {
  title: string
  dek: string | null
  author: string | null
  place: string | null
  outlet: string | null
  /** ISO calendar date `YYYY-MM-DD`, or null when the article carries none. */
  date: string | null
  contributors: string[]
  photo: { caption: string; credit: string | null } | null
}

/** One body paragraph, numbered from 1 in reading order; the unit a bullet cites. */
export interface Paragraph {
  n: number
  text: string
  /** 1-based line in the source file where the paragraph starts. */
  line: number
  /** The `##` subhead the paragraph sits under, if any. */
  subhead: string | null
  /** A dateline or wire prefix the text opens with ("CITY (Agency) — "), kept in the text but never shown as a bullet. */
  dateline?: string
}

/** What a block around the story is, when it is not the story: it keeps its place but is never a ¶. */
export type FurnitureKind = 'image' | 'caption' | 'photo-credit' | 'credit' | 'read-more' | 'key-points'

/** A block of the body that is not story text: a photo, its caption, a credit line, a link, a highlights box. */
export interface Furniture {
  kind: FurnitureKind
  text: string
  /** 1-based line in the source file. */
  line: number
  /** The story paragraph it follows (0 before the first). */
  after: number
}

export interface Article {
  /** Path of the source, for messages. */
  file: string
  meta: ArticleMeta
  paragraphs: Paragraph[]
  /** Blocks of the body that are not the story (photos, captions, credits, "Read more", highlights); absent when none. */
  furniture?: Furniture[]
  /** What the analyst set in the frontmatter's `briefing:` block; absent or empty when nothing. */
  corrections?: Corrections
}

/** A sentence of a paragraph; `index` counts from 0 within the paragraph. */
export interface Sentence {
  paragraph: number
  index: number
  text: string
}

// ── The document model ────────────────────────────────────────────────────
// `annotate` reads the article once into a `Doc`: every token with its offsets,
// tag, lemma and whether it sits inside a quotation; sentences and quotations as
// token ranges; verb groups with tense; proper-name spans. Later stages read it
// and never split text themselves (spaCy's Doc, CoreNLP's annotation).

/** Universal part-of-speech tags, as wink-nlp's tagger gives them. */
export type PartOfSpeech =
  | 'ADJ' | 'ADP' | 'ADV' | 'AUX' | 'CCONJ' | 'DET' | 'INTJ' | 'NOUN' | 'NUM' | 'PART'
  | 'PRON' | 'PROPN' | 'PUNCT' | 'SCONJ' | 'SYM' | 'VERB' | 'X' | 'SPACE'

export interface Token {
  /** Position in `Doc.tokens`. */
  i: number
  text: string
  /** Lower-cased text. */
  lower: string
  lemma: string
  pos: PartOfSpeech
  /** Paragraph number and UTF-16 offsets into that paragraph's text (end exclusive). */
  paragraph: number
  start: number
  end: number
  /** Index into `Doc.sentences`. */
  sentence: number
  /** Index into `Doc.quotations` when the token is quoted speech (marks excluded), else -1. */
  quote: number
  /** Part of the lede's dateline ("VESSBY —"): where the story was filed, no word of its sentence. */
  dateline?: true
}

/** A run of tokens `[start, end)` in `Doc.tokens`. */
export interface TokenRange {
  start: number
  end: number
}

export interface DocSentence extends Sentence, TokenRange {
  /** Position in `Doc.sentences`. */
  i: number
}

/** Quoted words, which may run over several sentences of a paragraph. */
export interface Quotation extends TokenRange {
  paragraph: number
  /** Offsets of the quoted text in the paragraph, marks excluded. */
  from: number
  to: number
  /** First and last `Doc.sentences` index the quotation touches. */
  firstSentence: number
  lastSentence: number
  /** False when the paragraph ended before a closing mark (news style for a quotation that goes on). */
  closed: boolean
  /** A question put to someone ('Asked whether he feared "a collapse", Roe said …'): not the speaker's words. */
  question: boolean
}

export type Tense = 'past' | 'present' | 'future' | 'conditional' | 'nonfinite'

/** A verb with its auxiliaries: "would not have stranded", "is poised to open". */
export interface VerbGroup extends TokenRange {
  /** The main verb's token index. */
  head: number
  lemma: string
  tense: Tense
  negated: boolean
  passive: boolean
  /** "would have …", "could …": not asserted as happening. */
  hypothetical: boolean
}

export type NameKind = 'person' | 'organisation' | 'place' | 'unknown'

/** A capitalised name as written: "Deputy Minister Jane Roe" has the name span "Jane Roe". */
export interface NameSpan extends TokenRange {
  text: string
  kind: NameKind
  sentence: number
}

export interface Doc {
  paragraphs: Paragraph[]
  tokens: Token[]
  sentences: DocSentence[]
  quotations: Quotation[]
  verbs: VerbGroup[]
  names: NameSpan[]
}

export type PersonKind = 'party' | 'expert' | 'other'

/** Someone the article introduces by name. */
export interface Person {
  name: string
  /** How the article introduces them ("Deputy Foreign Minister"), or null. */
  role: string | null
  /** The organisation or side named with the role, or null. */
  affiliation: string | null
  kind: PersonKind
  /** Name of the party they speak for, when `kind` is "party". */
  party: string | null
  /** The forms the article refers to them by: the full name, then the surname or given name used alone. */
  mentions: string[]
  /** Paragraph of first mention (0 for the photo caption). */
  paragraph: number
  reason: string
}

/** One side of the standoff. */
export interface Party {
  name: string
  aliases: string[]
  /** "demands" for the side that makes demands, "responds" for the other. */
  stance: 'demands' | 'responds'
  reason: string
}

/** What kind of holder a speaker is: a named person, or a source described without a name. */
export type SourceKind = 'person' | 'organisation' | 'unnamed' | 'document'

/** Who says (or believes) a sentence, and why the analysis thinks so. */
export interface Attribution {
  paragraph: number
  sentence: number
  /** A Person's name, the words describing an unnamed or organisational source, or null for the article's own voice. */
  speaker: string | null
  /** What `speaker` is; null with no speaker. */
  source: SourceKind | null
  /** Words said, or a belief or intention held ("wants", "plans"); null with no speaker. */
  mode: 'speech' | 'belief' | null
  reason: string
}

export type EventStatus = 'past' | 'upcoming'

/** A meeting, deadline or other dated happening the article mentions. */
export interface DatedEvent {
  /** Resolved calendar date, or null when it can't be resolved (no article date). */
  date: string | null
  /** The time phrase as written ("on Wednesday"). */
  when: string
  place: string | null
  what: string
  paragraph: number
  status: EventStatus
  /** Sentences voicing expectations about this event, verbatim. */
  expectations: Array<{ text: string; paragraph: number; speaker: string | null }>
  reason: string
  /** How precisely the phrase fixes the day: a day, a range (`end` is its last day), or only a week or month (`period`). */
  precision?: 'day' | 'range' | 'week' | 'month'
  /** Last day of a range ("from Monday to Wednesday"), else null. */
  end?: string | null
  /** First day of the week or month a week- or month-only phrase names ("next week"), else null. */
  period?: string | null
  /** An event that happens, or a statement dated by its saying ("said on Thursday"). */
  kind?: 'event' | 'statement'
  /** Later paragraphs that date the same happening again (read as one event with this one). */
  mentions?: number[]
}

/**
 * A clause in which one side states its position: a demand by the demanding
 * side or a refusal (or warning) by the responding side.
 */
export interface PositionClause {
  stance: 'demand' | 'refusal'
  side: string
  paragraph: number
  sentence: number
  /** The clause as written, its leading conjunction dropped. */
  text: string
  speaker: string | null
  cue: string
  reason: string
}

export type SectionName = 'standoff' | 'demands' | 'rejections' | 'experts' | 'next'

export interface ClassifiedParagraph {
  n: number
  text: string
  section: SectionName
  speaker: string | null
  reason: string
}

/** Everything `analyse` learns from an article. */
export interface Analysis {
  article: Article
  doc: Doc
  sentences: Sentence[]
  people: Person[]
  parties: Party[]
  attributions: Attribution[]
  events: DatedEvent[]
  positions: PositionClause[]
  paragraphs: ClassifiedParagraph[]
}

/** A line on a slide: extractive text plus the paragraph it came from. */
export interface Bullet {
  text: string
  paragraph: number
  /** Who said it, shown beside the text; never part of `text`. */
  speaker: string | null
}

/** A sentence read out in the speaker notes, with its attribution. */
export interface NoteSource {
  paragraph: number
  speaker: string | null
  text: string
}

export type SlideKind =
  | 'cover'
  | 'summary'
  | 'standoff'
  | 'demands'
  | 'rejections'
  | 'positions'
  | 'quote'
  | 'experts'
  | 'next'
  | 'sources'

/** Column of the side-by-side slide. */
export interface PositionColumn {
  party: string
  bullets: Bullet[]
}

export interface PersonCard {
  name: string
  role: string | null
  side: string | null
  /** The colour the card wears: the demanding side's ('a', the left column of the positions), the responding side's ('b'), or none. */
  tone: 'a' | 'b' | null
}

export interface TimelineEntry {
  date: string | null
  when: string
  place: string | null
  what: string
  status: EventStatus
  paragraph: number
  expectations: Bullet[]
}

/** A slide as the briefing means it, before any Slidev syntax. */
export interface Slide {
  kind: SlideKind
  title: string
  /** Optional line under the title (the dek on the cover). */
  subtitle: string | null
  bullets: Bullet[]
  columns: PositionColumn[]
  people: PersonCard[]
  timeline: TimelineEntry[]
  /** Label–value lines that are about the article, not from it (the sources slide). */
  facts: Array<{ label: string; value: string }>
  /** The spoken introduction of the notes. */
  lead: string
  sources: NoteSource[]
}

export interface Briefing {
  title: string
  slides: Slide[]
}

/**
 * What the analyst decided in the source's `briefing:` frontmatter block,
 * each with the file line it was written on (for messages and reasons).
 * Read by `read` (shape only), checked against the reading and applied by
 * `analyse/apply-corrections.ts`.
 */
export interface Corrections {
  /** A paragraph's section, or `out` to leave it out of the deck. */
  sections: Array<{ paragraph: number; section: SectionName | 'out'; line: number }>
  /** The two sides; one given alone makes the reading's other side the second. */
  sides: { demands: SideCorrection | null; responds: SideCorrection | null } | null
  people: Array<{ name: string; kind: PersonKind | null; side: string | null; line: number }>
  events: EventCorrection[]
  /** The pull quote's paragraph, or null for no pull quote slide. */
  quote: { paragraph: number | null; line: number } | null
  bottomLine: { paragraphs: number[]; line: number } | null
  titles: Array<{ slide: RetitledSlide; title: string; line: number }>
}

export interface SideCorrection {
  name: string
  /** Short names; null keeps the reading's when `name` is a side it found. */
  short: string[] | null
  line: number
}

/**
 * An event to fix (`paragraph` and `when` or `date` name one the reading
 * found), to drop (`drop`), or to add (`add`).
 */
export interface EventCorrection {
  action: 'fix' | 'drop' | 'add'
  paragraph: number
  when: string | null
  date: string | null
  label: string | null
  place: string | null
  status: EventStatus | null
  line: number
}

/** Slides a correction may retitle: every kind but the cover, whose title is the article's. */
export type RetitledSlide = Exclude<SlideKind, 'cover'>

/** What the analyst chose for the deck itself, beyond the reading (from the `briefing:` block). */
export interface BriefingOptions {
  /** The paragraph to take the pull quote from, or null for no pull quote; absent, the best quotation of a side. */
  quoteParagraph?: number | null
  /** The paragraphs whose bullets make the bottom line, in this order; absent, chosen from the reading. */
  bottomLine?: number[]
  /** Slide titles by slide kind; a section that continues on another slide gets "(continued)" after it. */
  titles?: Partial<Record<RetitledSlide, string>>
}
