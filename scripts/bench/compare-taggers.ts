/**
 * Measures the candidate NLP libraries for briefdeck's linguistic layer
 * (issue 9, item 2) on the shared corpus and PolNeAR's dev split, and prints
 * one markdown table. Run: `npx tsx scripts/bench/compare-taggers.ts`.
 *
 * Compared: wink-nlp with wink-eng-lite-web-model as it comes, wink as
 * briefdeck's `annotate` mends it (and briefdeck's people and tenses on top),
 * compromise, and parse-english (nlcst). Figures are medians because the
 * machine this ran on is shared and loaded.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import winkNLP from 'wink-nlp'
import model from 'wink-eng-lite-web-model'
import nlp from 'compromise'
import { ParseEnglish } from 'parse-english'
import { readArticle } from '../read.ts'
import { annotate } from '../analyse/annotate.ts'
import type { Paragraph, Tense } from '../types.ts'
import { summarise } from './stats.ts'

const root = process.cwd()
const shared = path.resolve(root, '..', 'shared')
const corpusDir = path.join(shared, 'corpus', 'articles')
const corpusGoldDir = path.join(shared, 'corpus', 'gold')
const devDir = path.join(shared, 'polnear', 'articles', 'dev')

const LIBRARIES = ['wink-nlp (raw)', 'wink-nlp + briefdeck annotate', 'compromise', 'parse-english (nlcst)'] as const
type Library = (typeof LIBRARIES)[number]

/** A sentence as a character range of its paragraph's text. */
interface Range { from: number; to: number }

const wink = winkNLP(model, ['sbd', 'pos'])
const english = new ParseEnglish()

function main(): void {
  if (!existsSync(corpusDir) || !existsSync(devDir)) {
    console.log(`compare-taggers: skipped, needs ${corpusDir} and ${devDir} (the shared corpus and PolNeAR dev).`)
    return
  }
  const corpus = articlesIn(corpusDir)
  const dev = articlesIn(devDir)
  const allParagraphs = [...corpus, ...dev].flatMap((article) => article.paragraphs)
  const words = allParagraphs.reduce((sum, paragraph) => sum + (paragraph.text.match(/\S+/g)?.length ?? 0), 0)

  const load = loadTimes()
  const speed = speeds([...corpus, ...dev], words)
  const breaksCorpus = breakCounts(corpus)
  const breaksDev = breakCounts(dev)
  const people = peopleRecall(corpus)
  const tense = tenseAccuracy()

  const cell = (value: string | undefined): string => value ?? '—'
  console.log(`Texts: ${corpus.length} corpus articles and ${dev.length} PolNeAR dev articles, ${allParagraphs.length} paragraphs, ${words.toLocaleString('en-US')} words.\n`)
  console.log('| library | load (ms, fresh process, median of 5) | ms per 1,000 words (sentences + tags, median of 5) | sentences corpus / dev | wrong breaks corpus / dev (title, initial, parentheses) | corpus people found (of ' + people.gold + ') | tense of main verb (of ' + TENSE_SENTENCES.length + ') |')
  console.log('|---|---|---|---|---|---|---|')
  for (const library of LIBRARIES) {
    const corpusBreaks = breaksCorpus.get(library) as BreakCount
    const devBreaks = breaksDev.get(library) as BreakCount
    console.log(`| ${library} | ${cell(load.get(library))} | ${cell(speed.get(library))} | ${corpusBreaks.sentences} / ${devBreaks.sentences} | ${formatBreaks(corpusBreaks)} / ${formatBreaks(devBreaks)} | ${cell(people.found.get(library))} | ${cell(tense.get(library))} |`)
  }
  console.log('\nparse-english has no part-of-speech tagger (nlcst is a syntax tree of sentences, words and punctuation): its time is sentence and word splitting only.')
  console.log('People: wink (raw) is every run of PROPN tokens; briefdeck is `analyse --json` people (findPeople); a gold name counts as found when one output name contains it. "outputs" is how many names the library gave, so a long list is not read as a good one.')
}

interface Article { file: string; paragraphs: Paragraph[] }

function articlesIn(dir: string): Article[] {
  return readdirSync(dir).filter((name) => name.endsWith('.md')).sort().map((name) => {
    const file = path.join(dir, name)
    return { file, paragraphs: readArticle(readFileSync(file, 'utf8'), file).paragraphs }
  })
}

// ---- (1) load time -------------------------------------------------------

/** Import and get ready to tag one sentence, in a fresh Node process each time. */
const LOAD_SNIPPETS: Partial<Record<Library, string>> = {
  'wink-nlp (raw)': "const { default: winkNLP } = await import('wink-nlp'); const { default: model } = await import('wink-eng-lite-web-model'); const n = winkNLP(model, ['sbd', 'pos']); n.readDoc('Ready now.').tokens().out(n.its.pos)",
  compromise: "const { default: n } = await import('compromise'); n('Ready now.').out('tags')",
  'parse-english (nlcst)': "const { ParseEnglish } = await import('parse-english'); new ParseEnglish().parse('Ready now.')",
}

function loadTimes(): Map<Library, string> {
  const result = new Map<Library, string>()
  for (const [library, snippet] of Object.entries(LOAD_SNIPPETS) as Array<[Library, string]>) {
    const runs: number[] = []
    for (let i = 0; i < 5; i += 1) {
      const code = `const t0 = performance.now(); ${snippet}; console.log(performance.now() - t0)`
      runs.push(Number(execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd: root, encoding: 'utf8' }).trim()))
    }
    result.set(library, summarise(runs).median.toFixed(0))
  }
  // briefdeck's annotate loads the same wink model: its load is wink's.
  result.set('wink-nlp + briefdeck annotate', `${result.get('wink-nlp (raw)')} (same model)`)
  return result
}

// ---- (2) speed -----------------------------------------------------------

function speeds(articles: Article[], words: number): Map<Library, string> {
  const paragraphs = articles.flatMap((article) => article.paragraphs)
  const passes: Record<Library, () => number> = {
    'wink-nlp (raw)': () => paragraphs.reduce((sum, paragraph) => {
      const doc = wink.readDoc(paragraph.text)
      return sum + doc.sentences().length() + doc.tokens().out(wink.its.pos).length
    }, 0),
    'wink-nlp + briefdeck annotate': () => articles.reduce((sum, article) => sum + annotate(article.paragraphs).tokens.length, 0),
    compromise: () => paragraphs.reduce((sum, paragraph) => {
      const doc = nlp(paragraph.text)
      return sum + doc.sentences().length + (doc.out('tags') as unknown[]).length
    }, 0),
    'parse-english (nlcst)': () => paragraphs.reduce((sum, paragraph) => sum + english.parse(paragraph.text).children.length, 0),
  }
  const result = new Map<Library, string>()
  let keep = 0
  for (const library of LIBRARIES) {
    const runs: number[] = []
    for (let i = 0; i < 5; i += 1) {
      const started = performance.now()
      keep += passes[library]()
      runs.push(performance.now() - started)
    }
    result.set(library, (summarise(runs).median / (words / 1000)).toFixed(1))
  }
  if (keep < 0) console.log(keep)
  return result
}

// ---- (3) sentence breaks -------------------------------------------------

// What the measure counts as a wrong break. This list is the bench's own, kept
// apart from annotate's mending table so the mender is not graded by itself.
// A title never ends an English sentence ("… met Sen. | Roe"); a month's
// abbreviation does not when a day number follows ("Jan. | 5").
const TITLES = new Set(['mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'sen.', 'rep.', 'gov.', 'gen.', 'lt.', 'col.', 'capt.', 'sgt.', 'adm.', 'rev.', 'maj.', 'pres.', 'hon.', 'sens.', 'reps.', 'lt.gen.'])
const MONTHS = new Set(['jan.', 'feb.', 'mar.', 'apr.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.'])

interface BreakCount { sentences: number; title: number; initial: number; parentheses: number }

function formatBreaks(count: BreakCount): string {
  return `${count.title + count.initial + count.parentheses} (${count.title}, ${count.initial}, ${count.parentheses})`
}

function breakCounts(articles: Article[]): Map<Library, BreakCount> {
  // annotate numbers sentences by paragraph within one article: mend article by article.
  const mendedByParagraph = new Map<Paragraph, Range[]>()
  for (const article of articles) {
    const mended = annotate(article.paragraphs)
    for (const sentence of mended.sentences) {
      const first = mended.tokens[sentence.start]
      const last = mended.tokens[sentence.end - 1]
      const paragraph = article.paragraphs.find((candidate) => candidate.n === sentence.paragraph)
      if (!first || !last || !paragraph) continue
      const list = mendedByParagraph.get(paragraph) ?? []
      list.push({ from: first.start, to: last.end })
      mendedByParagraph.set(paragraph, list)
    }
  }
  const paragraphs = articles.flatMap((article) => article.paragraphs)
  const splitters: Record<Library, (paragraph: Paragraph) => Range[]> = {
    'wink-nlp (raw)': (paragraph) => winkSentences(paragraph.text),
    'wink-nlp + briefdeck annotate': (paragraph) => mendedByParagraph.get(paragraph) ?? [],
    compromise: (paragraph) => (nlp(paragraph.text).sentences().json({ offset: true }) as Array<{ offset: { start: number; length: number } }>)
      .map(({ offset }) => ({ from: offset.start, to: offset.start + offset.length })),
    'parse-english (nlcst)': (paragraph) => english.parse(paragraph.text).children
      .flatMap((node) => (node.type === 'ParagraphNode' ? node.children : []))
      .filter((node) => node.type === 'SentenceNode')
      .map((node) => ({ from: node.position?.start.offset ?? 0, to: node.position?.end.offset ?? 0 })),
  }
  const result = new Map<Library, BreakCount>()
  for (const library of LIBRARIES) {
    const count: BreakCount = { sentences: 0, title: 0, initial: 0, parentheses: 0 }
    for (const paragraph of paragraphs) {
      const ranges = splitters[library](paragraph)
      count.sentences += ranges.length
      for (const range of ranges.slice(0, -1)) {
        const wrong = wrongBreak(paragraph.text, range.to)
        if (wrong) count[wrong] += 1
      }
    }
    result.set(library, count)
  }
  return result
}

/** Why a break at `offset` of `text` is wrong, or null when it may be right. */
function wrongBreak(text: string, offset: number): 'title' | 'initial' | 'parentheses' | null {
  const before = text.slice(0, offset).trimEnd()
  const after = text.slice(offset).trimStart()
  const lastWord = (before.match(/\S+$/)?.[0] ?? '').replace(/^[("'“‘[]+/u, '').toLowerCase()
  if (TITLES.has(lastWord)) return 'title'
  if (MONTHS.has(lastWord) && /^\d/.test(after)) return 'title'
  // A lone capital and full stop before a capitalised word: "J. | Roe".
  if (/^[a-z]\.$/.test(lastWord) && /^\p{Lu}/u.test(after)) return 'initial'
  let open = 0
  for (const char of before) {
    if (char === '(') open += 1
    else if (char === ')' && open > 0) open -= 1
  }
  return open > 0 ? 'parentheses' : null
}

/** wink's own sentences of `text`, as character ranges (tokens found in order, as annotate does). */
function winkSentences(text: string): Range[] {
  const doc = wink.readDoc(text)
  const offsets = tokenOffsets(text, doc.tokens().out() as string[])
  return (doc.sentences().out(wink.its.span) as unknown as Array<[number, number]>).map(([from, to]) => ({
    from: offsets[from]?.from ?? 0, to: offsets[to]?.to ?? 0,
  }))
}

function tokenOffsets(text: string, values: string[]): Range[] {
  let cursor = 0
  return values.map((value) => {
    const at = text.indexOf(value, cursor)
    const from = at === -1 ? cursor : at
    cursor = at === -1 ? cursor : at + value.length
    return { from, to: cursor }
  })
}

// ---- (4) people ----------------------------------------------------------

function peopleRecall(corpus: Article[]): { gold: number; found: Map<Library, string> } {
  const finders: Partial<Record<Library, (article: Article) => string[]>> = {
    'wink-nlp (raw)': (article) => article.paragraphs.flatMap((paragraph) => properNounRuns(paragraph.text)),
    'wink-nlp + briefdeck annotate': (article) => {
      const json = execFileSync(process.execPath, ['scripts/briefdeck.mjs', 'analyse', article.file, '--json'], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
      return (JSON.parse(json) as { people: Array<{ name: string }> }).people.map((person) => person.name)
    },
    compromise: (article) => nlp(article.paragraphs.map((paragraph) => paragraph.text).join('\n\n')).people().out('array') as string[],
  }
  let gold = 0
  const found = new Map<Library, { hits: number; outputs: number }>()
  for (const article of corpus) {
    const goldFile = path.join(corpusGoldDir, `${path.basename(article.file).slice(0, 2)}.json`)
    if (!existsSync(goldFile)) continue
    const names = Object.keys((JSON.parse(readFileSync(goldFile, 'utf8')) as { people: Record<string, string> }).people)
    gold += names.length
    for (const [library, find] of Object.entries(finders) as Array<[Library, (article: Article) => string[]]>) {
      const output = find(article).map(normalise)
      const tally = found.get(library) ?? { hits: 0, outputs: 0 }
      tally.outputs += output.length
      tally.hits += names.filter((name) => output.some((candidate) => candidate.includes(normalise(name)))).length
      found.set(library, tally)
    }
  }
  const formatted = new Map<Library, string>()
  for (const [library, tally] of found) formatted.set(library, `${tally.hits} (${Math.round((100 * tally.hits) / Math.max(gold, 1))}%; ${tally.outputs} outputs)`)
  return { gold, found: formatted }
}

function normalise(name: string): string {
  return name.toLowerCase().replace(/[’']s$/u, '').replace(/\s+/g, ' ').trim()
}

/** Runs of tokens wink tags PROPN, as written in the text. */
function properNounRuns(text: string): string[] {
  const doc = wink.readDoc(text)
  const values = doc.tokens().out() as string[]
  const tags = doc.tokens().out(wink.its.pos) as string[]
  const offsets = tokenOffsets(text, values)
  const runs: string[] = []
  let start = -1
  for (let i = 0; i <= values.length; i += 1) {
    const inRun = tags[i] === 'PROPN'
    if (inRun && start === -1) start = i
    if (!inRun && start !== -1) {
      runs.push(text.slice(offsets[start]?.from ?? 0, offsets[i - 1]?.to ?? 0))
      start = -1
    }
  }
  return runs
}

// ---- (5) tense -----------------------------------------------------------

type MainTense = Exclude<Tense, 'nonfinite'>

// Invented sentences, one clause each, with the tense of their main verb.
// "would/could/might/should" count as conditional; the present perfect is left
// out because the libraries file it differently (compromise past, a reader either).
const TENSE_SENTENCES: Array<[string, MainTense]> = [
  ['The council rejected the offer on Tuesday.', 'past'],
  ['Mira Oldane was waiting outside the hall.', 'past'],
  ['The strikers had left the yard before noon.', 'past'],
  ['Talks collapsed after midnight.', 'past'],
  ['The union did not accept the terms.', 'past'],
  ['Negotiators met again in the afternoon.', 'past'],
  ['The envoy flew home empty-handed.', 'past'],
  ['Both sides were unhappy with the draft.', 'past'],
  ['The ministry opposes the merger.', 'present'],
  ['Pellor Freight is losing money every week.', 'present'],
  ['The two delegations are meeting in a hotel near the port.', 'present'],
  ['Farmers want a higher price for milk.', 'present'],
  ['The board does not support the bid.', 'present'],
  ['Her lawyers insist on a public hearing.', 'present'],
  ['The strike enters its third week.', 'present'],
  ['Tovan Ilse is the chief negotiator.', 'present'],
  ['The court will rule next month.', 'future'],
  ['The mediator will not return until Friday.', 'future'],
  ['Voters are going to decide the question in spring.', 'future'],
  ['The airline shall pay the fine within thirty days.', 'future'],
  ['Workers will walk out on Monday.', 'future'],
  ['The committee is going to publish its report.', 'future'],
  ['The two leaders will meet in Varnholm.', 'future'],
  ['The deal would save four hundred jobs.', 'conditional'],
  ['A ban could hurt small exporters.', 'conditional'],
  ['The talks might resume next week.', 'conditional'],
  ['The firm should raise its offer.', 'conditional'],
  ['The union would have accepted a smaller raise.', 'conditional'],
  ['Such a move could cost the bank its licence.', 'conditional'],
  ['The strike might spread to other ports.', 'conditional'],
]

function tenseAccuracy(): Map<Library, string> {
  const readers: Partial<Record<Library, (sentence: string) => MainTense | null>> = {
    'wink-nlp + briefdeck annotate': (sentence) => {
      const doc = annotate([{ n: 1, text: sentence, line: 1, subhead: null }])
      const group = doc.verbs.find((verb) => verb.tense !== 'nonfinite')
      return group ? (group.tense as MainTense) : null
    },
    compromise: (sentence) => {
      const verb = (nlp(sentence).verbs().json() as Array<{ verb: { auxiliary: string; grammar: { tense?: string } } }>)[0]?.verb
      if (!verb) return null
      // compromise files "would/could … + infinitive" as a present modal: its conditional is the modal auxiliary.
      if (/\b(would|could|might|should)\b/.test(verb.auxiliary)) return 'conditional'
      return ({ PastTense: 'past', PresentTense: 'present', FutureTense: 'future' } as Record<string, MainTense>)[verb.grammar.tense ?? ''] ?? null
    },
  }
  const result = new Map<Library, string>()
  for (const [library, read] of Object.entries(readers) as Array<[Library, (sentence: string) => MainTense | null]>) {
    const wrong = TENSE_SENTENCES.filter(([sentence, tense]) => read(sentence) !== tense)
    const right = TENSE_SENTENCES.length - wrong.length
    result.set(library, `${right} (${Math.round((100 * right) / TENSE_SENTENCES.length)}%)`)
    for (const [sentence, tense] of wrong) console.error(`tense, ${library}: "${sentence}" is ${tense}, read ${read(sentence) ?? 'no verb'}`)
  }
  return result
}

main()
