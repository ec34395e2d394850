import type { Briefing, Bullet, NoteSource, PersonCard, Slide, TimelineEntry } from '../types.ts'
import { longDate } from './compose.ts'

/**
 * Render the briefing as Slidev markdown.
 *
 * This is the one place that knows Slidev's syntax, and so the one place
 * that escapes article text. Slidev compiles every slide as a Vue template
 * and splits slides at any line that starts with `---`, so article text is
 * only ever written:
 * - inside raw HTML blocks wrapped in `v-pre` (no Vue interpolation), with
 *   `& < > " ' { } $` as entities and never at the start of a line;
 * - in frontmatter as JSON strings (valid YAML);
 * - in the speaker notes (an HTML comment rendered as markdown in presenter
 *   view) with HTML and markdown syntax escaped, so `-->` cannot end the note.
 */
export function renderDeck(briefing: Briefing, options: { headmatter?: Record<string, string> } = {}): string {
  return `${briefing.slides.map((slide, index) => renderSlide(slide, index === 0 ? options.headmatter ?? {} : null)).join('\n')}`
}

function renderSlide(slide: Slide, headmatter: Record<string, string> | null): string {
  const frontmatter = [...(headmatter ? headmatterLines(slide, headmatter) : []), ...slideFrontmatter(slide)]
  return [`---`, ...frontmatter, `---`, '', bodyOf(slide), '', notesOf(slide), ''].join('\n')
}

function headmatterLines(slide: Slide, extra: Record<string, string>): string[] {
  return [
    'theme: default',
    `title: ${yamlString(frontmatterTitle(slide.title))}`,
    // Fonts come from @fontsource packages (slides/style.css); no Google Fonts, no CDN favicon.
    'fonts:',
    '  sans: Inter',
    '  mono: JetBrains Mono',
    '  provider: none',
    'favicon: false',
    'transition: none',
    'mdc: false',
    'drawings:',
    '  enabled: false',
    ...Object.entries(extra).map(([key, value]) => `${key}: ${yamlString(value)}`),
  ]
}

/** The theme layout each kind of slide is designed for. */
export const LAYOUTS: Record<Slide['kind'], string> = {
  cover: 'cover',
  summary: 'default',
  standoff: 'default',
  demands: 'default',
  rejections: 'default',
  positions: 'two-cols-header',
  quote: 'quote',
  experts: 'default',
  next: 'default',
  sources: 'default',
}

function slideFrontmatter(slide: Slide): string[] {
  const lines = [`layout: ${LAYOUTS[slide.kind]}`, `class: bd-slide bd-${slide.kind}`]
  if (slide.kind !== 'cover') lines.unshift(`title: ${yamlString(frontmatterTitle(slide.title))}`)
  return lines
}

function bodyOf(slide: Slide): string {
  switch (slide.kind) {
    case 'cover':
      // Long headlines step down a size or two so the cover never overflows.
      return verbatim(`bd-cover${titleSizeClass(slide.title)}`, [
        `<h1>${html(slide.title)}</h1>`,
        slide.subtitle ? `<p class="bd-dek">${html(slide.subtitle)}</p>` : '',
        `<p class="bd-byline">${slide.facts.map((fact) => `<span>${html(fact.value)}</span>`).join('<span class="bd-sep"> · </span>')}</p>`,
      ])
    case 'positions':
      return [
        verbatim('bd-heading', [`<h1>${html(slide.title)}</h1>`]),
        ...slide.columns.flatMap((column, index) => [
          '',
          index === 0 ? '::left::' : '::right::',
          '',
          verbatim(`bd-column bd-column-${index === 0 ? 'a' : 'b'}`, [`<h2>${html(column.party)}</h2>`, bulletList(column.bullets)]),
        ]),
      ].join('\n')
    case 'quote': {
      const [quote] = slide.bullets
      const [person] = slide.people
      return verbatim('bd-pullquote', [
        `<p class="bd-quote-label">${html(slide.title)}</p>`,
        `<blockquote><p>“${html(quote?.text ?? '')}”</p></blockquote>`,
        `<p class="bd-attribution">${html(person?.name ?? '')}${person?.role ? `<span class="bd-role">, ${html(person.role)}</span>` : ''}${quote ? ` ${cite(quote.paragraph)}` : ''}</p>`,
      ])
    }
    case 'next':
      return [verbatim('bd-heading', [`<h1>${html(slide.title)}</h1>`]), wrapped('Timeline', 'bd-timeline', slide.timeline.map(timelineItem))].join('\n')
    case 'sources':
      return verbatim('bd-sources', [
        `<h1>${html(slide.title)}</h1>`,
        `<dl>${slide.facts.map((fact) => `<dt>${html(fact.label)}</dt><dd>${html(fact.value)}</dd>`).join('')}</dl>`,
      ])
    default:
      return [
        verbatim('bd-heading', [`<h1>${html(slide.title)}</h1>`, slide.subtitle ? `<p class="bd-subtitle">${html(slide.subtitle)}</p>` : '']),
        slide.people.length > 0 ? wrapped('PeopleCards', 'bd-people', slide.people.map(personCard)) : '',
        verbatim('bd-body', [bulletList(slide.bullets)]),
      ].filter(Boolean).join('\n')
  }
}

function titleSizeClass(title: string): string {
  if (title.length > 110) return ' bd-title-longest'
  if (title.length > 70) return ' bd-title-long'
  return ''
}

/** An HTML block Vue will not compile: article text inside it stays text. */
function verbatim(className: string, lines: string[]): string {
  return [`<div v-pre class="${className}">`, ...lines.filter(Boolean), `</div>`].join('\n')
}

/** A component from slides/components around a verbatim block. */
function wrapped(component: string, className: string, lines: string[]): string {
  return [`<${component}>`, verbatim(className, lines), `</${component}>`].join('\n')
}

function bulletList(bullets: Bullet[]): string {
  if (bullets.length === 0) return ''
  return [
    '<ul class="bd-bullets">',
    ...bullets.map((bullet) => `<li><span class="bd-text">${html(asBullet(bullet.text))}</span>${bullet.speaker ? ` <span class="bd-speaker">${html(bullet.speaker)}</span>` : ''} ${cite(bullet.paragraph)}</li>`),
    '</ul>',
  ].join('\n')
}

/**
 * A bullet opens with a capital, as a slide's line does: a reported statement
 * cut after "she said that" begins "the council should …" in the article. Only
 * a first word written all in lower case is changed ("iPhone", "eBay" keep
 * theirs); the briefing keeps the article's words as they are, and the notes
 * carry the whole sentence.
 */
export function asBullet(text: string): string {
  return /^[a-z]+(?:['’-][a-z]+)*\b/.test(text) ? `${text.charAt(0).toUpperCase()}${text.slice(1)}` : text
}

function personCard(person: PersonCard): string {
  return `<div class="bd-person${person.tone ? ` bd-person-${person.tone}` : ''}"><div class="bd-person-side">${html(person.side ?? '')}</div><div class="bd-person-name">${html(person.name)}</div><div class="bd-person-role">${html(person.role ?? '')}</div></div>`
}

function timelineItem(entry: TimelineEntry): string {
  const date = entry.date ? longDate(entry.date) : entry.when
  const expectations = entry.expectations.length > 0
    ? `<ul class="bd-expectations">${entry.expectations.map((item) => `<li>${html(item.text)}${item.speaker ? ` <span class="bd-speaker">${html(item.speaker)}</span>` : ''} ${cite(item.paragraph)}</li>`).join('')}</ul>`
    : ''
  return `<div class="bd-event bd-${entry.status}"><div class="bd-event-date">${html(date)}</div><div class="bd-event-status">${entry.status}</div><div class="bd-event-what">${html(entry.what)}${entry.place ? `<span class="bd-event-place"> · ${html(entry.place)}</span>` : ''} ${cite(entry.paragraph)}</div>${expectations}</div>`
}

function cite(paragraph: number): string {
  return `<span class="bd-cite" data-paragraph="${paragraph}">¶${paragraph}</span>`
}

/** Speaker notes: the lead, then every source sentence with who said it and where. */
function notesOf(slide: Slide): string {
  const lines = [noteText(slide.lead), ...slide.sources.map(noteSource)]
  return ['<!--', lines.filter(Boolean).join('\n\n'), '-->'].join('\n')
}

function noteSource(source: NoteSource): string {
  const who = source.speaker ? `${noteText(source.speaker)}: ` : ''
  return `¶${source.paragraph} — ${who}${noteText(source.text)}`
}

const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '{': '&#123;', '}': '&#125;', $: '&#36;',
}

/** Article text for an HTML block: entities for everything HTML, Vue or KaTeX could read. */
export function html(text: string): string {
  return text.replace(/[&<>"'{}$]/g, (char) => HTML_ENTITIES[char] as string).replace(/\s+/g, ' ')
}

/**
 * Article text for a note: notes are markdown with raw HTML, inside an HTML
 * comment. Entities stop HTML, the comment's end (`-->`) and mustaches;
 * backslashes stop markdown emphasis, links, code and headings.
 */
export function noteText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/[\\`*_[\]#|~!:]/g, (char) => `\\${char}`)
    .replace(/[&<>{}$]/g, (char) => HTML_ENTITIES[char] as string)
}

/**
 * A title for frontmatter. Slidev renders `title:` through its own markdown
 * and Vue compiler (the Go-to dialog, the table of contents) with no way to
 * mark it verbatim, so the characters that could make it code or markup are
 * left out there. The slide itself shows the title exactly, in a v-pre block.
 */
export function frontmatterTitle(title: string): string {
  return title.replace(/[{}<>$`\\*_[\]|~]/g, '').replace(/\s+/g, ' ').trim() || 'Untitled'
}

/**
 * A YAML double-quoted string. Slidev's parser ends a frontmatter block at
 * any `---`, even inside a quoted value, so runs of hyphens are written as
 * the YAML escape `\u002d`, which YAML reads back as "-".
 */
function yamlString(text: string): string {
  return JSON.stringify(text.replace(/\s+/g, ' ')).replace(/-(?=-)/g, '\\u002d')
}
