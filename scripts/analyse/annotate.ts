import winkNLP, { type ItsFunction, type WinkMethods } from 'wink-nlp'
import { englishModel } from './wink-model.mjs'
import { findNames } from './names.ts'
import { findQuotations } from './quotations.ts'
import { findVerbGroups } from './verbs.ts'
import { SPEECH_LEMMAS } from './cues.ts'
import type { Doc, DocSentence, NameSpan, Paragraph, PartOfSpeech, Quotation, Token } from '../types.ts'

// The tagger, sentence breaker and lemmatiser come from wink-nlp's English
// model, shipped inside its npm package (no download). Its entity recogniser
// is not used: it finds dates and numbers but no people or organisations,
// and dates are read by chrono-node in `events`. The model is read from the
// cache `npm run compile` writes, when there is one (see wink-model.mjs).
let tagger: WinkMethods | null = null

function loadTagger(): WinkMethods {
  tagger ??= winkNLP(englishModel(), ['sbd', 'pos'])
  return tagger
}

// Title abbreviations wink's sentence breaker sometimes ends a sentence on
// ("… said Gen. Roe."): a break right after one of these is never right.
const NO_BREAK_AFTER = new Set(['mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'sen.', 'rep.', 'gov.', 'gen.', 'lt.', 'col.', 'capt.', 'sgt.', 'adm.', 'rev.', 'st.', 'maj.', 'cmdr.', 'supt.', 'hon.', 'pres.', 'gen', 'no.'])

/**
 * Read the paragraphs once into the document model every later stage shares:
 * tokens with offsets, tags and lemmas; sentences; quotations (which may run
 * over sentences); verb groups with tense; and capitalised name spans.
 */
export function annotate(paragraphs: Paragraph[]): Doc {
  const nlp = loadTagger()
  const its = nlp.its
  const tokens: Token[] = []
  const sentences: DocSentence[] = []
  const quotations: Quotation[] = []
  for (const paragraph of paragraphs) {
    const wink = nlp.readDoc(paragraph.text)
    const values = wink.tokens().out() as string[]
    const tags = wink.tokens().out(its.pos) as PartOfSpeech[]
    // The typings declare the lemma helper with a narrower signature than `out` takes.
    const lemmas = wink.tokens().out(its.lemma as unknown as ItsFunction<string>) as string[]
    const first = tokens.length
    let cursor = 0
    for (const [index, value] of values.entries()) {
      const at = paragraph.text.indexOf(value, cursor)
      const start = at === -1 ? cursor : at
      cursor = at === -1 ? cursor : at + value.length
      tokens.push({
        i: tokens.length, text: value, lower: value.toLowerCase(), lemma: (lemmas[index] ?? value).toLowerCase(),
        pos: tags[index] ?? 'X', paragraph: paragraph.n, start, end: cursor, sentence: -1, quote: -1,
      })
    }
    // The dateline ("VESSBY —") is where the story was filed, not a word of its first sentence: no name or subject begins there.
    const datelineEnd = paragraph.dateline?.trimEnd().length ?? 0
    for (let t = first; t < tokens.length && (tokens[t] as Token).end <= datelineEnd; t += 1) (tokens[t] as Token).dateline = true
    const spans = (wink.sentences().out(its.span) as unknown as Array<[number, number]>).map(([from, to]) => [first + from, first + to + 1] as const)
    for (const [start, end] of mendBreaks(spans, tokens)) {
      const startOffset = tokens[start]?.start ?? 0
      const endOffset = tokens[end - 1]?.end ?? startOffset
      const index = sentences.filter((sentence) => sentence.paragraph === paragraph.n).length
      sentences.push({ i: sentences.length, paragraph: paragraph.n, index, text: paragraph.text.slice(startOffset, endOffset), start, end })
      for (let t = start; t < end; t += 1) (tokens[t] as Token).sentence = sentences.length - 1
    }
    for (const span of findQuotations(paragraph.text)) {
      const inside = tokens.slice(first).filter((token) => token.start >= span.from && token.end <= span.to)
      if (inside.length === 0) continue
      const quotation: Quotation = {
        paragraph: paragraph.n, from: span.from, to: span.to, closed: span.closed,
        start: (inside[0] as Token).i, end: (inside.at(-1) as Token).i + 1,
        firstSentence: (inside[0] as Token).sentence, lastSentence: (inside.at(-1) as Token).sentence,
        question: putAsQuestion(tokens, sentences[(inside[0] as Token).sentence]?.start ?? (inside[0] as Token).i, (inside[0] as Token).i),
      }
      for (const token of inside) token.quote = quotations.length
      quotations.push(quotation)
    }
  }
  const names = findNames(tokens, sentences)
  // A word inside a name is a proper noun, whatever the tagger took it for ("Josh" as a verb):
  // verb groups and subjects are read after that correction.
  for (const name of names) {
    for (let t = name.start; t < name.end; t += 1) {
      const token = tokens[t] as Token
      if (/^\p{Lu}/u.test(token.text)) token.pos = 'PROPN'
    }
  }
  retagSpeechVerbs(tokens, names)
  return { paragraphs, tokens, sentences, quotations, verbs: findVerbGroups(tokens, sentences), names }
}

const SPEECH = new Set(SPEECH_LEMMAS)
// Subject pronouns a present-tense speech verb may follow ("she notes they …"), or that hold a cue ("which he said").
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i'])

/**
 * "Roe claims that …", "Ames notes they were …": the tagger reads a speech
 * verb's -s form as a plural noun. Right after a name or a subject pronoun,
 * and before what opens a reported clause ("that", a pronoun, a quotation),
 * it is the verb.
 */
function retagSpeechVerbs(tokens: Token[], names: NameSpan[]): void {
  const nameEnds = new Set(names.filter((name) => name.kind !== 'place' && name.kind !== 'organisation').map((name) => name.end))
  for (const token of tokens) {
    if (token.pos !== 'NOUN' || !token.lower.endsWith('s') || !SPEECH.has(token.lemma)) continue
    const before = tokens[token.i - 1]
    const after = tokens[token.i + 1]
    if (!before || !after || before.sentence !== token.sentence) continue
    const subject = nameEnds.has(token.i) || (before.pos === 'PRON' && SUBJECT_PRONOUNS.has(before.lower))
    const clauseOpens = after.lower === 'that' || (after.pos === 'PRON' && SUBJECT_PRONOUNS.has(after.lower)) || after.text === ':' || /^["“]$/.test(after.text)
    if (subject && clauseOpens) token.pos = 'VERB'
  }
  // "…, promising to lift the curfew": after a comma and before an infinitive, a speech verb's -ing form the
  // tagger reads as an adjective is the participle.
  for (const token of tokens) {
    if (token.pos !== 'ADJ' || !token.lower.endsWith('ing') || tokens[token.i - 1]?.text !== ',' || tokens[token.i + 1]?.lower !== 'to' || tokens[token.i + 2]?.pos !== 'VERB') continue
    const stem = token.lower.slice(0, -3)
    const lemma = [stem, `${stem}e`].find((form) => SPEECH.has(form))
    if (lemma) Object.assign(token, { pos: 'VERB', lemma })
  }
}

/** Join sentence spans wink broke after a title abbreviation or a lone initial before a name. */
function mendBreaks(spans: ReadonlyArray<readonly [number, number]>, tokens: Token[]): Array<[number, number]> {
  const mended: Array<[number, number]> = []
  for (const [start, end] of spans) {
    const previous = mended.at(-1)
    const last = previous ? tokens[previous[1] - 1] : undefined
    const next = tokens[start]
    // The tagger may split the full stop off its abbreviation ("Rev" "."): read them as one word.
    const beforeLast = previous ? tokens[previous[1] - 2] : undefined
    const lastWord = last && last.text === '.' && beforeLast && beforeLast.end === last.start ? `${beforeLast.text}.` : last?.text ?? ''
    const afterTitle = NO_BREAK_AFTER.has(lastWord.toLowerCase())
    const afterInitial = /^[A-Z]\.$/.test(lastWord) && next && /^\p{Lu}/u.test(next.text)
    // A break inside parentheses is an abbreviation's full stop ("(D-N.Y.)").
    const insideParentheses = previous && openParentheses(tokens, previous[0], previous[1]) > 0
    // A "sentence" that opens in lower case goes on the one before ('… (D-Wis.) said.').
    const lowerStart = next && /^\p{Ll}/u.test(next.text)
    if (previous && (afterTitle || afterInitial || lowerStart || insideParentheses)) previous[1] = end
    else mended.push([start, end])
  }
  return mended
}

/**
 * A quotation inside "asked (by a reporter) whether/if/about …" before the
 * clause that answers it is the question, not the answer: "asked" earlier in
 * the sentence with no comma between it and the quotation.
 */
function putAsQuestion(tokens: Token[], sentenceStart: number, quoteStart: number): boolean {
  for (let t = quoteStart - 1; t >= sentenceStart; t -= 1) {
    const token = tokens[t] as Token
    if (token.text === ',' || token.text === ';') return false
    if (token.lower === 'asked' || token.lower === 'asking') return true
  }
  return false
}

function openParentheses(tokens: Token[], start: number, end: number): number {
  let open = 0
  for (let t = start; t < end; t += 1) {
    const text = (tokens[t] as Token).text
    if (text === '(') open += 1
    else if (text === ')' && open > 0) open -= 1
  }
  return open
}

/** The text of tokens `[start, end)` as written in their paragraph. */
export function textOf(doc: Doc, start: number, end: number): string {
  const first = doc.tokens[start]
  const last = doc.tokens[end - 1]
  if (!first || !last || end <= start) return ''
  const paragraph = doc.paragraphs[first.paragraph - 1]
  return paragraph ? paragraph.text.slice(first.start, last.end) : ''
}
