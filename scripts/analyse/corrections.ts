import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair } from 'yaml'
import { InputError } from '../errors.ts'
import type { Corrections, EventCorrection, EventStatus, PersonKind, RetitledSlide, SectionName, SideCorrection } from '../types.ts'

/** The key of the frontmatter block the analyst writes corrections in. */
export const CORRECTIONS_KEY = 'briefing'

export const SECTION_NAMES: readonly SectionName[] = ['standoff', 'demands', 'rejections', 'experts', 'next']
/** Where a paragraph left out of the deck is "put". */
export const OUT = 'out'
export const RETITLED_SLIDES: readonly RetitledSlide[] = ['summary', 'standoff', 'demands', 'rejections', 'positions', 'quote', 'experts', 'next', 'sources']
const PERSON_KINDS: readonly PersonKind[] = ['party', 'expert', 'other']
const EVENT_STATUSES: readonly EventStatus[] = ['past', 'upcoming']
const KEYS = ['sections', 'sides', 'people', 'events', 'quote', 'bottomLine', 'titles'] as const
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

/** No corrections: what a source without a `briefing:` block (or with an empty one) gives. */
export function noCorrections(): Corrections {
  return { sections: [], sides: null, people: [], events: [], quote: null, bottomLine: null, titles: [] }
}

/** Whether `corrections` asks for nothing. */
export function isEmpty(corrections: Corrections): boolean {
  return corrections.sections.length === 0 && corrections.sides === null && corrections.people.length === 0 && corrections.events.length === 0
    && corrections.quote === null && corrections.bottomLine === null && corrections.titles.length === 0
}

/**
 * Read the `briefing:` block of a source's frontmatter into corrections,
 * each with its file line. Only the shape is checked here (known keys,
 * section and kind names, paragraph numbers, calendar dates); whether a
 * paragraph, person or side exists is checked against the reading when the
 * corrections are applied.
 *
 * `yamlText` is the frontmatter between the `---` lines and `fenceLine` the
 * file line of the opening `---`. The YAML is known to parse (read checked it).
 */
export function readCorrections(yamlText: string, fenceLine: number, file: string): Corrections {
  const lineCounter = new LineCounter()
  const document = parseDocument(yamlText, { lineCounter })
  const corrections = noCorrections()
  const root = document.contents
  if (!isMap(root)) return corrections
  const block = root.items.find((pair) => keyOf(pair) === CORRECTIONS_KEY)
  if (!block || isNull(block.value)) return corrections
  const at: Where = new Where(file, fenceLine, lineCounter)
  const blockLine = at.line(block.key)
  if (!isMap(block.value)) at.fail(blockLine, `${CORRECTIONS_KEY}: must hold corrections as key: value lines (${KEYS.join(', ')}).`)
  for (const pair of block.value.items) {
    const key = keyOf(pair)
    const line = at.line(pair.key)
    const value = pair.value as Node | null
    if (isNull(value)) continue
    switch (key) {
      case 'sections':
        corrections.sections = mapping(value, line, at, 'sections: { 7: demands, 12: next }').map(([paragraphKey, sectionNode, itemLine]) => ({
          paragraph: paragraphNumber(paragraphKey, itemLine, at, 'sections: { 7: demands }'),
          section: oneOf(scalarText(sectionNode), [...SECTION_NAMES, OUT], itemLine, at, 'section'),
          line: itemLine,
        }))
        break
      case 'sides':
        corrections.sides = sidesOf(value, line, at)
        break
      case 'people':
        corrections.people = mapping(value, line, at, 'people: { "Jane Roe": { kind: expert } }').map(([nameKey, personNode, itemLine]) => personOf(nameKey, personNode, itemLine, at))
        break
      case 'events':
        corrections.events = sequence(value, line, at, 'events: [{ paragraph: 12, when: "on Thursday", place: Lindmark }]').map(([item, itemLine]) => eventOf(item, itemLine, at))
        break
      case 'quote':
        corrections.quote = { paragraph: scalarText(value) === 'none' ? null : paragraphNumber(value, line, at, 'quote: 9 (or quote: none)'), line }
        break
      case 'bottomLine':
        corrections.bottomLine = {
          paragraphs: sequence(value, line, at, 'bottomLine: [1, 6, 11]').map(([item, itemLine]) => paragraphNumber(item, itemLine, at, 'bottomLine: [1, 6, 11]')),
          line,
        }
        break
      case 'titles':
        corrections.titles = mapping(value, line, at, 'titles: { next: "The week ahead" }').map(([slideKey, titleNode, itemLine]) => ({
          slide: oneOf(scalarText(slideKey), RETITLED_SLIDES, itemLine, at, 'slide'),
          title: requiredText(titleNode, itemLine, at, 'a title', 'titles: { next: "The week ahead" }'),
          line: itemLine,
        }))
        break
      default:
        at.fail(line, `unknown correction "${key}" under ${CORRECTIONS_KEY}:. Write one of ${KEYS.join(', ')}${suggestion(key, KEYS)}.`)
    }
  }
  return corrections
}

/** Maps yaml's offsets to file lines and raises errors there. */
class Where {
  constructor(readonly file: string, readonly fenceLine: number, readonly lines: LineCounter) {}

  /** yaml counts lines from the first line after the opening `---`. */
  line(node: unknown): number {
    const range = (node as Node | null)?.range
    return this.fenceLine + (range ? this.lines.linePos(range[0]).line : 1)
  }

  fail(line: number, message: string): never {
    throw new InputError(`${this.file}:${line}: ${message}`, { file: this.file, line })
  }
}

function keyOf(pair: Pair): string {
  return isScalar(pair.key) ? String(pair.key.value) : ''
}

function isNull(node: unknown): boolean {
  return node === null || node === undefined || (isScalar(node) && node.value === null)
}

/** The entries of a YAML mapping, each with its key node, value and line. */
function mapping(node: Node | null, line: number, at: Where, example: string): Array<[Node, Node | null, number]> {
  if (!isMap(node)) at.fail(line, `expected key: value pairs here. Write it as ${example}.`)
  return node.items.map((pair) => [pair.key as Node, pair.value as Node | null, at.line(pair.key)])
}

function sequence(node: Node | null, line: number, at: Where, example: string): Array<[Node, number]> {
  if (!isSeq(node)) at.fail(line, `expected a list here. Write it as ${example}.`)
  return node.items.map((item) => [item as Node, at.line(item)])
}

function scalarText(node: unknown): string {
  return isScalar(node) && node.value !== null ? String(node.value).trim() : ''
}

function paragraphNumber(node: unknown, line: number, at: Where, example: string): number {
  const text = scalarText(node).replace(/^¶/, '')
  if (!/^\d+$/.test(text) || Number(text) < 1) at.fail(line, `"${scalarText(node)}" is not a paragraph number. Paragraphs are numbered from 1 (¶1, ¶2, … in \`briefdeck analyse\`): ${example}.`)
  return Number(text)
}

function oneOf<T extends string>(text: string, allowed: readonly T[], line: number, at: Where, what: string): T {
  if ((allowed as readonly string[]).includes(text)) return text as T
  return at.fail(line, `unknown ${what} "${text}". Write one of ${allowed.join(', ')}${suggestion(text, allowed)}.`)
}

function requiredText(node: unknown, line: number, at: Where, what: string, example: string): string {
  const text = scalarText(node).replace(/\s+/g, ' ')
  if (!text) at.fail(line, `${what} is missing here. Write it as ${example}.`)
  return text
}

function optionalText(node: unknown): string | null {
  return scalarText(node).replace(/\s+/g, ' ') || null
}

function sidesOf(node: Node | null, line: number, at: Where): Corrections['sides'] {
  const sides: NonNullable<Corrections['sides']> = { demands: null, responds: null }
  for (const [key, value, itemLine] of mapping(node, line, at, 'sides: { demands: Ostmark, responds: { name: Velland Republic, short: [Velland, VR] } }')) {
    const stance = oneOf(scalarText(key), ['demands', 'responds'] as const, itemLine, at, 'side')
    sides[stance] = sideOf(value, itemLine, at)
  }
  return sides
}

function sideOf(node: Node | null, line: number, at: Where): SideCorrection {
  const example = 'demands: { name: Velland Republic, short: [Velland, VR] }'
  if (!isMap(node)) return { name: requiredText(node, line, at, 'the side\'s name', example), short: null, line }
  const fields = new Map(mapping(node, line, at, example).map(([key, value, itemLine]) => [scalarText(key), { value, line: itemLine }]))
  for (const [key, field] of fields) if (key !== 'name' && key !== 'short') at.fail(field.line, `unknown field "${key}" of a side. A side takes name and short: ${example}.`)
  const short = fields.get('short')
  return {
    name: requiredText(fields.get('name')?.value, line, at, 'the side\'s name', example),
    short: short ? (isSeq(short.value) ? short.value.items.map((item) => requiredText(item, at.line(item), at, 'a short name', example)) : [requiredText(short.value, short.line, at, 'a short name', example)]) : null,
    line,
  }
}

function personOf(nameKey: Node, node: Node | null, line: number, at: Where): Corrections['people'][number] {
  const example = '"Jane Roe": { kind: expert } or "Jane Roe": { kind: party, side: Ostmark }'
  const name = requiredText(nameKey, line, at, 'the person\'s name', example)
  if (!isMap(node)) return { name, kind: oneOf(scalarText(node), PERSON_KINDS, line, at, 'kind of person'), side: null, line }
  const person: Corrections['people'][number] = { name, kind: null, side: null, line }
  for (const [key, value, itemLine] of mapping(node, line, at, example)) {
    const field = scalarText(key)
    if (field === 'kind') person.kind = oneOf(scalarText(value), PERSON_KINDS, itemLine, at, 'kind of person')
    else if (field === 'side') person.side = requiredText(value, itemLine, at, 'the side', example)
    else at.fail(itemLine, `unknown field "${field}" of a person. A person takes kind and side: ${example}.`)
  }
  if (person.side && person.kind && person.kind !== 'party') at.fail(line, `${name} is given a side but is kind ${person.kind}; only someone who speaks for a side (kind: party) has one. Drop side:, or write kind: party.`)
  if (person.side) person.kind = 'party'
  return person
}

function eventOf(node: Node | null, line: number, at: Where): EventCorrection {
  const example = '{ paragraph: 12, when: "on Thursday", place: Lindmark } to fix one, { paragraph: 1, when: "on Monday", drop: true } to drop one, { paragraph: 11, add: true, date: 2025-03-24, label: Mediated talks }'
  const fields = new Map(mapping(node, line, at, example).map(([key, value, itemLine]) => [scalarText(key), { value, line: itemLine }]))
  const known = ['paragraph', 'when', 'date', 'label', 'place', 'status', 'drop', 'add']
  for (const [key, field] of fields) if (!known.includes(key)) at.fail(field.line, `unknown field "${key}" of an event. An event takes ${known.join(', ')}${suggestion(key, known)}.`)
  const paragraph = fields.get('paragraph')
  if (!paragraph) at.fail(line, `an event needs the paragraph it is read from: ${example}.`)
  const flag = (key: string) => {
    const field = fields.get(key)
    if (!field) return false
    if (!isScalar(field.value) || typeof field.value.value !== 'boolean') at.fail(field.line, `${key}: takes true or false.`)
    return field.value.value
  }
  const drop = flag('drop')
  const add = flag('add')
  if (drop && add) at.fail(line, 'an event cannot be both dropped and added. Keep one of drop: true and add: true.')
  const date = fields.get('date')
  const dateText = date ? scalarText(date.value) : null
  if (date && !isCalendarDate(dateText ?? '')) at.fail(date.line, `"${dateText}" is not a calendar date. Write it as YYYY-MM-DD, e.g. date: 2022-01-13.`)
  const status = fields.get('status')
  const correction: EventCorrection = {
    action: drop ? 'drop' : add ? 'add' : 'fix',
    paragraph: paragraphNumber(paragraph.value, paragraph.line, at, example),
    when: optionalText(fields.get('when')?.value),
    date: dateText,
    label: optionalText(fields.get('label')?.value),
    place: optionalText(fields.get('place')?.value),
    status: status ? oneOf(scalarText(status.value), EVENT_STATUSES, status.line, at, 'status') : null,
    line,
  }
  if (correction.action === 'add' && !correction.label) at.fail(line, `an added event needs a label, what happens: { paragraph: ${correction.paragraph}, add: true, date: 2022-01-14, label: Talks resume }.`)
  if (correction.action === 'add' && !correction.date && !correction.when) at.fail(line, `an added event needs its date (date: YYYY-MM-DD) or, with no date known, when: as the article writes it ("next week").`)
  return correction
}

/** `YYYY-MM-DD` naming a day that exists (not 2025-02-30). */
export function isCalendarDate(text: string): boolean {
  if (!ISO_DATE.test(text)) return false
  const date = new Date(`${text}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text
}

/** ` (did you mean "demands"?)` for a near miss: a prefix, or one or two letters off. */
export function suggestion(text: string, allowed: readonly string[]): string {
  const lower = text.toLowerCase()
  const near = allowed.find((word) => word.toLowerCase().startsWith(lower) || lower.startsWith(word.toLowerCase()))
    ?? allowed.find((word) => editDistance(word.toLowerCase(), lower) <= 2)
  return near && lower ? ` (did you mean "${near}"?)` : ''
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index)
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i]
    for (let j = 1; j <= b.length; j += 1) current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1))
    previous = current
  }
  return previous[b.length] ?? 0
}
