/**
 * Long articles for the scaling measurement: the reference article's
 * frontmatter over the bodies of the reference and the fixture articles,
 * joined round-robin until the body reaches the length asked for. The text is
 * real prose of the genre, so every stage does the work it does on news copy.
 */
import { wordCount } from '../text.ts'

const FRONTMATTER = /^---\r?\n[\s\S]*?\r?\n---\r?\n/

/** The frontmatter block of a source (empty if it has none). */
export function frontmatterOf(markdown: string): string {
  return FRONTMATTER.exec(markdown)?.[0] ?? ''
}

/** A source's body: everything after its frontmatter. */
export function bodyOf(markdown: string): string {
  return markdown.replace(FRONTMATTER, '').trim()
}

/** Words in a source's body, as the pipeline's own counter counts them. */
export function bodyWords(markdown: string): number {
  return wordCount(bodyOf(markdown))
}

/**
 * An article `factor` times as long as `reference` (by body words): its
 * frontmatter and headline, then the bodies of `reference` and `others` in
 * turn, repeated as needed and cut at a paragraph once long enough. Headlines
 * of the joined bodies become subheads, so the article keeps one title.
 */
export function scaledArticle(reference: string, others: string[], factor: number): string {
  const target = bodyWords(reference) * factor
  const bodies = [reference, ...others].map(bodyOf)
  const paragraphs: string[] = []
  let words = 0
  for (let turn = 0; words < target; turn += 1) {
    const body = bodies[turn % bodies.length] as string
    const blocks = body.split(/\n{2,}/).map((block) => (turn === 0 ? block : block.replace(/^# /, '## ')))
    for (const block of blocks) {
      if (words >= target) break
      paragraphs.push(block)
      words += wordCount(block)
    }
  }
  return `${frontmatterOf(reference)}\n${paragraphs.join('\n\n')}\n`
}
