/**
 * `briefing.pdf`: the slides, one page each, as Slidev prints them.
 */
import type { PrintSession } from './print-page.ts'

/**
 * Slidev breaks the page after every slide, the last one included, and
 * Chromium turns that last break into a blank trailing page. Allowing no break
 * after the last slide keeps the PDF at exactly one page per slide.
 */
const NO_TRAILING_PAGE = '.print-slide-container:last-of-type { break-after: auto !important; page-break-after: auto !important; }'

/**
 * Prints the session's print page to `file`: one page per slide, at the
 * slide's own size, backgrounds included, titled after the deck.
 */
export async function writeSlidesPdf(session: PrintSession, file: string): Promise<void> {
  const { page } = session
  await page.addStyleTag({ content: NO_TRAILING_PAGE })
  await page.evaluate((title) => {
    document.title = title
  }, session.title)
  await page.pdf({
    path: file,
    width: `${session.width}px`,
    height: `${session.height}px`,
    margin: { top: 0, right: 0, bottom: 0, left: 0 },
    printBackground: true,
    preferCSSPageSize: true,
  })
}
