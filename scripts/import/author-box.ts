import type { BodyBlock } from './types.ts'

/*
 * Many sites close an article with a box about its author: the name, then
 * "NAME is a reporter for ...". It is about the writer, not the story. It is
 * told by its place (among the last few blocks) and by opening with the
 * author's name, or with the name set alone just above it, and a verb that
 * introduces a person ("is", "writes", "covers").
 */
const MAX_BLOCKS_AFTER_BOX = 3
const INTRODUCES_PERSON = /^\s+(is|was|has|writes|covers|lives|joined|reports|teaches)\b/

/**
 * The body without an author box at its end, nor what follows the box.
 * `author` is the article's author as found in the page ("A", "A and B").
 */
export function withoutAuthorBox(body: readonly BodyBlock[], author: string | undefined): BodyBlock[] {
  const authors = author === undefined ? [] : author.split(/\s*,\s*|\s+and\s+/).filter((name) => name !== '')
  const firstCandidate = Math.max(1, body.length - 1 - MAX_BLOCKS_AFTER_BOX)
  for (let index = firstCandidate; index < body.length; index += 1) {
    const text = body[index]?.text ?? ''
    const nameAbove = body[index - 1]?.text ?? ''
    const names = [...authors, ...(isNameAlone(nameAbove) ? [nameAbove] : [])]
    const opensWith = names.find((name) => text.startsWith(name) && INTRODUCES_PERSON.test(text.slice(name.length)))
    if (opensWith === undefined) continue
    return body.slice(0, nameAbove === opensWith ? index - 1 : index)
  }
  return [...body]
}

/* One to four capitalised words and nothing else: a name set as a heading. */
function isNameAlone(text: string): boolean {
  return /^\p{Lu}[\p{L}\p{M}'’.-]*(\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,3}$/u.test(text)
}
