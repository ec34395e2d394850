import type { Paragraph, Sentence } from '../types.ts'

// ICU's sentence rules (Intl.Segmenter) keep quotations and "3 p.m." intact but
// break after a title abbreviation. These are the abbreviations news copy puts
// before a name (AP and Reuters style guides), where a break is never right.
const TITLE_ABBREVIATIONS = new Set([
  'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'St', 'Sen', 'Rep', 'Gov', 'Gen', 'Lt', 'Col', 'Capt', 'Cmdr', 'Adm',
  'Sgt', 'Maj', 'Rev', 'Hon', 'Pres', 'Supt', 'Mt', 'Ft',
])
// Month abbreviations break wrongly only before a day number ("Jan. 5").
const MONTH_ABBREVIATIONS = new Set(['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec'])
// Company suffixes and "No." break wrongly only when the sentence goes on in lower case.
const MIDSENTENCE_ABBREVIATIONS = new Set(['Inc', 'Corp', 'Co', 'Ltd', 'No', 'vs', 'approx', 'etc'])

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' })

/** Split one paragraph's text into sentences, mending ICU's breaks after abbreviations and initials. */
export function splitSentences(text: string): string[] {
  const pieces = Array.from(segmenter.segment(text), (segment) => segment.segment)
  const sentences: string[] = []
  let pending = ''
  for (const [index, piece] of pieces.entries()) {
    pending += piece
    if (!breaksWronglyAfter(pending, pieces[index + 1] ?? '')) {
      sentences.push(pending.trim())
      pending = ''
    }
  }
  if (pending.trim()) sentences.push(pending.trim())
  return sentences
}

function breaksWronglyAfter(sentence: string, next: string): boolean {
  if (!next) return false
  const last = /(?:^|[\s("'“‘])([A-Za-z]+)\.\s*$/.exec(sentence)?.[1]
  if (!last) return false
  if (TITLE_ABBREVIATIONS.has(last)) return true
  // A lone capital is an initial ("John F. Kennedy").
  if (/^[A-Z]$/.test(last)) return /^[A-Z]/.test(next)
  if (MONTH_ABBREVIATIONS.has(last)) return /^\d/.test(next)
  if (MIDSENTENCE_ABBREVIATIONS.has(last)) return /^[a-z]/.test(next)
  return false
}

/** Every sentence of every paragraph, in reading order. */
export function sentencesOf(paragraphs: Paragraph[]): Sentence[] {
  return paragraphs.flatMap((paragraph) =>
    splitSentences(paragraph.text).map((text, index) => ({ paragraph: paragraph.n, index, text })),
  )
}
