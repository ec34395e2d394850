/*
 * Tables in an article are of two kinds. A data table (standings, prices,
 * results) holds only short cells: it is text the reader came for, so each
 * row becomes a line of its cells. A layout table (older sites set whole
 * pages in one) holds paragraphs and headings in its cells: only its
 * contents are text, so the table is taken apart and its blocks kept.
 */

/* Elements that make a table cell hold blocks of text rather than a value. */
const BLOCK_IN_CELL = 'p, div, h1, h2, h3, h4, h5, h6, ul, ol, blockquote, table, article, section'

/**
 * Rewrite every table in `document` in place: a data table as one `<p>` per
 * row (its cells' text joined by a space), a layout table as the blocks its
 * cells hold. Nested tables are dealt with from the innermost out.
 */
export function tablesAsText(document: Document): void {
  const tables = Array.from(document.querySelectorAll('table')).reverse()
  for (const table of tables) {
    if (isLayoutTable(table)) unwrapLayout(document, table)
    else table.replaceWith(...rowsAsParagraphs(document, table))
  }
}

function isLayoutTable(table: Element): boolean {
  return Array.from(table.querySelectorAll('td, th')).some((cell) => cell.querySelector(BLOCK_IN_CELL) !== null)
}

function rowsAsParagraphs(document: Document, table: Element): Element[] {
  return Array.from(table.querySelectorAll('tr')).flatMap((row) => {
    const cells = Array.from(row.querySelectorAll('td, th')).map(cellText).filter((text) => text !== '')
    if (cells.length === 0) return []
    const paragraph = document.createElement('p')
    paragraph.textContent = cells.join(' ')
    return [paragraph]
  })
}

/* Cells are replaced by divs, so their blocks read in order and no table markup is left. */
function unwrapLayout(document: Document, table: Element): void {
  const holder = document.createElement('div')
  for (const cell of Array.from(table.querySelectorAll('td, th'))) {
    const block = document.createElement('div')
    while (cell.firstChild !== null) block.appendChild(cell.firstChild)
    holder.appendChild(block)
  }
  table.replaceWith(holder)
}

function cellText(cell: Element): string {
  return (cell.textContent ?? '').replace(/\s+/g, ' ').trim()
}
