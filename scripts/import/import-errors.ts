import { ImportError } from './errors.ts'

/*
 * The errors an import raises about what it read, worded in one place so
 * the paste and HTML readers say the same thing about the same problem.
 */

/** The file is empty or holds only whitespace. */
export function emptyFileError(fileName: string): ImportError {
  return new ImportError(
    fileName,
    'is empty',
    'Paste the article (title, byline and every paragraph) into it, or import a saved .html page instead.',
  )
}

/** No run of paragraphs long enough to be an article. */
export function noArticleError(fileName: string): ImportError {
  return new ImportError(
    fileName,
    'holds no article text: no run of paragraphs long enough to be an article was found (a list of links or headlines is not an article)',
    "Open the article's own page, select all, copy and paste it into the file (or save that page as HTML), then import again.",
  )
}

/** Paragraphs were found but nothing above them reads as a headline. */
export function noTitleError(fileName: string, line: number | undefined): ImportError {
  return new ImportError(
    fileName,
    'has no title: no headline was found above the first paragraph' + (line === undefined ? '' : ' (this line)'),
    'Put the headline on a line of its own above the article text and import again.',
    line,
  )
}

/** A saved page whose head and body name no title. */
export function pageWithoutTitleError(fileName: string): ImportError {
  return new ImportError(
    fileName,
    'has no title: the page has no og:title, <title> or headline',
    'Import a copy-paste of the page instead, with the headline on a line of its own above the article text.',
  )
}
