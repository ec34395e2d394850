import { wordsOf } from './line-shape.ts'
import type { PageLine } from './page-lines.ts'

/*
 * A list of other stories set into or under an article: each a kicker in
 * capitals ("TIME TRAVELLER", "'A NATIONAL TRAGEDY'"), its headline, and
 * sometimes a one-paragraph teaser. An article's own subheads are followed by
 * paragraphs, not by a headline and another kicker, so two such stories in a
 * row are a list, wherever it stands: the text after it, if any, is the
 * article again.
 */
const MAX_KICKER_WORDS = 8
const MIN_STORIES_IN_LIST = 2
/* Besides its headline a story in a list has at most a label ("Video") and a teaser. */
const MAX_SHORT_LINES_PER_STORY = 2
const MAX_TEASERS_PER_STORY = 1

interface Story {
  start: number
  /** Index of the story's last line. */
  end: number
  hasTeaser: boolean
}

/** The lines with every list of other stories in them turned into chrome. */
export function withStoryListsDropped(lines: readonly PageLine[]): PageLine[] {
  const dropped = new Set<number>()
  let index = 0
  while (index < lines.length) {
    const stories = storiesFrom(lines, index)
    if (stories.length >= MIN_STORIES_IN_LIST) {
      const last = stories.at(-1)
      if (last === undefined) break
      for (let inside = index; inside <= last.end; inside += 1) dropped.add(inside)
      index = last.end + 1
    } else {
      index += 1
    }
  }
  return lines.map((line, at) => (dropped.has(at) ? { ...line, class: { kind: 'chrome', chrome: 'line' } } : line))
}

/*
 * The stories of a list that starts at `start`, each one kicker, a headline
 * and what follows up to the next kicker. The last story takes a teaser only
 * if the others had one: after a list without teasers the next paragraph is
 * the article's.
 */
function storiesFrom(lines: readonly PageLine[], start: number): Story[] {
  const stories: Story[] = []
  let index = start
  while (isKicker(lines[index])) {
    const headline = nextContent(lines, index + 1)
    if (headline === undefined || lines[headline]?.class.kind !== 'short' || isKicker(lines[headline])) break
    let end = headline
    let shortLines = 1
    let teasers = 0
    let next = nextContent(lines, end + 1)
    while (next !== undefined && !isKicker(lines[next])) {
      const kind = lines[next]?.class.kind
      if (kind === 'short' && shortLines < MAX_SHORT_LINES_PER_STORY) shortLines += 1
      else if (kind === 'prose' && teasers < MAX_TEASERS_PER_STORY) teasers += 1
      else break
      end = next
      next = nextContent(lines, end + 1)
    }
    stories.push({ start: index, end, hasTeaser: teasers > 0 })
    if (next === undefined || !isKicker(lines[next])) break
    index = next
  }
  const last = stories.at(-1)
  if (last !== undefined && last.hasTeaser && stories.slice(0, -1).every((story) => !story.hasTeaser) && stories.length > 1) {
    last.end = lastShortLine(lines, last)
  }
  return stories
}

function lastShortLine(lines: readonly PageLine[], story: Story): number {
  let end = story.start
  for (let index = story.start + 1; index <= story.end; index += 1) {
    if (lines[index]?.class.kind === 'short') end = index
    else if (lines[index]?.class.kind === 'prose') break
  }
  return end
}

function nextContent(lines: readonly PageLine[], from: number): number | undefined {
  for (let index = from; index < lines.length; index += 1) {
    const kind = lines[index]?.class.kind
    if (kind !== 'blank' && kind !== 'chrome') return index
  }
  return undefined
}

/* A short line in capitals, which is how lists set a story's kicker. */
function isKicker(line: PageLine | undefined): boolean {
  if (line === undefined || line.class.kind !== 'short') return false
  // Only cased letters: a line in a script without case (Chinese, Japanese) is not in capitals.
  const letters = line.text.replace(/[^\p{Lu}\p{Ll}]/gu, '')
  return letters.length >= 3 && !/\p{Ll}/u.test(letters) && wordsOf(line.text).length <= MAX_KICKER_WORDS
}
