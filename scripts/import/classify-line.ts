import { parseByline, type Byline } from './byline.ts'
import { creditOfCreditLine, splitCaption } from './caption.ts'
import { chromeRuleFor, type ChromeKind } from './chrome.ts'
import { contributorsIn } from './contributors.ts'
import { isDateLine, statedDateIn, type StatedDate } from './dates.ts'
import { isProse } from './line-shape.ts'
import type { Photo } from './types.ts'

/**
 * What one line of a page is, judged on the line alone. Both readers use it:
 * the paste reader on every line, the HTML reader on every paragraph
 * Readability kept.
 */
export type LineClass =
  | { kind: 'blank' }
  | { kind: 'chrome'; chrome: Exclude<ChromeKind, 'box-fineprint'> }
  | { kind: 'link' }
  | { kind: 'contributors'; names: string[] }
  | { kind: 'caption'; photo: Photo }
  | { kind: 'credit'; credit: string }
  | { kind: 'byline'; byline: Byline }
  | { kind: 'date'; date: StatedDate }
  /** Running text. `fineprint`: it could also be a sign-up box's small print. */
  | { kind: 'prose'; fineprint: boolean }
  /** Anything else with words: a title, dek, subhead, menu item or link headline. */
  | { kind: 'short'; fineprint: boolean }

/*
 * A line that is only a link: a bare address, "Headline - https://...", or a
 * markdown link as a list item. Lists of links are what a paste of a home
 * page or a "related" box is made of.
 */
const LINK_LINE = /^(?:[-*•]\s*)?(?:\S.{0,200}\s[-–—|:]\s)?<?https?:\/\/\S+>?$|^(?:[-*•]\s*)?\[[^\]]+\]\([^)]+\)$/i

/** Classify one trimmed line of a page. */
export function classifyLine(line: string): LineClass {
  if (!/[\p{L}\p{N}]/u.test(line)) return { kind: 'blank' }
  const chrome = chromeRuleFor(line)
  if (chrome !== undefined && chrome.kind !== 'box-fineprint') return { kind: 'chrome', chrome: chrome.kind }
  const fineprint = chrome?.kind === 'box-fineprint'
  if (LINK_LINE.test(line)) return { kind: 'link' }
  const names = contributorsIn(line)
  if (names !== undefined) return { kind: 'contributors', names }
  const photo = splitCaption(line)
  if (photo !== undefined) return { kind: 'caption', photo }
  const credit = creditOfCreditLine(line)
  if (credit !== undefined) return { kind: 'credit', credit }
  if (isDateLine(line)) {
    const date = statedDateIn(line)
    if (date !== undefined) return { kind: 'date', date }
  }
  const byline = parseByline(line)
  if (byline !== undefined) return { kind: 'byline', byline }
  if (isProse(line)) return { kind: 'prose', fineprint }
  return { kind: 'short', fineprint }
}
