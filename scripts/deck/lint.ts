import { annotate } from '../analyse/annotate.ts'
import { furnitureKind } from '../read.ts'
import { wordCount } from '../text.ts'
import type { Analysis, Briefing, Bullet, Doc, Slide, SlideKind } from '../types.ts'
import { MAX_BULLET_WORDS, PULL_QUOTE_WORDS } from './condense.ts'

/** Slides a deck may have: a ten-minute briefing, with room for a continued section or two. */
export const MAX_SLIDES = 12

/** Bullets each kind of slide holds at most (a side-by-side column counts on its own). */
export const BULLET_LIMITS: Record<SlideKind, number> = {
  cover: 0, summary: 4, standoff: 6, demands: 6, rejections: 6, positions: 3, quote: 1, experts: 4, next: 0, sources: 0,
}

/**
 * Words a bullet may not open with, because what they point back to is not on
 * the slide: a pronoun or demonstrative ("It would also cover …"), or a
 * subordinating word that leaves the bullet a lone clause ("Which …", "While …").
 * A personal pronoun is allowed when the bullet names its speaker beside it.
 */
const DANGLING_OPENERS = new Set([
  'it', 'its', 'this', 'these', 'those', 'that', 'which', 'while', 'whereas', 'who', 'whom', 'whose', 'where',
  'although', 'though', 'because', 'since', 'unless', 'whether', 'including', 'and', 'but', 'or', 'nor', 'so', 'then',
  'also', 'adding', 'saying',
])
const SPEAKER_PRONOUNS = new Set(['he', 'she', 'they', 'his', 'her', 'their', 'him', 'them', 'we', 'our', 'i'])

/**
 * Words a cut bullet cannot end on without ending mid-phrase ("… in a letter to the"):
 * articles, prepositions, conjunctions and possessives, which always want a word after them.
 * A bullet that ends a sentence (with its full stop) is whole whatever its last word.
 */
const DANGLING_ENDINGS = new Set([
  'the', 'a', 'an', 'to', 'of', 'in', 'on', 'at', 'for', 'by', 'with', 'from', 'into', 'onto', 'and', 'or', 'but', 'nor',
  'which', 'who', 'whose', 'as', 'than', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'told', 'if', 'whether',
  'while', 'about', 'between', 'against', 'among', 'toward', 'towards', 'through', 'during', 'without', 'via', 'per',
  'would', 'will', 'could', 'should', 'can', 'may', 'might', 'must', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had',
])

/** Words after which a participle is an adjective ("the seized boats", "its revised offer"). */
const ADJECTIVAL_BEFORE = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'this', 'these', 'those', 'that', 'every', 'each', 'any', 'no'])

/** Words that open a subordinate clause: one before the bullet's first verb means its main verb was cut away. */
const CLAUSE_HEADS = new Set(['that', 'which', 'who', 'whom'])

/**
 * Verbs that, with nothing after them, answer something said on another line:
 * "The spokesman agreed." says nothing on a slide of its own (agreed with what?).
 * With a complement they carry content ("agreed to a pay freeze").
 */
const ANSWERING_VERBS = new Set(['agree', 'disagree', 'concur', 'respond', 'reply', 'comment', 'decline', 'refuse', 'object', 'dissent', 'demur', 'echo', 'follow'])

/**
 * Lines news prints for form's sake, which hold no position: the party was
 * asked and said nothing. Each is a run of lemmas after the subject; `contact`
 * runs count only when a word of asking follows ("did not respond to a request
 * for comment"), since "did not respond to the offer" is a position.
 */
const NO_COMMENT_RUNS: ReadonlyArray<{ lemmas: readonly string[]; contact: boolean }> = [
  { lemmas: ['decline', 'to', 'comment'], contact: false }, // "The ministry declined to comment."
  { lemmas: ['refuse', 'to', 'comment'], contact: false }, // "Her office refused to comment on the leak."
  { lemmas: ['unavailable', 'for', 'comment'], contact: false }, // "The mayor was unavailable for comment."
  { lemmas: ['not', 'be', 'reach'], contact: false }, // "A spokesman could not be reached."
  { lemmas: ['not', 'respond'], contact: true }, // "The carrier did not respond to a request for comment."
  { lemmas: ['not', 'immediately', 'respond'], contact: true }, // "The union did not immediately respond to messages."
  { lemmas: ['not', 'return'], contact: true }, // "Lawyers for the firm did not return calls."
  { lemmas: ['not', 'reply'], contact: true }, // "The board did not reply to emails on Sunday."
]

/** Words of asking that make a "did not respond to …" line a no-comment line. */
const CONTACT_LEMMAS = new Set(['comment', 'call', 'message', 'email', 'e-mail', 'request', 'inquiry', 'query', 'question'])

export type LintCheck = 'verb' | 'opening' | 'ending' | 'quotes' | 'brackets' | 'length' | 'content' | 'furniture' | 'slide-bullets' | 'slides' | 'side'

export interface LintProblem {
  check: LintCheck
  /** 1-based slide number. */
  slide: number
  text: string
  why: string
}

export interface LintReport {
  slides: number
  bullets: number
  problems: LintProblem[]
}

/**
 * Check a composed briefing as a presenter would read it: every bullet stands
 * on its own (a finite verb, no dangling opening or ending, balanced quotation
 * marks, at most 25 words, no caption or credit), no slide over its bullet
 * limit, at most twelve slides, and a side's titled slide holds only that
 * side's words. Reads the bullets themselves, not the reading's labels, so it
 * holds however the analysis changes.
 */
export function lintBriefing(briefing: Briefing, analysis: Analysis): LintReport {
  const problems: LintProblem[] = []
  const captions = captionTexts(analysis)
  let bullets = 0
  if (briefing.slides.length > MAX_SLIDES) {
    problems.push({ check: 'slides', slide: briefing.slides.length, text: '', why: `${briefing.slides.length} slides, more than ${MAX_SLIDES}` })
  }
  briefing.slides.forEach((slide, index) => {
    const number = index + 1
    const groups = slide.kind === 'positions' ? slide.columns.map((column) => column.bullets) : [slide.bullets]
    for (const group of groups) {
      if (group.length > BULLET_LIMITS[slide.kind]) {
        problems.push({ check: 'slide-bullets', slide: number, text: slide.title, why: `${group.length} bullets on a ${slide.kind} slide (at most ${BULLET_LIMITS[slide.kind]})` })
      }
    }
    for (const bullet of groups.flat()) {
      bullets += 1
      for (const problem of bulletProblems(bullet, slide.kind === 'quote')) problems.push({ ...problem, slide: number, text: bullet.text })
      if (captions.some((caption) => caption.includes(stripMarks(bullet.text)) || stripMarks(bullet.text).includes(caption)) || furnitureKind(bullet.text) !== null) {
        problems.push({ check: 'furniture', slide: number, text: bullet.text, why: 'a caption, alt text or credit, not the story' })
      }
    }
    for (const problem of sideProblems(slide, analysis)) problems.push({ ...problem, slide: number })
  })
  return { slides: briefing.slides.length, bullets, problems }
}

/** What is wrong with one bullet as a line read on its own. */
export function bulletProblems(bullet: Bullet, isQuote = false): Array<Pick<LintProblem, 'check' | 'why'>> {
  const problems: Array<Pick<LintProblem, 'check' | 'why'>> = []
  const text = bullet.text.trim()
  // A pull quote is a whole quotation and may run longer than a bullet.
  const limit = isQuote ? PULL_QUOTE_WORDS.max : MAX_BULLET_WORDS
  if (wordCount(text) > limit) problems.push({ check: 'length', why: `${wordCount(text)} words (at most ${limit})` })
  if (!quotesBalanced(text)) problems.push({ check: 'quotes', why: 'unbalanced quotation marks' })
  if (!bracketsBalanced(text)) problems.push({ check: 'brackets', why: 'a bracket opened and not closed, or closed and not opened: the cut fell inside it' })
  const words = text.replace(/^["“‘'(\[]+/, '').split(/\s+/)
  // "That's …" opens on "that" as much as "That …" does.
  const first = (words[0] ?? '').toLowerCase().replace(/[’']s$/, '').replace(/[^\p{L}']/gu, '')
  if (DANGLING_OPENERS.has(first) && !isQuote) problems.push({ check: 'opening', why: `opens with "${words[0]}", which leans on what is not on the slide` })
  else if (SPEAKER_PRONOUNS.has(first) && !bullet.speaker && !isQuote && !/^["“]/.test(text)) problems.push({ check: 'opening', why: `opens with "${words[0]}" and names no speaker` })
  // A reported statement shown beside its speaker may open in lower case ("the deal was off" — Jane Roe).
  else if (/^\p{Ll}/u.test(text) && !isQuote && !bullet.speaker)
    problems.push({ check: 'opening', why: 'opens mid-sentence, in lower case' })
  // A quotation cut open in the middle ('"is hard to find," she said') is never a reported statement.
  else if (/^["“‘]\p{Ll}/u.test(text) && !isQuote) problems.push({ check: 'opening', why: 'opens mid-sentence, in lower case' })
  const ended = /[.!?]["”’)]*$/.test(text)
  const last = text.replace(/\s*…$/, '').replace(/[.,;:!?"”’)]+$/, '').split(/\s+/).at(-1)?.toLowerCase() ?? ''
  if (!ended && DANGLING_ENDINGS.has(last) && !isQuote) problems.push({ check: 'ending', why: `ends mid-phrase, on "${last}"` })
  if (!isQuote) {
    const doc = annotateLine(text)
    const verb = firstFiniteVerb(text, doc)
    if (verb === null) problems.push({ check: 'verb', why: 'no finite verb: not a statement' })
    else if (verb.clauseCut) problems.push({ check: 'opening', why: `"${verb.head}" comes before any verb: the main clause was cut away` })
    else if (verb.first) problems.push({ check: 'opening', why: 'opens on its verb: the subject was cut away' })
    else if (isReducedClauseOnly(text, doc)) problems.push({ check: 'opening', why: `opens "${words.slice(0, 2).join(' ')}" and holds no main clause: the cut kept only a clause hanging off the sentence` })
    const empty = contentless(text, doc)
    if (empty) problems.push({ check: 'content', why: empty })
  }
  return problems
}

/**
 * Whether the whole bullet is a reduced clause that hangs off a sentence not on
 * the slide: "as detected by patrol aircraft.", "when asked about the
 * deadline.", "once signed by both boards." A subordinating word, a
 * participle right after it, and no comma after which a main clause could
 * start ("As agreed, the board will vote" is a statement).
 */
function isReducedClauseOnly(text: string, doc: Doc): boolean {
  const words = doc.tokens.filter((token) => token.pos !== 'PUNCT')
  const [opener, next] = words
  if (!opener || !next || !REDUCED_CLAUSE_OPENERS.has(opener.lower) || text.includes(',')) return false
  return next.pos === 'VERB' && /(?:ed|en|ing)$/.test(next.lower)
}
/** Words that open a clause whose subject and verb can be left out ("as reported", "when asked", "if approved"). */
const REDUCED_CLAUSE_OPENERS = new Set(['as', 'when', 'if', 'once', 'after', 'before', 'until', 'whenever'])

/**
 * Why a statement says nothing on its own, or null: it ends on an answering
 * verb with no complement ("The envoy agreed."), or it is a no-comment line.
 * Quoted words are the speaker's and are never judged here.
 */
export function contentless(text: string, doc: Doc = annotateLine(text)): string | null {
  const words = doc.tokens.filter((token) => token.pos !== 'PUNCT' && token.quote === -1)
  const lemmas = words.map((token) => (token.lower === "n't" ? 'not' : token.lemma.toLowerCase()))
  for (const run of NO_COMMENT_RUNS) {
    const at = lemmas.findIndex((_, index) => run.lemmas.every((lemma, offset) => lemmas[index + offset] === lemma))
    if (at < 0) continue
    if (run.contact && !lemmas.slice(at + run.lemmas.length).some((lemma) => CONTACT_LEMMAS.has(lemma))) continue
    return `a no-comment line ("${words.slice(at, at + run.lemmas.length).map((token) => token.text).join(' ')}"): it holds no position`
  }
  const finite = doc.verbs.filter((group) => group.tense !== 'nonfinite')
  const last = finite.at(-1)
  const after = last ? doc.tokens.slice(last.end).filter((token) => token.pos !== 'PUNCT') : []
  if (finite.length === 1 && last && after.length === 0 && ANSWERING_VERBS.has(last.lemma.toLowerCase()) && !doc.tokens.some((token) => token.quote !== -1)) {
    return `ends on "${doc.tokens[last.head]?.text}" with nothing after it: it answers a line that is not on the slide`
  }
  return null
}

/**
 * A bullet's text as a one-paragraph document, read once for all the checks.
 * Compose tries the same cuts of a sentence for several slides (a side's own
 * slide, the side-by-side columns, the bottom line), so lines are kept once read;
 * the documents are only read, never changed.
 */
function annotateLine(text: string): Doc {
  let doc = annotatedLines.get(text)
  if (!doc) {
    // A long-running `dev` session reads many articles: start over rather than grow without end.
    if (annotatedLines.size >= MAX_ANNOTATED_LINES) annotatedLines.clear()
    doc = annotate([{ n: 1, text, line: 0, subhead: null }])
    annotatedLines.set(text, doc)
  }
  return doc
}
const annotatedLines = new Map<string, Doc>()
const MAX_ANNOTATED_LINES = 5_000

/** Straight double quotes pair up, and so do curly ones. */
export function quotesBalanced(text: string): boolean {
  const straight = (text.match(/"/g) ?? []).length
  const open = (text.match(/“/g) ?? []).length
  const close = (text.match(/”/g) ?? []).length
  return straight % 2 === 0 && open === close
}

/** Every round or square bracket opened is closed after it. */
export function bracketsBalanced(text: string): boolean {
  let depth = 0
  for (const character of text) {
    if (character === '(' || character === '[') depth += 1
    else if (character === ')' || character === ']') depth -= 1
    if (depth < 0) return false
  }
  return depth === 0
}

/**
 * The first verb that makes the text a statement ("refused", "will meet"), not
 * only a participle ("refusing"); and whether a clause head ("the owners that …")
 * comes before it outside quotation marks, so the clause's own verb is all there is.
 */
export function firstFiniteVerb(text: string, doc: Doc = annotateLine(text)): { head: string; clauseCut: boolean; first: boolean } | null {
  // "its seized trawlers": a participle after a determiner or possessive describes a noun; it is no verb of the bullet.
  const finite = doc.verbs.filter((group) => group.tense !== 'nonfinite' && !ADJECTIVAL_BEFORE.has(doc.tokens[group.start - 1]?.lower ?? ''))
  const verb = finite[0]
  if (!verb) return null
  const before = doc.tokens.slice(0, verb.start)
  // "the owners that they needed …" lost its main verb; "Jane Roe, who chairs it, urged …" is an apposition (after a comma).
  const head = before.find((token, index) => index > 0 && token.quote === -1 && CLAUSE_HEADS.has(token.lower) && before[index - 1]?.text !== ',')
  // "The union, which represents nurses, said …" has a verb of its own after the clause: only a lone clause verb is cut.
  const opening = doc.tokens.find((token) => token.pos !== 'PUNCT')
  return { head: head?.text ?? '', clauseCut: head !== undefined && finite.length === 1, first: opening !== undefined && opening.i >= verb.start && opening.i < verb.end && /^\p{Ll}/u.test(opening.text) }
}

/**
 * The named subject a sentence opens with, the words before its first verb
 * ("The union" in "The union is seeking raises …"), when they are a short
 * name or noun phrase, not a pronoun; else null.
 */
export function subjectOf(text: string): string | null {
  const doc = annotateLine(text)
  const verb = doc.verbs.find((group) => group.tense !== 'nonfinite')
  const before = verb ? doc.tokens.slice(0, verb.start) : []
  const words = before.filter((token) => token.pos !== 'ADV')
  if (words.length === 0 || words.length > 8 || before.some((token) => token.pos === 'PUNCT' || token.pos === 'PRON' && token.i === 0)) return null
  if (!words.some((token) => token.pos === 'NOUN' || token.pos === 'PROPN')) return null
  const first = before[0]
  const last = words.at(-1)
  return first && last && /^\p{Lu}/u.test(first.text) ? text.slice(first.start, last.end) : null
}

/** Whether the text holds a verb that makes it a statement. */
export function hasFiniteVerb(text: string): boolean {
  return firstFiniteVerb(text) !== null
}

/** A demands or response slide titled for a side: every bullet with a speaker must be that side's. */
function sideProblems(slide: Slide, analysis: Analysis): Array<Omit<LintProblem, 'slide'>> {
  const owned: Array<{ side: string; bullets: Bullet[] }> = []
  if (slide.kind === 'demands' || slide.kind === 'rejections') {
    const side = analysis.parties.find((party) => party.stance === (slide.kind === 'demands' ? 'demands' : 'responds'))
    if (side) owned.push({ side: side.name, bullets: slide.bullets })
  }
  if (slide.kind === 'positions') for (const column of slide.columns) owned.push({ side: column.party, bullets: column.bullets })
  const problems: Array<Omit<LintProblem, 'slide'>> = []
  for (const { side, bullets } of owned) {
    for (const bullet of bullets) {
      const person = bullet.speaker ? analysis.people.find((item) => item.name === bullet.speaker) : undefined
      const otherSide = person?.kind === 'party' && person.party !== null && person.party !== side
      if (otherSide || person?.kind === 'expert') {
        problems.push({ check: 'side', text: bullet.text, why: `${bullet.speaker} (${person?.kind === 'expert' ? 'an expert' : `for ${person?.party}`}) on ${side}'s slide` })
      }
    }
  }
  return problems
}

/** The photo captions and alt texts of the article, for comparison with bullets. */
function captionTexts(analysis: Analysis): string[] {
  const article = analysis.article
  return [
    article.meta.photo?.caption ?? '',
    ...(article.furniture ?? []).filter((item) => item.kind !== 'key-points' && item.kind !== 'read-more').map((item) => item.text),
  ].map(stripMarks).filter((text) => wordCount(text) >= 3)
}

function stripMarks(text: string): string {
  return text.replace(/["“”]/g, '').replace(/\s*…$/, '').replace(/\s+/g, ' ').trim().toLowerCase()
}

/** The per-article table the lint test prints: slides, bullets and problems by check. */
export function lintTable(rows: Array<{ name: string; report: LintReport }>): string {
  const checks: LintCheck[] = ['verb', 'opening', 'ending', 'quotes', 'brackets', 'length', 'content', 'furniture', 'slide-bullets', 'slides', 'side']
  const header = ['article', 'slides', 'bullets', ...checks]
  const body = rows.map(({ name, report }) => [name, String(report.slides), String(report.bullets), ...checks.map((check) => String(report.problems.filter((problem) => problem.check === check).length))])
  const widths = header.map((cell, column) => Math.max(cell.length, ...body.map((row) => (row[column] ?? '').length)))
  const line = (row: string[]) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  ')
  return [line(header), ...body.map(line)].join('\n')
}
