/**
 * The values the import stages pass between them. An import reads a raw page
 * (a select-all paste or a saved HTML file) into an `ImportedArticle`, and
 * `to-markdown.ts` writes that as the source markdown the build reads.
 */

/** One block of the article body, in reading order. */
export type BodyBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'subhead'; text: string }

/** A photo's caption and who took or supplied it. */
export interface Photo {
  caption: string
  /** Absent when the page gave no credit. */
  credit?: string
}

/** What an import found in a page: the article and nothing of the site around it. */
export interface ImportedArticle {
  title: string
  dek?: string
  /** In normal case ("Li Na", not "LI NA"); several authors stay as written ("A and B"). */
  author?: string
  place?: string
  outlet?: string
  /** YYYY-MM-DD as the page states it, never shifted to another time zone. */
  date?: string
  contributors?: string[]
  photo?: Photo
  body: BodyBlock[]
}
