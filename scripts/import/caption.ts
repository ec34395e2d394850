import { isOutletName } from './byline.ts'
import { endsLikeSentence, sentencesOf, wordsOf } from './line-shape.ts'
import type { Photo } from './types.ts'

/*
 * A credit names who took or supplied a photo and comes after the caption:
 * labelled ("Photograph: A/Agency", "Photo by A", "(AP Photo/A)", "Credit: A"),
 * or bare: a short run in capitals or with a slash ("A B/AGENCY",
 * "A/Agency via Getty Images"), or an agency's name alone.
 */
const LABELLED_CREDIT = /^\(?(?:photograph|photo|picture|image|credit|photo credit|photos|pictures)(?:\s*:|\s+by\b:?)\s*(.+?)\)?$/i
const BRACKETED_CREDIT = /^\((.*(?:\/|\bphoto\b).*)\)$/i
const MAX_CREDIT_WORDS = 8
/* "A ship leaves port (Image: AGENCY)": the credit in brackets closes the caption, no full stop between. */
const TRAILING_LABELLED_CREDIT = /^(.*\S)\s*\((?:image|images|photo|photos|photograph|picture|pic|credit|source|foto)s?\s*:\s*([^()]{1,80})\)$/i
/*
 * "A B | Agency | Getty Images": photographer and agencies set apart by bars.
 * A part must be an agency or picture library for the line to be a credit,
 * so that a kicker such as "Politics | Analysis" is not one.
 */
const CREDIT_PARTS_SEPARATOR = /\s+[|/]\s+|\//
const PICTURE_LIBRARY = /^(getty( images)?|shutterstock|alamy|istock(photo)?|ap( photo)?|afp|epa|reuters|bloomberg|ansa|dpa|pa( images| media| wire)?|xinhua|sipa( usa)?|zuma( press)?|nurphoto|anadolu( agency)?|imago|corbis|rex features|file|handout|supplied|courtesy)( via \S.*)?$/i

/**
 * The credit, when a short fragment that does not end like a sentence is one.
 * Returns the credit without its label ("Photograph: A/B" → "A/B").
 */
export function creditOf(fragment: string): string | undefined {
  const trimmed = fragment.trim()
  if (trimmed === '' || wordsOf(trimmed).length > MAX_CREDIT_WORDS) return undefined
  const labelled = LABELLED_CREDIT.exec(trimmed)?.[1] ?? BRACKETED_CREDIT.exec(trimmed)?.[1]
  if (labelled !== undefined) return labelled.trim()
  if (endsLikeSentence(trimmed)) return undefined
  const letters = trimmed.replace(/[^\p{L}]/gu, '')
  const inCapitals = letters.length >= 2 && !/\p{Ll}/u.test(letters) && wordsOf(trimmed).length >= 2
  const slashCredit = /\S\/\S/.test(trimmed) && /^\p{Lu}/u.test(trimmed)
  if (inCapitals || slashCredit || isOutletName(trimmed) || /\bgetty images$/i.test(trimmed)) return trimmed
  return undefined
}

/**
 * Split a caption line that ends with its credit: "A and B meet in Porto on
 * Monday. NAME NAME/AGENCY" → { caption, credit }. The caption keeps its
 * words as written. Undefined for a line that does not end with a credit.
 */
export function splitCaption(line: string): Photo | undefined {
  const bracketed = TRAILING_LABELLED_CREDIT.exec(line.trim())
  if (bracketed?.[1] !== undefined && bracketed[2] !== undefined) return { caption: bracketed[1], credit: bracketed[2].trim() }
  // "... in New York.Agency": the credit run into the caption's full stop.
  const glued = /^(.*\S[.!?])(\p{Lu}[\p{L}\p{M} ]{1,40})$/u.exec(line.trim())
  if (glued?.[1] !== undefined && glued[2] !== undefined && (PICTURE_LIBRARY.test(glued[2]) || isOutletName(glued[2]))) {
    return { caption: glued[1], credit: glued[2] }
  }
  const sentences = sentencesOf(line)
  const last = sentences.at(-1)
  if (sentences.length < 2 || last === undefined) return undefined
  const credit = creditOf(last)
  if (credit === undefined) return undefined
  const caption = line.slice(0, line.lastIndexOf(last)).trim()
  if (!endsLikeSentence(caption) && !/\)$/.test(caption)) return undefined
  return { caption, credit }
}

/**
 * The credit of a line that holds only a credit, set under its caption:
 * "Photograph: A/Agency", "(AP Photo/A)", "A B/AGENCY". A bare name or a line
 * in capitals alone is not enough here; menus are set in capitals too.
 */
export function creditOfCreditLine(line: string): string | undefined {
  const trimmed = line.trim()
  const labelled = LABELLED_CREDIT.exec(trimmed)?.[1] ?? BRACKETED_CREDIT.exec(trimmed)?.[1]
  if (labelled !== undefined && wordsOf(trimmed).length <= MAX_CREDIT_WORDS) return labelled.trim()
  if (/^\p{Lu}\S*(\s+\S+)*\/\S/u.test(trimmed) && !/\s[-–—|]\s/.test(trimmed)) return creditOf(trimmed)
  if (isBarredCredit(trimmed)) return trimmed
  return undefined
}

function isBarredCredit(line: string): boolean {
  const parts = line.split(CREDIT_PARTS_SEPARATOR).map((part) => part.trim())
  return (
    parts.length >= 2 &&
    wordsOf(line).length <= MAX_CREDIT_WORDS &&
    !endsLikeSentence(line) &&
    parts.every((part) => /^\p{Lu}/u.test(part)) &&
    parts.some((part) => PICTURE_LIBRARY.test(part))
  )
}
