/**
 * The line that credits other reporters or agencies, which belongs in the
 * frontmatter, not the body: "Agencies and X contributed to this story.",
 * "Additional reporting by A in Kyiv and B.", "Reporting by A; Editing by B".
 */

/* Each form captures the list of contributors. */
const CONTRIBUTOR_LINES: readonly RegExp[] = [
  // Newspapers crediting agencies or colleagues at the foot of a story.
  /^(.+?)\s+contributed(?: reporting| to (?:the|this) report(?:ing)?)?(?: to| for)? (?:this|the) (?:story|report|article)\.?$/i,
  /^(.+?)\s+contributed reporting\.?$/i,
  // British and wire style.
  /^\(?(?:with )?additional reporting by (.+?)(?:;.*)?\.?\)?$/i,
  // Wire services' sign-off: reporters first, then writers and editors (not contributors).
  /^\(?reporting by (.+?)(?:;.*)?\)?\.?$/i,
]

/** The contributors a line credits, or undefined if it is not a credit line. */
export function contributorsIn(line: string): string[] | undefined {
  const trimmed = line.trim()
  for (const pattern of CONTRIBUTOR_LINES) {
    const list = pattern.exec(trimmed)?.[1]
    if (list === undefined) continue
    const names = list
      .split(/\s*,\s*|\s+and\s+|\s*&\s*/i)
      // "A in Kyiv": the place is where they reported from, not part of the name.
      .map((name) => name.replace(/\s+in\s+\p{Lu}.*$/u, '').trim())
      .filter((name) => name !== '')
    // A sentence that merely uses the words ("Nobody contributed more to this story than...") is prose.
    if (names.length > 0 && names.every((name) => name.split(/\s+/).length <= 5 && /^\p{Lu}/u.test(name))) {
      return names
    }
  }
  return undefined
}
