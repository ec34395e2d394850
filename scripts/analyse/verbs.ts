import type { DocSentence, Tense, Token, VerbGroup } from '../types.ts'

// Auxiliaries that mark time or mood, by what they mark. A reported "would"
// is the future seen from the past; "would have" is a counterfactual.
const FUTURE_AUXILIARIES = new Set(['will', "'ll", 'shall', 'wo'])
const CONDITIONAL_AUXILIARIES = new Set(['would', "'d", 'could', 'might', 'should', 'may', 'must', 'can', 'ca', 'ought'])
const PAST_AUXILIARIES = new Set(['was', 'were', 'had', 'did', "'d"])
const PRESENT_AUXILIARIES = new Set(['is', 'are', 'am', "'s", "'re", "'m", 'has', 'have', "'ve", 'does', 'do'])
// "is poised to", "are due to", "is set to", "is going to", "is about to": a present that looks forward.
const FORWARD_LINKS = new Set(['poised', 'due', 'set', 'going', 'about', 'scheduled', 'expected', 'slated', 'planning', 'preparing', 'likely', 'ready'])
const NEGATIONS = new Set(['not', "n't", 'never'])
// Adverbs that may stand inside a verb group ("has also said", "will not soon").
const INNER_ADVERBS = new Set(['also', 'not', "n't", 'never', 'already', 'still', 'just', 'now', 'then', 'again', 'firmly', 'repeatedly', 'previously', 'later', 'soon', 'finally', 'only', 'even', 'reportedly', 'apparently', 'flatly', 'publicly', 'privately', 'strongly'])

/**
 * Verb groups of every sentence: a run of auxiliaries, inner adverbs and verbs
 * ("would not have stranded", "is poised to open"), with the tense and mood
 * the run's first finite word gives it.
 */
export function findVerbGroups(tokens: Token[], sentences: DocSentence[]): VerbGroup[] {
  const groups: VerbGroup[] = []
  for (const sentence of sentences) {
    let t = sentence.start
    while (t < sentence.end) {
      const token = tokens[t] as Token
      if (!startsGroup(token)) {
        t += 1
        continue
      }
      let end = t + 1
      while (end < sentence.end && continuesGroup(tokens, end)) end += 1
      // Trailing adverbs, particles and "to" belong to the words after the group.
      while (end > t + 1 && !isVerbal(tokens[end - 1] as Token)) end -= 1
      groups.push(describeGroup(tokens, t, end))
      t = end
    }
  }
  return groups
}

function isVerbal(token: Token): boolean {
  return token.pos === 'VERB' || token.pos === 'AUX'
}

/** "not", "never", "n't" or "n’t": news copy writes the apostrophe straight or typographic. */
function isNegation(token: Token): boolean {
  return NEGATIONS.has(token.lower.replace('’', "'"))
}

function startsGroup(token: Token): boolean {
  return isVerbal(token)
}

function continuesGroup(tokens: Token[], index: number): boolean {
  const token = tokens[index] as Token
  const previous = tokens[index - 1] as Token
  // "which he said were sold": an auxiliary after a full verb opens the clause that verb reports.
  if (isVerbal(token)) return !(token.pos === 'AUX' && previous.pos === 'VERB')
  if (token.pos === 'ADV' && INNER_ADVERBS.has(token.lower)) return isVerbal(tokens[index + 1] ?? token) || INNER_ADVERBS.has(tokens[index + 1]?.lower ?? '')
  // "has long said", "has openly mocked": any adverb between an auxiliary and its full verb.
  if (token.pos === 'ADV' && previous.pos === 'AUX' && tokens[index + 1]?.pos === 'VERB') return true
  if (token.pos === 'PART' && isNegation(token)) return true
  // "is poised to open", "wants to reopen": the infinitive is part of the group.
  if (token.lower === 'to' && (FORWARD_LINKS.has(previous.lower) || previous.pos === 'VERB')) return tokens[index + 1]?.pos === 'VERB' || tokens[index + 1]?.pos === 'AUX'
  if (FORWARD_LINKS.has(token.lower) && previous.pos === 'AUX' && tokens[index + 1]?.lower === 'to') return true
  return false
}

function describeGroup(tokens: Token[], start: number, end: number): VerbGroup {
  const words = tokens.slice(start, end)
  const verbs = words.filter((word) => word.pos === 'VERB')
  const headToken = (verbs.at(-1) ?? words.filter(isVerbal).at(-1) ?? words[0]) as Token
  // Only the straight apostrophe's "n't" marks the group negated: reading "n’t" too turns stance frames on
  // (a negated verb reads as a refusal) that the corpus does not want; the group still holds it.
  const negated = words.some((word) => NEGATIONS.has(word.lower))
  const lowers = words.map((word) => word.lower)
  const hasForwardLink = lowers.some((word, index) => FORWARD_LINKS.has(word) && lowers[index + 1] === 'to')
  const firstVerbal = words.find(isVerbal) as Token
  const perfectAfterModal = lowers.some((word, index) => CONDITIONAL_AUXILIARIES.has(word) && lowers[index + 1] === 'have')
  const passive = words.some((word, index) => word.lemma === 'be' && index < words.length - 1) && headToken.pos === 'VERB' && isPastForm(headToken)
  let tense: Tense
  if (words.some((word) => FUTURE_AUXILIARIES.has(word.lower) && word.pos === 'AUX')) tense = 'future'
  else if (CONDITIONAL_AUXILIARIES.has(firstVerbal.lower)) tense = 'conditional'
  else if (hasForwardLink && !PAST_AUXILIARIES.has(firstVerbal.lower)) tense = 'future'
  else if (PAST_AUXILIARIES.has(firstVerbal.lower)) tense = 'past'
  // The present perfect ("has said", "have read") reports what is done: past for a timeline.
  else if (PRESENT_AUXILIARIES.has(firstVerbal.lower)) tense = (lowers[0] === 'has' || lowers[0] === 'have' || lowers[0] === "'ve") && headToken !== firstVerbal ? 'past' : 'present'
  else if (firstVerbal.pos === 'VERB') tense = finiteTense(firstVerbal, tokens[start - 1])
  else tense = 'present'
  return { start, end, head: headToken.i, lemma: headToken.lemma, tense, negated, passive, hypothetical: perfectAfterModal }
}

/** A verb's own form: "said" past, "says" present, "meeting" or "to meet" not finite. */
function finiteTense(verb: Token, before: Token | undefined): Tense {
  if (before?.lower === 'to') return 'nonfinite'
  if (verb.lower.endsWith('ing') && verb.lemma !== verb.lower) return 'nonfinite'
  if (isPastForm(verb)) return 'past'
  return 'present'
}

/** A past tense or past participle: the form differs from the lemma and is not its -s or -ing form. */
export function isPastForm(verb: Token): boolean {
  const form = verb.lower
  const lemma = verb.lemma
  if (form === lemma) return false
  if (form.endsWith('ing')) return false
  if (form === `${lemma}s` || form === `${lemma}es` || (lemma.endsWith('y') && form === `${lemma.slice(0, -1)}ies`)) return false
  return true
}
