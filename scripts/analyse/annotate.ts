import winkNLP, { type ItsFunction, type WinkMethods } from 'wink-nlp'
import { englishModel } from './wink-model.mjs'
import { findNames } from './names.ts'
import { findQuotations } from './quotations.ts'
import { findVerbGroups } from './verbs.ts'
import type { Doc, DocSentence, Paragraph, PartOfSpeech, Quotation, Token } from '../types.ts'

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
      }
      for (const token of inside) token.quote = quotations.length
      quotations.push(quotation)
    }
  }
  return { paragraphs, tokens, sentences, quotations, verbs: findVerbGroups(tokens, sentences), names: findNames(tokens, sentences) }
}

/** Join sentence spans wink broke after a title abbreviation or a lone initial before a name. */
function mendBreaks(spans: ReadonlyArray<readonly [number, number]>, tokens: Token[]): Array<[number, number]> {
  const mended: Array<[number, number]> = []
  for (const [start, end] of spans) {
    const previous = mended.at(-1)
    const last = previous ? tokens[previous[1] - 1] : undefined
    const next = tokens[start]
    const afterTitle = last && NO_BREAK_AFTER.has(last.lower)
    const afterInitial = last && /^[A-Z]\.$/.test(last.text) && next && /^\p{Lu}/u.test(next.text)
    // A "sentence" that opens in lower case goes on the one before ('… (D-Wis.) said.').
    const lowerStart = next && /^\p{Ll}/u.test(next.text)
    if (previous && (afterTitle || afterInitial || lowerStart)) previous[1] = end
    else mended.push([start, end])
  }
  return mended
}

/** The text of tokens `[start, end)` as written in their paragraph. */
export function textOf(doc: Doc, start: number, end: number): string {
  const first = doc.tokens[start]
  const last = doc.tokens[end - 1]
  if (!first || !last || end <= start) return ''
  const paragraph = doc.paragraphs[first.paragraph - 1]
  return paragraph ? paragraph.text.slice(first.start, last.end) : ''
}
