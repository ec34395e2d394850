import { wordCount } from '../text.ts'

/** Longest bullet a slide shows, in words; longer sentences are shortened. */
export const MAX_BULLET_WORDS = 25
/** A pull quote is one whole quotation: long enough to say something, short enough to read aloud. */
export const PULL_QUOTE_WORDS = { min: 6, max: 30 }

// Where a news sentence can be cut and still read as a sentence: before a
// trailing participle clause, a coordinated clause, or a semicolon.
const CLAUSE_BREAK = /,\s+(?=(?:with|and|while|but|which|as|after|including|then|although|though|because|saying|adding|arguing|noting|calling|describing|warning|insisting|along with)\s)|;\s+|\s+[-–—]\s+/g

/**
 * The sentence cut at its clause breaks, except those inside brackets: "a bid
 * of 7bn dollars ($5bn; £4bn) from its rival" has no clause end at the semicolon.
 */
function clausesOf(text: string): string[] {
  const parts: string[] = []
  let from = 0
  for (const match of text.matchAll(CLAUSE_BREAK)) {
    const before = text.slice(0, match.index)
    if ((before.match(/[(\[]/g) ?? []).length > (before.match(/[)\]]/g) ?? []).length) continue
    parts.push(text.slice(from, match.index))
    from = match.index + match[0].length
  }
  parts.push(text.slice(from))
  return parts
}

/**
 * "Jane Roe, the minister, said that …", "… told parliament on Tuesday that …": the words that hand over to a
 * reported statement. Only "said" and "says" hand over with no "that" ("said the deal was off"): "added",
 * "insisted", "stressed" and "warned" also take an object ("added climate control", "stressed the importance of
 * …", "warned the union"), and a cut after them would open on the object.
 */
const REPORTED_LEAD_IN = /^[^"“;]{0,160}?\b(?:(?:said|says|added|wrote)(?: [^,"“:;]{1,40}?)? that|(?:added|insisted|stressed|warned) that|(?:said|says|as saying)(?: that)?|told [^,"“:;]{1,90}? that|told [^,"“:;]{1,90}?:)\s+(?=[^\s])/

/** The statement a sentence reports, after its lead-in ("X told parliament that …"), or null. */
export function reportedStatement(sentence: string): string | null {
  const lead = REPORTED_LEAD_IN.exec(sentence)
  return lead ? sentence.slice(lead[0].length) : null
}

/** Words a cut must not end on: they always want a word after them ("… along the"). */
const TRAILING_FUNCTION_WORD = /\s+(?:the|a|an|to|of|in|on|at|for|by|with|from|into|and|or|but|nor|as|than|its|their|his|her|our|along|about|between|against|after|before|over|under|which|who|that|whose|is|are|was|were|be|been|has|have|had|would|will|could|should|can|may|might|must)$/i

/** Cut trailing punctuation and function words off the end of a cut. */
export function trimCut(text: string): string {
  let cut = text.replace(/[,;:]+$/, '')
  for (let previous = ''; previous !== cut;) {
    previous = cut
    cut = cut.replace(TRAILING_FUNCTION_WORD, '').replace(/[,;:]+$/, '')
  }
  return cut
}

/**
 * A clause that leans on the words before it, joined to as many of their first
 * words as fit, with an ellipsis where the cut is: "The union is seeking raises …
 * along with a cap of four patients per nurse". Null when too little of the head fits.
 */
export function elide(head: string, tail: string, maxWords = MAX_BULLET_WORDS): string | null {
  const room = maxWords - wordCount(tail)
  if (room < 4 || wordCount(head) <= room) return null
  const cut = trimCut(head.trim().split(/\s+/).slice(0, room).join(' '))
  if (wordCount(cut) < 3) return null
  return balanceQuotes(`${balanceQuotes(cut)} … ${tail.trim()}`)
}

/**
 * Shorten a sentence to at most `maxWords` without rewording it: the whole
 * sentence if it fits, else its first clause that holds `prefer` (or the
 * first clause), else its longest quotation that fits, else its first words
 * with an ellipsis. The result's words always appear in the sentence, in order.
 */
export function condenseSentence(sentence: string, maxWords = MAX_BULLET_WORDS, prefer?: RegExp): string {
  const text = balanceQuotes(sentence.trim())
  if (wordCount(text) <= maxWords) return text
  // "Like the rounds before it, the delegation was led by …": the main clause stands alone.
  const opener = /^(?:Like|Unlike|After|Before|While|Although|Though|As|Despite|Following|During|Amid|Since|With|In|On|At|For)\b[^,"“]{3,120},\s+/.exec(text)
  if (opener) {
    const main = text.slice(opener[0].length)
    if (wordCount(main) <= maxWords) return main
  }
  // "Jane Roe, the minister who leads the delegation, said Party demands …": the bullet shows who
  // said it beside the text, so the reported statement can stand alone.
  const reported = REPORTED_LEAD_IN.exec(text)
  // "a walkout that she said would put …": a speech verb inside a relative clause does not lead in.
  const embedded = reported && /\b(?:that|which|who|whom)\s+(?:he|she|they|it|officials?)\s+(?:said|says)\s*$/i.test(reported[0].replace(/\s+that\s*$/, ''))
  const statement = reported && !embedded && !/^(?:"|“)/.test(text.slice(reported[0].length)) ? text.slice(reported[0].length) : null
  if (statement && wordCount(statement) <= maxWords && wordCount(statement) >= 5 && (!prefer || prefer.test(statement))) return balanceQuotes(statement)
  // The statement's own clauses first: they carry what was said without who said it.
  const clauses = [...(statement ? [statement] : []), text].flatMap((part) => clausesOf(part)).map((clause) => clause.trim()).filter(Boolean)
  const fitting = clauses.filter((clause) => wordCount(clause) <= maxWords && wordCount(clause) >= 5)
  const chosen = prefer ? fitting.find((clause) => prefer.test(clause)) : fitting[0]
  if (chosen) return balanceQuotes(chosen)
  // With a cue to keep: the sentence's opening words up to a comma or a closing quote, when they hold it.
  const opening = prefer ? openingWithin(text, maxWords) : null
  if (opening && prefer?.test(opening)) return opening
  const quotes = Array.from(text.matchAll(/"([^"]+)"|“([^”]+)”/g), (match) => match[0])
    .filter((quote) => wordCount(quote) <= maxWords && wordCount(quote) >= 5 && (!prefer || prefer.test(quote)))
    .sort((a, b) => wordCount(b) - wordCount(a))
  // A quotation alone would drop a negation in its lead-in ("does not expect that \"…\""): cut instead.
  if (quotes[0] && !/\b(?:not|no|never|nor|without)\b|n['’]t\b/i.test(text.slice(0, text.indexOf(quotes[0])))) return quotes[0]
  // Cut to the first words, from the reported statement when that is where the cue is.
  const first = (part: string) => trimCut(part.split(/\s+/).slice(0, maxWords).join(' '))
  // The statement carries the substance; the whole sentence only when its cut keeps the cue and the statement's does not.
  const fromStatement = statement !== null && wordCount(statement) >= 8 && !(prefer && prefer.test(first(text)) && !prefer.test(first(statement)))
  const cut = fromStatement && statement ? first(statement) : first(text)
  return `${balanceQuotes(cut)} …`
}

/**
 * The clauses of a sentence at the places it can be cut, for a statement that
 * lists several positions ("seeking raises of 9 percent …, along with a cap
 * of four patients per nurse"). Fragments under five words stay with the clause before.
 */
export function splitClauses(sentence: string): string[] {
  return clausesOf(sentence).map((clause) => clause.trim()).filter(Boolean).reduce<string[]>((clauses, clause) => {
    if (clauses.length > 0 && wordCount(clause) < 5) clauses[clauses.length - 1] += `, ${clause}`
    else clauses.push(clause)
    return clauses
  }, [])
}

/**
 * Complete a quotation that a cut or a sentence split left open: a quotation
 * that runs on past the text is closed at its end; one that began before the
 * text is opened at its start. The words are untouched.
 */
export function balanceQuotes(text: string): string {
  const marks = Array.from(text.matchAll(/"/g), (match) => match.index)
  if (marks.length % 2 === 0) return text
  // Pair the marks from the left: an opening mark stands after a space or at the start.
  const lone = marks.find((at, index) => index % 2 === 0 && !isOpening(text, at))
  return lone === undefined ? `${text}"` : `"${text}`
}

function isOpening(text: string, at: number): boolean {
  return at === 0 || /[\s(\[—–-]/.test(text[at - 1] ?? '')
}

/** The longest run of the first `maxWords` words that ends at a comma, semicolon or closing quote. */
function openingWithin(text: string, maxWords: number): string | null {
  const words = text.split(/\s+/)
  for (let count = Math.min(maxWords, words.length - 1); count >= 8; count -= 1) {
    const last = words[count - 1] as string
    if (/(?:[,;:]|["”][,;:]?)$/.test(last)) {
      const cut = words.slice(0, count).join(' ').replace(/[,;:]$/, '')
      if ((cut.match(/"/g) ?? []).length % 2 === 0) return cut
    }
  }
  return null
}

/** A conjunction that ties a sentence to the one before it ("But the union …"); a bullet can drop it. */
const LEADING_CONJUNCTION = /^(?:But|And|Yet|So|Still|However|Meanwhile|Also),?\s+(?=\p{Lu}|["“])/u

/**
 * The ways a sentence can be cut into a bullet, best first, without rewording:
 * as `condenseSentence` cuts it, whole, without a leading conjunction, its
 * first clause (which keeps the subject), and cut with no cue to keep. The
 * caller takes the first that stands on its own.
 */
export function bulletCandidates(sentence: string, maxWords = MAX_BULLET_WORDS, prefer?: RegExp): string[] {
  const text = sentence.trim()
  const bare = text.replace(LEADING_CONJUNCTION, '')
  const candidates = [condenseSentence(text, maxWords, prefer)]
  if (wordCount(text) <= maxWords) candidates.push(balanceQuotes(text))
  if (bare !== text) candidates.push(condenseSentence(bare, maxWords, prefer), condenseSentence(bare, maxWords))
  // "a 7bn dollar ($5bn; £4bn) bid": an aside in brackets is the first thing an editor cuts.
  const unbracketed = bare.replace(/\s*\([^()"“”]*\)/g, '')
  if (unbracketed !== bare) candidates.push(...(wordCount(unbracketed) <= maxWords ? [balanceQuotes(unbracketed)] : []), condenseSentence(unbracketed, maxWords, prefer))
  // "Asked whether he feared \"a collapse\", the minister said …": the main clause after the opener stands alone.
  const opener = /^(?:Asked|Pressed|Questioned|Speaking|Writing|Responding|Like|Unlike|After|Before|Despite|Following|During|Amid|As|While|Although|Though|In|On|At|For)\b[^]*?[,"”]\s*,?\s+(?=\p{Lu})/u.exec(bare)
  if (opener) {
    const main = [condenseSentence(bare.slice(opener[0].length), maxWords, prefer), condenseSentence(bare.slice(opener[0].length), maxWords)]
    // A question put to the speaker is not theirs to show: after "Asked …", the answer comes first.
    if (/^(?:Asked|Pressed|Questioned)\b/.test(bare)) candidates.unshift(...main)
    else candidates.push(...main)
  }
  const [firstClause] = splitClauses(bare)
  if (firstClause && firstClause !== bare && wordCount(firstClause) <= maxWords && wordCount(firstClause) >= 5) candidates.push(balanceQuotes(firstClause))
  candidates.push(condenseSentence(bare, maxWords))
  return [...new Set(candidates)]
}
