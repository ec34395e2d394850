import { SUBJECT_PRONOUNS } from './annotate.ts'
import { BELIEF_LEMMAS, SPEECH_LEMMAS } from './cues.ts'
import type { Doc, Token, TokenRange, VerbGroup } from '../types.ts'

/** Where a sentence reports speech (or a belief), and the words that name who holds it. */
export interface SpeechCue {
  sentence: number
  /** The cue's tokens: the verb group, or "according to". */
  cue: TokenRange
  kind: 'speech' | 'belief'
  /** The phrase naming the holder: a name, a pronoun, "the ministry", "two people familiar with the talks". */
  holder: TokenRange | null
  /**
   * The whole stretch before the verb back to another clause, when the holder
   * came from it: a later stage may find the person an appositive or a place
   * stands after ("Jane Roe, of Springfield, Ore., said").
   */
  stretch: TokenRange | null
  /** How the holder was found, for the reason. */
  how: 'subject' | 'inverted' | 'according to' | 'none'
}

const SPEECH = new Set(SPEECH_LEMMAS)
const BELIEF = new Set(BELIEF_LEMMAS)
// Words that open a clause inside the subject stretch: a relative clause or a subordinate one.
const CLAUSE_OPENERS = new Set(['who', 'which', 'whose', 'whom', 'that', 'while', 'although', 'though', 'because', 'as', 'when', 'after', 'before', 'if', 'since', 'where'])
// Words that open a second clause after a first one's verb: "the strike ended and Roe said", "… as the board said".
const CLAUSE_JOINTS = new Set(['and', 'but', 'as', 'when', 'while', 'after', 'because', 'since', 'although', 'though', 'before', 'until'])
const SUBORDINATING_WORDS = new Set([...CLAUSE_JOINTS].filter((word) => word !== 'and' && word !== 'but'))
// A subject stretch stops at these: they belong to another clause.
const STOPS = new Set([';', ':', '—', '–', '(', ')'])

/**
 * Every speech and belief cue outside quotations, with the phrase that names
 * its holder: the subject before the verb ("Jane Roe, the union's lawyer,
 * said"), the subject after it ("…," said Jane Roe), or the object of
 * "according to".
 */
export function findSpeechCues(doc: Doc): SpeechCue[] {
  const cues: SpeechCue[] = []
  for (const group of doc.verbs) {
    const head = doc.tokens[group.head] as Token
    if (head.quote !== -1) continue
    // "Roe was quoted as saying": the passive of quoting keeps the speaker as its subject.
    const quoted = group.lemma === 'quote' && group.passive
    const lemma = cueLemma(doc, group)
    const kind = quoted || (SPEECH.has(lemma) && !group.passive) ? 'speech' : BELIEF.has(lemma) && !group.passive ? 'belief' : null
    // "was quoted as saying", "was told by": passives of speech name no subject before them.
    if (!kind) continue
    if (kind === 'speech' && lemma === group.lemma && !speechUse(doc, group)) continue
    // "Roe wouldn't say.": a refusal to speak that ends the sentence reports no words.
    if (isNegated(doc, group) && endsSentence(doc, group.end)) continue
    // "Roe unleashed a volley of posts, saying …": a participle's holder is its main clause's subject.
    const participle = participleSubject(doc, group) ?? coordinatedSubject(doc, group)
    const before = participle ?? subjectBefore(doc, group)
    const found = before ?? subjectAfter(doc, group)
    cues.push({ sentence: head.sentence, cue: { start: group.start, end: group.end }, kind, holder: found?.range ?? null, stretch: before?.stretch ?? null, how: found?.how ?? 'none' })
  }
  for (const token of doc.tokens) {
    if (token.lower !== 'according' || doc.tokens[token.i + 1]?.lower !== 'to' || token.quote !== -1) continue
    const holder = phraseAfter(doc, token.i + 2)
    cues.push({ sentence: token.sentence, cue: { start: token.i, end: token.i + 2 }, kind: 'speech', holder, stretch: null, how: holder ? 'according to' : 'none' })
  }
  return cues.sort((a, b) => a.cue.start - b.cue.start)
}

// Speech verbs that take "to" and another verb without reporting anything: "continued to ignore", "called to say".
const NOT_CATENATIVE = new Set(['continue', 'call', 'point', 'add', 'report', 'tell'])

/**
 * The verb that says what kind of cue a group is: its head, or, in "vowed to
 * lift", "is promising to cut", "wants to reopen", the speech or belief verb
 * that governs the infinitive the group ends in.
 */
function cueLemma(doc: Doc, group: VerbGroup): string {
  if (SPEECH.has(group.lemma) || BELIEF.has(group.lemma)) return group.lemma
  for (let t = group.start; t < group.head; t += 1) {
    const token = doc.tokens[t] as Token
    if (token.pos !== 'VERB' || doc.tokens[t + 1]?.lower !== 'to' || NOT_CATENATIVE.has(token.lemma)) continue
    if (SPEECH.has(token.lemma) || BELIEF.has(token.lemma)) return token.lemma
  }
  return group.lemma
}

// Words that tie a participle to the clause before it: "before asking", "while insisting", "by telling".
const PARTICIPLE_LINKS = new Set(['before', 'after', 'while', 'when', 'by', 'since'])

/**
 * The subject of the clause a participle hangs on ("X said in a statement,
 * adding that …", "X spoke out on Tuesday, arguing that …"): the subject
 * before the last finite verb outside quotations earlier in the sentence.
 */
function participleSubject(doc: Doc, group: VerbGroup): { range: TokenRange; stretch: TokenRange; how: 'subject' } | null {
  // "…, promising to lift the curfew": the participle may govern an infinitive the group ends in.
  const participle = doc.tokens[group.start] as Token
  const governs = group.start === group.head || SPEECH.has(participle.lemma) || BELIEF.has(participle.lemma)
  if (!governs || !/ing$/.test(participle.lower) || group.tense === 'past') return null
  const head = doc.tokens[group.head] as Token
  const sentence = doc.sentences[head.sentence]!
  const main = doc.verbs.filter((verb) => verb.end <= group.start && verb.start >= sentence.start && verb.tense !== 'nonfinite' && (doc.tokens[verb.head] as Token).quote === -1 && !/ing$/.test((doc.tokens[verb.head] as Token).lower)).at(-1)
  if (!main) return null
  // Only where the participle opens its own phrase: after a comma, or right after the main clause's object.
  // 'Roe praised the "strong leader," comparing him …': a comma inside the closing quotation mark still sets it off.
  const closing = doc.tokens[group.start - 1]
  const before = closing && isQuoteMark(doc, closing) && doc.tokens[group.start - 2]?.text === ',' ? doc.tokens[group.start - 2] : closing
  // "Roe sings to the crowd before asking it …", "She opened by stressing …": or right after a word that links it.
  if (!before || (before.text !== ',' && before.pos !== 'NOUN' && before.pos !== 'PROPN' && before.pos !== 'ADV' && !PARTICIPLE_LINKS.has(before.lower))) return null
  // "with the pilots insisting on …": an absolute phrase has its own subject.
  for (let t = main.end; t < group.start; t += 1) if (['with', 'without'].includes((doc.tokens[t] as Token).lower)) return null
  return subjectBefore(doc, main) ?? subjectOpening(doc, main)
}

/**
 * "Roe thanked the crew and said …", "She beamed and asked …": a verb joined
 * by "and" or "but" to an earlier one shares its subject. The earlier verb is
 * the nearest finite one outside quotations that is not in a relative clause
 * ("…, which let him go, and said" goes back past "let").
 */
function coordinatedSubject(doc: Doc, group: VerbGroup): { range: TokenRange; stretch: TokenRange; how: 'subject' } | null {
  let at = group.start - 1
  while (at >= 0 && (doc.tokens[at] as Token).pos === 'ADV') at -= 1
  const joint = doc.tokens[at]
  if (!joint || !(joint.lower === 'and' || joint.lower === 'but')) return null
  const head = doc.tokens[group.head] as Token
  const sentence = doc.sentences[head.sentence]!
  const earlier = doc.verbs.filter((verb) => verb.end <= at && verb.start >= sentence.start && verb.tense !== 'nonfinite' && (doc.tokens[verb.head] as Token).quote === -1 && !/ing$/.test((doc.tokens[verb.head] as Token).lower))
  for (let index = earlier.length - 1; index >= 0; index -= 1) {
    const verb = earlier[index] as VerbGroup
    const opener = doc.tokens[verb.start - 1]
    if (opener && CLAUSE_OPENERS.has(opener.lower)) continue
    const subject = subjectBefore(doc, verb) ?? subjectOpening(doc, verb)
    if (!subject || CLAUSE_OPENERS.has((doc.tokens[subject.range.start] as Token).lower)) continue
    if (doc.verbs.some((other) => other.start >= subject.range.start && other.end <= subject.range.end && other.tense !== 'nonfinite')) continue
    // "… sharpened on Tuesday as Pellam raised its bid and said": the subject is what follows a subordinating word.
    let from = subject.range.start
    for (let t = subject.range.start; t < subject.range.end; t += 1) if (SUBORDINATING_WORDS.has((doc.tokens[t] as Token).lower)) from = t + 1
    const range = trimPhrase(doc, { start: from, end: subject.range.end })
    if (!range || !hasNominal(doc, range)) continue
    return { ...subject, range }
  }
  return null
}

/** "Jane Roe spoke out on Tuesday": the name that opens the sentence right before its verb. */
function subjectOpening(doc: Doc, verb: VerbGroup): { range: TokenRange; stretch: TokenRange; how: 'subject' } | null {
  const { start, end } = stretchBefore(doc, verb)
  const piece = trimPhrase(doc, { start, end })
  return piece && hasNominal(doc, piece) ? { range: lastNounPhrase(doc, piece), stretch: { start, end }, how: 'subject' } : null
}

/** "wouldn't", "won’t", "never": the group holds a negation, with either apostrophe. */
function isNegated(doc: Doc, group: VerbGroup): boolean {
  if (group.negated) return true
  for (let t = group.start; t < group.end; t += 1) if ((doc.tokens[t] as Token).lower === 'n’t') return true
  return false
}

// Verbs that report words only with "as" and what the thing was called.
const AS_VERBS = new Set(['characterize', 'characterise', 'label', 'brand', 'identify'])
// How far after the verb its "as" may come: "characterized Sen. Ada Brisk, D-Ost., as …".
const AS_REACH = 16

// How far after the verb speaking's "about" may come: "speaks more often in public about".
const TOPIC_REACH = 6

/** "about" within a few words after the verb, or "of" right after it and its adverbs ("spoke emotionally of"). */
function speaksOfTopic(doc: Doc, at: number): boolean {
  let t = at
  while (doc.tokens[t]?.pos === 'ADV') t += 1
  return doc.tokens[t]?.lower === 'of' || wordFollows(doc, at, new Set(['about']), TOPIC_REACH)
}

/** "as" within a few words after `at`, in the same sentence and outside quotations. */
function asFollows(doc: Doc, at: number): boolean {
  return wordFollows(doc, at, new Set(['as']), AS_REACH)
}

/** One of `words` within `reach` tokens from `at`, in the same sentence and outside quotations. */
function wordFollows(doc: Doc, at: number, words: ReadonlySet<string>, reach: number): boolean {
  const sentence = (doc.tokens[at - 1] as Token).sentence
  for (let t = at; t < at + reach; t += 1) {
    const token = doc.tokens[t]
    if (!token || token.sentence !== sentence) return false
    if (words.has(token.lower) && token.quote === -1) return true
  }
  return false
}

/** The subject right before "attacked" is a name that is not an organisation's or a place's ("Roe attacked"). */
function attackerNamed(doc: Doc, group: VerbGroup): boolean {
  const span = doc.names.find((name) => name.end === group.start)
  return Boolean(span && span.kind !== 'organisation' && span.kind !== 'place')
}

/** Nothing but closing punctuation from `at` to the end of its sentence. */
function endsSentence(doc: Doc, at: number): boolean {
  const sentence = doc.sentences[(doc.tokens[at - 1] as Token).sentence]!
  for (let t = at; t < sentence.end; t += 1) if ((doc.tokens[t] as Token).pos !== 'PUNCT') return false
  return true
}

/** "call" and "describe" report speech only with an object complement ("called it a farce"); others always do. */
function speechUse(doc: Doc, group: VerbGroup): boolean {
  const next = doc.tokens[group.end]
  // "pointed to the report", "pointed out that": pointing is speech only with its particle.
  if (group.lemma === 'point') return Boolean(next && (next.lower === 'to' || next.lower === 'out'))
  // '"…," she continued.' and 'He continued: "…"': continuing is speech only right by its quotation.
  if (group.lemma === 'continue') return !next || next.pos === 'PUNCT' || next.quote !== -1
  // '"…," he added.', 'added that …', 'added the vote was off': adding is speech with a quotation or a clause after it;
  // "added a clinic to the hall" is building, not speaking.
  if (group.lemma === 'add') return !next || next.pos === 'PUNCT' || next.quote !== -1 || next.lower === 'that' || quotedBefore(doc, group) || clauseFollows(doc, group) || addsWords(doc, group)
  // '"…," the statement read.': a text reads what it says only right after its quotation, closing the sentence.
  if (group.lemma === 'read') return (!next || next.pos === 'PUNCT') && quotationBefore(doc, group)
  if (group.lemma === 'say') return true
  // "characterized the plan as a sham", "labelled them as …": not "characterizing the moon's ocean", "labelled the jars".
  if (AS_VERBS.has(group.lemma)) return asFollows(doc, group.end)
  // "compared the levy to theft", "comparing him to a coach": an object first; "compared with May" measures.
  if (group.lemma === 'compare') return Boolean(next && next.lower !== 'with' && next.lower !== 'to' && next.pos !== 'PUNCT')
  // "attacked the plan", "attacked Roe in a speech": words are attacked by someone named, never a place by "gunmen".
  if (group.lemma === 'attack') return attackerNamed(doc, group)
  // "spoke emotionally of his flights", "has spoken about the need for reform"; not "spoke to reporters", "will talk on Monday".
  if (group.lemma === 'speak' || group.lemma === 'talk') return group.tense !== 'nonfinite' && speaksOfTopic(doc, group.end)
  if (group.lemma !== 'call') return true
  // 'called it "a farce"' and 'called “a farce”': the quoted words are the name given.
  if (next && isQuoteMark(doc, next)) return true
  // "called it a farce", "called for talks", "called on them to …", "called half of them X"; not "called off the strike".
  return Boolean(next && next.pos !== 'PUNCT' && !['off', 'up', 'in', 'out', 'back', 'at'].includes(next.lower))
}

/** Words that join a second predicate to the same subject: "added heating and turned …". */
const PREDICATE_JOINING_WORDS = new Set(['and', 'or', 'but', 'then', 'nor'])

/** "added a note of caution", "added a caveat", "added the word": what is added is something said. */
function addsWords(doc: Doc, group: VerbGroup): boolean {
  const after = doc.tokens.slice(group.end, group.end + 4)
  const noun = after.find((token) => token.pos === 'NOUN')
  return Boolean(noun && SAID_THINGS.has(noun.lemma) && after.slice(0, after.indexOf(noun)).every((token) => token.pos === 'DET' || token.pos === 'ADJ'))
}
/** Nouns for words said, as the object of "add". */
const SAID_THINGS = new Set(['note', 'caveat', 'comment', 'remark', 'warning', 'word', 'voice', 'plea', 'caution', 'qualifier', 'footnote', 'line', 'thought', 'message'])

/** '"Too little," he added on Twitter': a quotation earlier in the verb's sentence. */
function quotedBefore(doc: Doc, group: VerbGroup): boolean {
  const sentence = doc.sentences[(doc.tokens[group.start] as Token).sentence]!
  for (let t = sentence.start; t < group.start; t += 1) if ((doc.tokens[t] as Token).quote !== -1) return true
  return false
}

/**
 * Whether a finite verb with a subject of its own follows a verb before the next comma of its sentence: a
 * reported clause ("added the vote was off"), not a second predicate of the same subject ("added heating and
 * turned the barn into a classroom").
 */
function clauseFollows(doc: Doc, group: VerbGroup): boolean {
  const sentence = doc.sentences[(doc.tokens[group.start] as Token).sentence]!
  let end = sentence.end
  for (let t = group.end; t < sentence.end; t += 1) {
    if ((doc.tokens[t] as Token).text === ',') {
      end = t
      break
    }
  }
  return doc.verbs.some((other) => other.start > group.end + 1 && other.start < end && other.tense !== 'nonfinite' && !PREDICATE_JOINING_WORDS.has((doc.tokens[other.start - 1] as Token).lower))
}

/** Whether the verb's subject follows a closing quotation: '"…," the statement read'. */
function quotationBefore(doc: Doc, group: VerbGroup): boolean {
  for (let t = group.start - 1; t >= Math.max(0, group.start - 5); t -= 1) {
    const token = doc.tokens[t] as Token
    if (token.quote !== -1 || isQuoteMark(doc, token)) return true
    if (token.pos === 'VERB' || token.pos === 'AUX') return false
  }
  return false
}

/** Tokens of the sentence from its start (or the end of the last quotation or stop before the verb) to the verb. */
function stretchBefore(doc: Doc, group: VerbGroup): { start: number; end: number } {
  const sentence = doc.sentences[(doc.tokens[group.start] as Token).sentence]!
  let start = sentence.start
  let end = group.start
  for (let t = group.start - 1; t >= sentence.start; t -= 1) {
    const token = doc.tokens[t] as Token
    // "Sen. Ada Brisk (D-Ore.) said": a parenthesis after a name belongs to its subject.
    if (token.text === ')') {
      let open = t - 1
      while (open >= sentence.start && (doc.tokens[open] as Token).text !== '(') open -= 1
      if (open > sentence.start && (doc.tokens[open - 1] as Token).pos === 'PROPN') {
        t = open
        continue
      }
    }
    if (isDash(doc, token) && (STOPS.has(token.text) || t === group.start - 1)) {
      // "Jane Roe -- whose firm owns the station, which … -- told me": a dashed aside right before the verb
      // stands between the subject and its verb, as a parenthesis does; the subject ends where it opens.
      const open = t === group.start - 1 ? previousDash(doc, t, sentence.start) : -1
      if (open > sentence.start) {
        end = open
        t = open
        continue
      }
      start = t + 1
      break
    }
    if (token.quote !== -1 || STOPS.has(token.text) || isQuoteMark(doc, token)) {
      start = t + 1
      break
    }
  }
  // "VESSBY — Ostmark said": the dateline is where the story was filed, never part of who spoke.
  while (start < end && (doc.tokens[start] as Token).dateline) start += 1
  return { start, end }
}

/** An em or en dash, or "-" or "--" with a space on each side (not the hyphen of "natural-born"). */
function isDash(doc: Doc, token: Token): boolean {
  if (token.text === '—' || token.text === '–') return true
  if (token.text !== '-' && token.text !== '--') return false
  const before = doc.tokens[token.i - 1]
  const after = doc.tokens[token.i + 1]
  return Boolean(before && after && before.end < token.start && after.start > token.end && before.paragraph === token.paragraph)
}

/** The dash before `at` in its sentence that opens an aside, or -1. */
function previousDash(doc: Doc, at: number, sentenceStart: number): number {
  for (let t = at - 1; t > sentenceStart; t -= 1) {
    const token = doc.tokens[t] as Token
    if (token.quote !== -1 || isQuoteMark(doc, token)) return -1
    if (isDash(doc, token)) return t
  }
  return -1
}

function isQuoteMark(doc: Doc, token: Token): boolean {
  if (/^["“”„]$|^''$/.test(token.text)) return true
  // Two apostrophes the tagger split ('' as in some newspapers' house style) close or open a quotation.
  const pair = (other: Token | undefined) => Boolean(other && (other.text === "'" || other.text === '’') && (other.end === token.start || other.start === token.end))
  return (token.text === "'" || token.text === '’') && (pair(doc.tokens[token.i - 1]) || pair(doc.tokens[token.i + 1]))
}

/**
 * The subject before a speech verb. The stretch before the verb is cut at its
 * top-level commas; the holder is the last piece that is a noun phrase, or,
 * when that piece is an appositive or a relative clause ("…, a senior
 * lecturer, said", "…, who ran the union, said"), the piece before it.
 */
function subjectBefore(doc: Doc, group: VerbGroup): { range: TokenRange; stretch: TokenRange; how: 'subject' } | null {
  const { start, end } = stretchBefore(doc, group)
  if (end <= start) return null
  const pieces: TokenRange[] = []
  let pieceStart = start
  for (let t = start; t < end; t += 1) {
    if ((doc.tokens[t] as Token).text === ',') {
      if (t > pieceStart) pieces.push({ start: pieceStart, end: t })
      pieceStart = t + 1
    }
  }
  if (end > pieceStart) pieces.push({ start: pieceStart, end })
  // "Jane Roe, 78, who said": a relative pronoun right before the verb stands for the noun phrase before it.
  const relative = relativeAntecedent(doc, pieces)
  if (relative) return { range: relative, stretch: { start: relative.start, end }, how: 'subject' }
  // A comma right before the verb ends an appositive or a clause: its subject is further back.
  const verbAfterComma = (doc.tokens[group.start - 1] as Token | undefined)?.text === ',' || end < group.start
  for (let index = pieces.length - 1; index >= 0; index -= 1) {
    const piece = trimPhrase(doc, pieces[index] as TokenRange)
    if (!piece) continue
    const first = doc.tokens[piece.start] as Token
    const isLast = index === pieces.length - 1
    // "…, which he said were …", "shortly after Roe said", "the blast that Mayor Ames described as": a clause
    // opened right before the verb has for subject the bare name or pronoun after its opener.
    const opened = isLast && !verbAfterComma ? subjectAfterOpener(doc, piece, NAMING_VERBS.has(group.lemma)) ?? pronounBeforeVerb(doc, piece) : null
    if (opened) return { range: opened, stretch: { start: opened.start, end }, how: 'subject' }
    // "In an interview with the Ledger Roe said": an opening prepositional phrase with no comma ends in the subject's name.
    if (isLast && first.pos === 'ADP' && (doc.tokens[piece.end - 1] as Token).pos === 'PROPN' && !verbAfterComma) {
      return { range: piece, stretch: { start: piece.start, end }, how: 'subject' }
    }
    // Relative and participle clauses, prepositional tails and ages stand between a subject and its verb.
    if (CLAUSE_OPENERS.has(first.lower) || first.pos === 'ADP' || first.pos === 'SCONJ' || first.pos === 'VERB' || /^\d+$/.test(first.text)) continue
    if (isLast && verbAfterComma && index > 0 && isAppositive(doc, piece)) continue
    // "Sen. Ada Brisk, Democrat of Ostia, said", "Roe, R-Ost., said": after a name, a piece set off by
    // commas before the verb is said of that name.
    if (verbAfterComma && index > 0 && endsInName(doc, pieces[index - 1] as TokenRange) && !isName(doc, piece)) continue
    if (!hasNominal(doc, piece)) {
      if (isLast && !verbAfterComma) return null
      continue
    }
    // A piece holding its own finite verb is a clause, not a subject ("the talks failed, she said" keeps "she"),
    // unless a second clause with its own subject follows it: "the strike ended and Roe said", "… sharpened as Roe said".
    const inner = doc.verbs.filter((verb) => verb.start >= piece.start && verb.end <= piece.end && verb.tense !== 'nonfinite')
    if (inner.length > 0) {
      const after = (inner.at(-1) as VerbGroup).end
      let joint = -1
      for (let t = after; t < piece.end; t += 1) if (CLAUSE_JOINTS.has((doc.tokens[t] as Token).lower)) joint = t
      const second = joint === -1 ? null : trimPhrase(doc, { start: joint + 1, end: piece.end })
      if (!second || !hasNominal(doc, second) || (doc.tokens[second.start] as Token).pos === 'ADP') return null
      return { range: lastNounPhrase(doc, second), stretch: { start: second.start, end }, how: 'subject' }
    }
    return { range: lastNounPhrase(doc, piece), stretch: { start: clauseStart(doc, pieces, index), end }, how: 'subject' }
  }
  return null
}

// Verbs that give a thing its name or description: "the blast that Mayor Ames described as an attack", "the plan
// that Roe called a farce" hold Ames's and Roe's words, so "that" opens their clause as "which" does.
const NAMING_VERBS = new Set(['call', 'describe', 'label', 'dub', 'brand', 'term', 'characterize', 'characterise'])

// Words that open a clause whose subject follows them: relatives, subordinating words and a preposition before "which".
// Not "that": "the $2 billion that Roe has said it cannot pay" is the article's sentence about a debt, not Roe's.
const SUBJECT_OPENERS = new Set([...CLAUSE_OPENERS, ...SUBORDINATING_WORDS, 'what', 'whom', 'though', 'unless', 'once'].filter((word) => word !== 'who' && word !== 'that'))

/**
 * The subject of a clause that ends the stretch before the verb: a personal
 * pronoun, or a name (with any title before it), right after an opener
 * ("which he", "in which she", "after Roe", "what Jane Roe", "that Mayor Ames").
 */
function subjectAfterOpener(doc: Doc, piece: TokenRange, naming = false): TokenRange | null {
  const last = doc.tokens[piece.end - 1] as Token
  let start = piece.end
  if (last.pos === 'PRON' && SUBJECT_PRONOUNS.has(last.lower)) start = piece.end - 1
  else if (doc.names.some((span) => span.end === piece.end && span.kind !== 'place' && span.kind !== 'organisation')) {
    start = piece.end - 1
    while (start > piece.start && isNameWord(doc.tokens[start - 1] as Token)) start -= 1
  }
  if (start === piece.end || start === piece.start) return null
  const opener = doc.tokens[start - 1] as Token
  return SUBJECT_OPENERS.has(opener.lower) || (naming && opener.lower === 'that') ? { start, end: piece.end } : null
}

/**
 * "Last week she said", "In an interview with the Ledger he argued": a
 * personal pronoun right before the verb is its subject, whatever time or
 * place phrase opens the piece; a pronoun is never the tail of a longer
 * subject. Not after "that" (see SUBJECT_OPENERS).
 */
function pronounBeforeVerb(doc: Doc, piece: TokenRange): TokenRange | null {
  const last = doc.tokens[piece.end - 1] as Token
  if (piece.end - piece.start < 2 || last.pos !== 'PRON' || !SUBJECT_PRONOUNS.has(last.lower)) return null
  const before = doc.tokens[piece.end - 2] as Token
  return before.lower === 'that' || before.lower === 'who' ? null : { start: piece.end - 1, end: piece.end }
}

/** A word of a name or of the title before it: "Mayor", "Bill", "de", "Blasio", "Mr", ".". */
function isNameWord(token: Token): boolean {
  return token.pos === 'PROPN' || (token.text === '.' && token.start > 0) || /^(?:de|van|von|al|el|bin|da|di|du|le|la)$/.test(token.text)
}

/**
 * The antecedent of a relative "who" that is the verb's whole subject: the
 * noun phrase ending the piece before it, past an age ("…, 78, who"), even
 * when that piece holds its own verb ("Among them was Jane Roe, who said").
 */
function relativeAntecedent(doc: Doc, pieces: TokenRange[]): TokenRange | null {
  const last = pieces.at(-1)
  if (!last || last.end - last.start !== 1 || (doc.tokens[last.start] as Token).lower !== 'who') return null
  let index = pieces.length - 2
  while (index >= 0 && /^\d+$/.test((doc.tokens[(pieces[index] as TokenRange).start] as Token).text)) index -= 1
  const piece = pieces[index]
  if (!piece) return null
  let start = piece.start
  for (const verb of doc.verbs) if (verb.end > start && verb.end <= piece.end) start = verb.end
  const trimmed = trimPhrase(doc, { start, end: piece.end })
  return trimmed && hasNominal(doc, trimmed) ? lastNounPhrase(doc, trimmed) : null
}

/** The first piece of the subject stretch after the last piece that holds a finite verb of its own. */
function clauseStart(doc: Doc, pieces: TokenRange[], upTo: number): number {
  let start = (pieces[upTo] as TokenRange).start
  for (let index = upTo - 1; index >= 0; index -= 1) {
    const piece = pieces[index] as TokenRange
    if (doc.verbs.some((verb) => verb.start >= piece.start && verb.end <= piece.end && verb.tense !== 'nonfinite' && !CLAUSE_OPENERS.has((doc.tokens[piece.start] as Token).lower))) break
    start = piece.start
  }
  return start
}

/** The piece ends in a name that may be a person's (not a place or an organisation's). */
function endsInName(doc: Doc, piece: TokenRange): boolean {
  const trimmed = trimPhrase(doc, withoutParenthesis(doc, piece))
  if (!trimmed) return false
  return doc.names.some((span) => span.end === trimmed.end && span.kind !== 'place' && span.kind !== 'organisation' && span.end - span.start >= 1 && /^\p{Lu}\p{Ll}/u.test(span.text))
}

/** A piece without the parenthesis that closes it: "Attorney General Jane Roe (D)" → "Attorney General Jane Roe". */
function withoutParenthesis(doc: Doc, piece: TokenRange): TokenRange {
  if ((doc.tokens[piece.end - 1] as Token | undefined)?.text !== ')') return piece
  for (let t = piece.end - 2; t > piece.start; t -= 1) if ((doc.tokens[t] as Token).text === '(') return { start: piece.start, end: t }
  return piece
}

/** The piece is a name and nothing else: "Jane Roe". */
function isName(doc: Doc, piece: TokenRange): boolean {
  return doc.names.some((span) => span.start === piece.start && span.end === piece.end && (span.kind === 'person' || span.text.includes(' ')))
}

/** An appositive: a determiner or a role word first ("a senior lecturer", "the union's lawyer"). */
function isAppositive(doc: Doc, piece: TokenRange): boolean {
  const first = doc.tokens[piece.start] as Token
  // "Roe's opponent in the race": a possessive name opening the piece is whose role it is.
  const possessive = /^['’]s$/.test(doc.tokens[piece.start + 1]?.text ?? '') && piece.end - piece.start > 2
  return first.pos === 'DET' || first.pos === 'ADJ' || first.pos === 'NOUN' || first.pos === 'NUM' || first.lower === 'who' || possessive
}

/** The holder within a subject piece: drop a leading conjunction or adverb ("But the minister", "Also, she"). */
function trimPhrase(doc: Doc, piece: TokenRange): TokenRange | null {
  let { start, end } = piece
  while (start < end && ['CCONJ', 'ADV', 'INTJ', 'PUNCT'].includes((doc.tokens[start] as Token).pos)) start += 1
  // "with the union insisting that …": the preposition of an absolute clause is not part of its holder.
  if (start < end - 1 && (doc.tokens[start] as Token).lower === 'with') start += 1
  while (end > start && ['ADV', 'PUNCT', 'PART'].includes((doc.tokens[end - 1] as Token).pos)) end -= 1
  return end > start ? { start, end } : null
}

function hasNominal(doc: Doc, piece: TokenRange): boolean {
  for (let t = piece.start; t < piece.end; t += 1) {
    const pos = (doc.tokens[t] as Token).pos
    if (pos === 'PROPN' || pos === 'NOUN' || pos === 'PRON') return true
  }
  return false
}

/**
 * The noun phrase that ends a piece: a prepositional tail stays with it ("a
 * spokeswoman for the ministry"), but words before a second subject do not
 * ("On Monday the minister" → "the minister").
 */
function lastNounPhrase(doc: Doc, piece: TokenRange): TokenRange {
  let start = piece.start
  for (let t = piece.start; t < piece.end; t += 1) {
    const token = doc.tokens[t] as Token
    // "On Monday the minister said": a time or place phrase opens the piece.
    if (t === start && token.pos === 'ADP') {
      let after = t + 1
      while (after < piece.end && ['PROPN', 'NOUN', 'NUM', 'DET', 'ADJ'].includes((doc.tokens[after] as Token).pos) && (doc.tokens[after] as Token).pos !== 'DET') after += 1
      if (after < piece.end && (doc.tokens[after] as Token).pos === 'DET') start = after
    }
  }
  return { start, end: piece.end }
}

/** The subject after the verb: '…," said Jane Roe, a lawyer.' or '…, the minister told reporters'. */
function subjectAfter(doc: Doc, group: VerbGroup): { range: TokenRange; how: 'inverted' } | null {
  const before = doc.tokens[group.start - 1]
  const sentence = doc.sentences[(doc.tokens[group.start] as Token).sentence]!
  // Inversion follows a quotation, a comma or the sentence start ('Said the minister: …').
  if (before && !(before.text === ',' || isQuoteMark(doc, before) || before.quote !== -1 || group.start === sentence.start)) return null
  // "Asked about the vote, Roe said", "Writing in the Ledger, Roe argued": a participle opening the
  // sentence has the main clause's subject, never the phrase after it.
  const head = doc.tokens[group.head] as Token
  if (group.start === sentence.start && (/ing$/.test(head.lower) || group.tense === 'past' && doc.tokens[group.end]?.pos === 'ADP')) return null
  const holder = phraseAfter(doc, group.end)
  if (!holder) return null
  // "…, said the talks had failed": a verb right after the phrase makes it the subject of what was said.
  const next = doc.tokens[holder.end]
  if (next && (next.pos === 'VERB' || next.pos === 'AUX') && next.sentence === head.sentence) return null
  if (['ADP', 'SCONJ'].includes((doc.tokens[holder.start] as Token).pos)) return null
  return { range: holder, how: 'inverted' }
}

/** The noun phrase starting at `start`, up to a comma, a verb, a quotation or the sentence end. */
function phraseAfter(doc: Doc, start: number): TokenRange | null {
  const first = doc.tokens[start]
  if (!first) return null
  const sentence = doc.sentences[first.sentence]!
  let end = start
  while (end < sentence.end) {
    const token = doc.tokens[end] as Token
    if (token.text === ',' || token.pos === 'VERB' || token.pos === 'AUX' || token.quote !== -1 || isQuoteMark(doc, token) || token.pos === 'PUNCT' && token.text !== '.' && token.text !== '-' && token.text !== '&' && token.text !== "'" && token.text !== '’') break
    if (token.text === '.' && end === sentence.end - 1) break
    if (token.pos === 'SCONJ' || (token.pos === 'PRON' && token.lower === 'that')) break
    // '…," said Jane Roe when asked about the vote': a subordinating word the tagger calls an adverb opens a clause too.
    if (end > start && SUBORDINATING_WORDS.has(token.lower)) break
    end += 1
  }
  const trimmed = trimPhrase(doc, { start, end })
  return trimmed && hasNominal(doc, trimmed) ? trimmed : null
}
