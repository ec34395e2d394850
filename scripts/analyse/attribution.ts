import { EXPERT_ROLES, OFFICIAL_ROLES, SOURCE_PREPOSITIONS, SPEECH_VERBS, escapeRegExp } from './cues.ts'
import { narrationOf, startsInQuote } from '../text.ts'
import type { Attribution, Person, Sentence } from '../types.ts'

const speechVerb = new RegExp(`(?<![\\p{L}])(?:${SPEECH_VERBS.join('|')}|was quoted|were quoted)(?![\\p{L}])`, 'u')
const sourcePreposition = new RegExp(`\\b(?:${SOURCE_PREPOSITIONS.join('|')})\\s+`, 'i')
const pronoun = /\b(?:he|she|they)\s*$/i
const roleNoun = new RegExp(`\\b(?:${[...EXPERT_ROLES, ...OFFICIAL_ROLES].map(escapeRegExp).join('|')})\\b`, 'i')
// An unnamed source: "a spokeswoman for the ministry", "officials", "the union".
// Each word of the organisation is one capitalised word and one space, so the
// pattern cannot backtrack over a long name in more than one way.
const UNNAMED_HEADS = [...OFFICIAL_ROLES, 'officials', 'sources', 'diplomats', 'union', 'company', 'ministry', 'government', 'statement', 'commission', 'council', 'bloc', 'alliance', 'authority', 'agency', 'committee', 'board', 'embassy', 'office']
const unnamedSource = new RegExp(
  `(?:^|\\b)((?:[Aa]n?|[Tt]he|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${UNNAMED_HEADS.map((head) => `[${head[0]}${head[0]?.toUpperCase()}]${escapeRegExp(head.slice(1))}`).join('|')})(?:\\s+(?:for|of|at|from)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’-]*(?:\\s(?:(?:of|for|and|the|on)\\s)*\\p{Lu}[\\p{L}'’-]*)*)?)\\s*$`,
  'u',
)

/**
 * Who says each sentence. A speech verb ("said", "told", "added") names the
 * speaker before or after it; "according to" names it after; a pronoun or a
 * sentence that continues a quotation carries the last named speaker. A
 * sentence with none of these is the article's own voice (speaker null).
 */
export function attributeSentences(sentences: Sentence[], people: Person[]): Attribution[] {
  const attributions: Attribution[] = []
  let last: { speaker: string; paragraph: number } | null = null
  let previous: Attribution | null = null
  for (const sentence of sentences) {
    const found = speakerOf(sentence, people, last)
    const continuing =
      found === null && previous && (startsInQuote(sentence.text) || opensWithQuote(sentence.text)) &&
      previous.speaker !== null && (previous.paragraph === sentence.paragraph || sentence.index === 0)
    const attribution: Attribution = found
      ? { paragraph: sentence.paragraph, sentence: sentence.index, ...found }
      : continuing && previous
        ? { paragraph: sentence.paragraph, sentence: sentence.index, speaker: previous.speaker, reason: `continues the quotation of ${previous.speaker}` }
        : { paragraph: sentence.paragraph, sentence: sentence.index, speaker: null, reason: 'no speech verb: the article\'s own voice' }
    if (attribution.speaker && people.some((person) => person.name === attribution.speaker)) {
      last = { speaker: attribution.speaker, paragraph: sentence.paragraph }
    }
    attributions.push(attribution)
    previous = attribution
  }
  return attributions
}

function opensWithQuote(text: string): boolean {
  return /^\s*["“]/.test(text)
}

function speakerOf(
  sentence: Sentence,
  people: Person[],
  last: { speaker: string; paragraph: number } | null,
): { speaker: string; reason: string } | null {
  const narration = narrationOf(sentence.text)

  const source = sourcePreposition.exec(narration)
  if (source) {
    const after = narration.slice(source.index + source[0].length)
    const named = personNamedAt(after, people, 'start')
    if (named) return { speaker: named.name, reason: `"${source[0].trim()} ${named.mention}"` }
    const unnamed = /^((?:an?|the)\s+[^,.;]+)/i.exec(after)?.[1]
    if (unnamed) return { speaker: unnamed.trim(), reason: `"${source[0].trim()} ${unnamed.trim()}" (unnamed source)` }
  }

  const verb = speechVerb.exec(narration)
  if (!verb) return null
  const before = narration.slice(0, verb.index).replace(/[\s,]+$/, '')
  const after = narration.slice(verb.index + verb[0].length)
  const verbText = verb[0]

  const namedBefore = personNamedAt(before, people, 'end')
  if (namedBefore) return { speaker: namedBefore.name, reason: `"${namedBefore.mention} ${verbText}"` }
  if (pronoun.test(before) && last) {
    return { speaker: last.speaker, reason: `"${pronoun.exec(before)?.[0].trim()} ${verbText}" carries the last named speaker, ${last.speaker}` }
  }
  // "He dismissed the call … and said": the pronoun is the subject of both verbs.
  const subject = /^\s*(He|She|They)\b[^;]*\band\s*$/.exec(before)?.[1]
  if (subject && last && !personNamedAt(before, people, 'end')) {
    return { speaker: last.speaker, reason: `"${subject} … and ${verbText}" carries the last named speaker, ${last.speaker}` }
  }
  const namedAfter = personNamedAt(after, people, 'start')
  if (namedAfter) return { speaker: namedAfter.name, reason: `"${verbText} ${namedAfter.mention}"` }

  const descriptor = descriptorSpeaker(before, people, sentence.paragraph) ?? descriptorSpeaker(after.replace(/^\s*/, ''), people, sentence.paragraph, true)
  if (descriptor) return { speaker: descriptor.name, reason: `"${descriptor.mention}" refers back to ${descriptor.name}` }

  const unnamed = unnamedSource.exec(before)?.[1] ?? /^\s*((?:an?|the)\s+[^,.;"]+)/i.exec(after)?.[1]
  if (unnamed && roleNounOrGroup(unnamed)) return { speaker: unnamed.trim(), reason: `"${unnamed.trim()} ${verbText}" (unnamed source)` }
  return null
}

function roleNounOrGroup(phrase: string): boolean {
  return roleNoun.test(phrase) || new RegExp(`\\b(?:${UNNAMED_HEADS.join('|')})\\b`, 'i').test(phrase)
}

/** A person named (full name or surname) at the start or the end of `text`. */
function personNamedAt(text: string, people: Person[], where: 'start' | 'end'): { name: string; mention: string } | null {
  const trimmed = where === 'end' ? text.trimEnd() : text.trimStart()
  // Allow an appositive between name and verb: "Jane Roe, director of X, said".
  const window = where === 'end' ? trimmed.slice(-220) : trimmed.slice(0, 120)
  let best: { name: string; mention: string; at: number } | null = null
  for (const person of people) {
    for (const mention of person.mentions) {
      const pattern = mentionPattern(mention)
      for (const match of window.matchAll(pattern)) {
        const rest = where === 'end' ? window.slice(match.index + mention.length) : window.slice(0, match.index)
        if (!attachesToVerb(rest, where)) continue
        const at = where === 'end' ? match.index : -match.index
        if (!best || at > best.at) best = { name: person.name, mention, at }
      }
    }
  }
  return best
}

const mentionSources = new Map<string, string>()

/** A person's mention as a whole word; the pattern's source is kept, a global RegExp carries state. */
function mentionPattern(mention: string): RegExp {
  let source = mentionSources.get(mention)
  if (source === undefined) {
    source = `(?<![\\p{L}])${escapeRegExp(mention)}(?![\\p{L}])`
    mentionSources.set(mention, source)
  }
  return new RegExp(source, 'gu')
}

/** Between a name and its verb there may be only an appositive, a time phrase or a title. */
function attachesToVerb(between: string, where: 'start' | 'end'): boolean {
  const gap = between.trim()
  if (gap === '') return true
  if (where === 'start') return /^(?:(?:the|a|an)\s+)?(?:[\p{L}'’-]+\s+){0,6}$/u.test(`${gap} `) && !/[.;]/.test(gap)
  // "Jane Roe, director of the X Institute," / "Jane Roe on Monday" / "Jane Roe was quoted by X as saying"
  return /^,[^;]*,?$/.test(gap) || /^(?:on|in|at|also|later|then|again|firmly)\b[^,;]*$/.test(gap) || /^(?:had|has|was|were)$/.test(gap) || /^,\s*\d{1,3},\s*who$/.test(gap)
}

/** "the Russian scholar said" / "said the minister": the most recent person whose role has that noun. */
function descriptorSpeaker(text: string, people: Person[], paragraph: number, atStart = false) {
  const pattern = atStart
    ? /^(?:the|a|an)\s+((?:[\p{L}-]+\s+){0,2}?([\p{Ll}-]+))(?=[\s,.]|$)/u
    : /\bthe\s+((?:[\p{L}-]+\s+){0,2}?([\p{Ll}-]+))\s*$/u
  const match = pattern.exec(text)
  const noun = match?.[2]
  if (!match || !noun || !roleNoun.test(noun)) return null
  const candidates = people.filter((person) => person.paragraph <= paragraph && (person.role?.toLowerCase().includes(noun) || (EXPERT_ROLES.includes(noun) && person.kind === 'expert')))
  const person = candidates.at(-1)
  return person ? { name: person.name, mention: match[0].trim() } : null
}
