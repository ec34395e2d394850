import { isOutletName, normalNameCase, ROLE_WORDS } from './byline.ts'

/*
 * Author fields, in meta tags, JSON-LD and byline elements alike, carry more
 * than the name: a label before it ("By", "Analysis by", "Words by"), the
 * writer's job and outlet after a comma or a bar ("Ana Silva, Daily Post
 * Editor-at-large", "Ana Silva | Daily Post"). The frontmatter holds the
 * name only.
 */

/* Labels set before the name: "By A", "Analysis by A", "Opinion by A", "Text: A". */
const NAME_LABEL = /^((analysis|opinion|commentary|review|story|words|text|written|reported|reporting|interview|column|essay|photos?)\s+)?(by|from)\s+|^(text|words|author|by)\s*:\s*/i
/* What follows the name, set apart: the job, the outlet, a second role. */
const AFTER_NAME = /\s*(,|\s[|·•]\s|\s[—–-]\s)\s*/
/* A role joined to the name with "for": "Ana Silva for the Daily Post". */
const FOR_OUTLET = /\s+for\s+(the\s+)?\p{Lu}.*$/u

/**
 * The person's name in an author field, or undefined when the field names no
 * person: empty, a profile address, or the outlet itself (`outlets`: the
 * page's site name and publisher, compared without case; any name that
 * reads as a news organisation's).
 */
export function cleanAuthorName(raw: string, outlets: readonly string[] = []): string | undefined {
  let name = raw.replace(/\s+/g, ' ').trim()
  if (name === '' || /^(https?:)?\/\//i.test(name) || !/\p{L}/u.test(name)) return undefined
  name = name.replace(NAME_LABEL, '')
  const [first = '', ...rest] = name.split(AFTER_NAME)
  // The parts after a comma are kept only when they are more names ("A, B and C"), not roles or outlets.
  const parts = [first, ...rest.filter((_, index) => index % 2 === 1)]
  const names = [first, ...parts.slice(1).filter((part) => !isRoleOrOutlet(part, outlets) && isPersonName(part))]
  const cleaned = names
    .map((part) => part.replace(FOR_OUTLET, '').trim())
    .filter((part) => part !== '')
    .join(', ')
  if (cleaned === '' || isRoleOrOutlet(cleaned, outlets) || !isPersonName(cleaned)) return undefined
  return normalNameCase(cleaned)
}

/**
 * The distinct people in a list of author fields, cleaned (see
 * `cleanAuthorName`), in order.
 */
export function cleanAuthorNames(raw: readonly string[], outlets: readonly string[] = []): string[] {
  const names = raw.flatMap((field) => {
    const name = cleanAuthorName(field, outlets)
    return name === undefined ? [] : [name]
  })
  return [...new Set(names)]
}

function isRoleOrOutlet(text: string, outlets: readonly string[]): boolean {
  const lower = text.trim().toLowerCase()
  return ROLE_WORDS.test(text) || isOutletName(text) || outlets.some((outlet) => outlet.trim().toLowerCase() === lower)
}

/* A name (or a list of them) is a few words with a letter and no digits. */
function isPersonName(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean)
  return words.length >= 1 && words.length <= 12 && /\p{L}/u.test(text) && !/\d/.test(text)
}
