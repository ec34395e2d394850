/**
 * What a generated deck promises whatever the article says, checked on the
 * deck as Slidev's own parser reads it: the slides the briefing meant (count,
 * titles, layouts), a note on every slide, and no article text that Slidev,
 * Vue, HTML or KaTeX would read as syntax. Shared by the hostile-fixture test
 * and the fuzz test.
 */
import type { parseSync } from '@slidev/parser/core'
import type { Briefing, SlideKind } from '../../scripts/types.ts'
import { visibleText } from './deck.ts'
import { frontmatterTitle, LAYOUTS } from '../../scripts/deck/render.ts'

type ParsedDeck = ReturnType<typeof parseSync>

/** The theme layout each kind of slide is designed for (the renderer's own table). */
export const LAYOUT_OF = LAYOUTS

/** Elements the renderer writes around article text; any other element in a slide came from the article. */
const RENDERER_TAGS = new Set(['div', 'h1', 'h2', 'p', 'span', 'ul', 'li', 'blockquote', 'dl', 'dt', 'dd', 'PeopleCards', 'Timeline'])
/** The renderer's attributes: `v-pre`, a class of plain words, a paragraph number. */
const RENDERER_ATTRIBUTE = /^(?:v-pre|class="[\w -]*"|data-paragraph="\d+")$/

/** Text that would be syntax if it reached a slide's content raw (the renderer writes none of it itself). */
const RAW_IN_CONTENT: Array<[string, RegExp]> = [
  ['a mustache', /\{\{|\}\}/],
  ['a brace', /[{}]/],
  ['a dollar (KaTeX)', /\$/],
  ['an HTML comment', /<!--|-->/],
]

/** Text that would be syntax in a note (markdown with raw HTML inside an HTML comment). */
const RAW_IN_NOTE: Array<[string, RegExp]> = [
  ['a tag', /</],
  ['a brace', /[{}]/],
  ['a dollar (KaTeX)', /\$/],
  ['the comment end', /-->/],
  ['an unescaped backtick', /(?<!\\)`/],
]

/** Lines Slidev reads as structure: a slide separator, a code fence, a slot marker, a heading. */
const STRUCTURAL_LINE = /^(?:---|\s*```|::|#)/

/**
 * Every way `parsed` (the deck read back by `@slidev/parser`) differs from
 * what `briefing` meant or lets article text act as syntax; empty when the
 * deck keeps its promises.
 */
export function deckProblems(parsed: ParsedDeck, briefing: Briefing): string[] {
  const problems: string[] = []
  if (parsed.slides.length !== briefing.slides.length) {
    problems.push(`${parsed.slides.length} slides parsed, ${briefing.slides.length} meant: ${JSON.stringify(parsed.slides.map((slide) => slide.title))}`)
  }
  briefing.slides.forEach((meant, index) => {
    const slide = parsed.slides[index]
    const at = `slide ${index + 1} (${meant.kind})`
    if (!slide) return
    // Frontmatter titles leave out code-like characters (see frontmatterTitle); the slide shows the title exactly.
    if (slide.title !== frontmatterTitle(meant.title)) problems.push(`${at}: title ${JSON.stringify(slide.title)}, meant ${JSON.stringify(frontmatterTitle(meant.title))}`)
    if (slide.frontmatter.layout !== LAYOUT_OF[meant.kind]) problems.push(`${at}: layout ${JSON.stringify(slide.frontmatter.layout)}, meant ${LAYOUT_OF[meant.kind]}`)
    if (slide.frontmatter.class !== `bd-slide bd-${meant.kind}`) problems.push(`${at}: class ${JSON.stringify(slide.frontmatter.class)}`)
    const yamlErrors = slide.frontmatterDoc?.errors ?? []
    if (yamlErrors.length > 0) problems.push(`${at}: frontmatter YAML errors: ${yamlErrors.map((error) => error.message).join('; ')}`)
    if (!slide.note || slide.note.trim() === '') problems.push(`${at}: no note`)
    problems.push(...contentProblems(slide.content, meant.kind).map((problem) => `${at}: ${problem}`))
    problems.push(...noteProblems(slide.note ?? '').map((problem) => `${at}: note: ${problem}`))
  })
  return problems
}

function contentProblems(content: string, kind: SlideKind): string[] {
  const problems: string[] = []
  for (const [name, pattern] of RAW_IN_CONTENT) if (pattern.test(content)) problems.push(`${name} in the content: ${excerpt(content, pattern)}`)
  for (const tag of content.match(/<\/?[^\s>/]+[^>]*>/g) ?? []) {
    const [, name = '', attributes = ''] = /^<\/?([^\s>/]+)(.*?)\/?>$/s.exec(tag) ?? []
    if (!RENDERER_TAGS.has(name)) problems.push(`an element the renderer does not write: ${tag}`)
    for (const attribute of attributes.trim().split(/\s+(?=[\w-]+(?:=|\s|$))/).filter(Boolean)) {
      if (!RENDERER_ATTRIBUTE.test(attribute)) problems.push(`an attribute the renderer does not write: ${attribute} in ${tag}`)
    }
  }
  for (const line of content.split('\n')) {
    const ownSlot = kind === 'positions' && (line === '::left::' || line === '::right::')
    if (STRUCTURAL_LINE.test(line) && !ownSlot) problems.push(`a line Slidev reads as structure: ${line.slice(0, 80)}`)
  }
  return problems
}

function noteProblems(note: string): string[] {
  const problems: string[] = []
  for (const [name, pattern] of RAW_IN_NOTE) if (pattern.test(note)) problems.push(`${name}: ${excerpt(note, pattern)}`)
  for (const line of note.split('\n')) if (STRUCTURAL_LINE.test(line)) problems.push(`a line Slidev reads as structure: ${line.slice(0, 80)}`)
  return problems
}

function excerpt(text: string, pattern: RegExp): string {
  const index = text.search(pattern)
  return JSON.stringify(text.slice(Math.max(0, index - 30), index + 30))
}

/** A note as the presenter reads it: backslash escapes and entities undone, whitespace collapsed. */
export function noteAsText(note: string): string {
  return visibleText(note.replace(/\\(.)/g, '$1'))
}
