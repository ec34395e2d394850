import { parseSync } from '@slidev/parser/core'
import { describe, expect, it } from 'vitest'
import { asBullet, frontmatterTitle, html, noteText, renderDeck } from '../../scripts/deck/render.ts'
import type { Briefing, Slide } from '../../scripts/types.ts'

/** Article text that Vue, HTML, KaTeX, Slidev's slide splitter or an HTML comment would each read as syntax. */
const HOSTILE = [
  'Total {{ 1+1 }} tonnes',
  '<script>alert(1)</script>',
  '<img src=x onerror=x>',
  'costs $x$ a tonne',
  'the note ends --> here',
  '---',
  '--- layout: cover',
  '<!-- a comment -->',
  'a & b "quoted" \'single\'',
].join('\n')

/** Hostile text without `---`, for fields Slidev reads from YAML frontmatter. */
const HOSTILE_TITLE = 'Tariffs {{ 1+1 }} <script>alert(1)</script> <img src=x onerror=x> $x$ --> & "q"'

const RAW_FORMS = ['{{', '}}', '<script>', '<img', '$x$', '-->', '<!--']

function slide(kind: Slide['kind'], title: string, extra: Partial<Slide> = {}): Slide {
  return {
    kind, title, subtitle: null, bullets: [], columns: [], people: [], timeline: [], facts: [],
    lead: HOSTILE, sources: [{ paragraph: 1, speaker: HOSTILE, text: HOSTILE }],
    ...extra,
  }
}

/** A briefing with every kind of slide and hostile article text in every field that carries it. */
function hostileBriefing(title: string): Briefing {
  const bullet = (paragraph: number) => ({ text: HOSTILE, paragraph, speaker: HOSTILE })
  return {
    title,
    slides: [
      slide('cover', title, { subtitle: title, facts: [{ label: 'outlet', value: HOSTILE }, { label: 'byline', value: HOSTILE }] }),
      slide('summary', 'Bottom line', { bullets: [bullet(1), { text: HOSTILE, paragraph: 2, speaker: null }] }),
      slide('standoff', title, { subtitle: title, people: [{ name: HOSTILE, role: HOSTILE, side: HOSTILE, tone: 'a' }], bullets: [bullet(3)] }),
      slide('demands', title, { bullets: [bullet(4)] }),
      slide('rejections', title, { bullets: [bullet(5)] }),
      slide('positions', 'The two positions', { columns: [{ party: HOSTILE, bullets: [bullet(6)] }, { party: HOSTILE, bullets: [bullet(7)] }] }),
      slide('quote', 'In their words', { bullets: [bullet(8)], people: [{ name: HOSTILE, role: HOSTILE, side: null, tone: null }] }),
      slide('experts', 'Expert views', { people: [{ name: HOSTILE, role: HOSTILE, side: null, tone: null }], bullets: [bullet(9)] }),
      slide('next', "What's next", {
        timeline: [
          { date: '2025-06-16', when: 'on Monday', place: HOSTILE, what: HOSTILE, status: 'upcoming', paragraph: 10, expectations: [bullet(10)] },
          { date: null, when: HOSTILE, place: null, what: HOSTILE, status: 'past', paragraph: 11, expectations: [] },
        ],
      }),
      slide('sources', 'Sources', { facts: [{ label: HOSTILE, value: HOSTILE }] }),
    ],
  }
}

interface RenderedSlide {
  frontmatter: string[]
  body: string
  notes: string
}

/** Split a rendered deck the way the generator lays it out: `---`, frontmatter, `---`, body, `<!--` notes `-->`. */
function splitDeck(deck: string): RenderedSlide[] {
  const lines = deck.split('\n')
  const slides: RenderedSlide[] = []
  let index = 0
  while (index < lines.length) {
    if (lines[index] !== '---') throw new Error(`line ${index + 1} should open a slide: ${lines[index]}`)
    const close = lines.indexOf('---', index + 1)
    const next = lines.indexOf('---', close + 1)
    const end = next === -1 ? lines.length : next
    const content = lines.slice(close + 1, end)
    const noteStart = content.lastIndexOf('<!--')
    const noteEnd = content.lastIndexOf('-->')
    slides.push({
      frontmatter: lines.slice(index + 1, close),
      body: content.slice(0, noteStart).join('\n'),
      notes: content.slice(noteStart + 1, noteEnd).join('\n'),
    })
    index = end
  }
  return slides
}

describe('renderDeck: article text never becomes syntax', () => {
  const briefing = hostileBriefing(HOSTILE)
  const deck = renderDeck(briefing)
  const rendered = splitDeck(deck)

  it('starts a line with `---` only for its own slide separators: two per slide', () => {
    const separators = deck.split('\n').filter((line) => line.startsWith('---'))
    expect(separators.length).toBe(briefing.slides.length * 2)
    expect(separators.every((line) => line === '---')).toBe(true)
    expect(rendered).toHaveLength(briefing.slides.length)
  })

  it.each(RAW_FORMS)('never writes %s raw in a slide body or its notes', (raw) => {
    for (const [index, { body, notes }] of rendered.entries()) {
      expect(body, `slide ${index + 1} body`).not.toContain(raw)
      expect(notes, `slide ${index + 1} notes`).not.toContain(raw)
    }
  })

  it('writes the escaped forms in the body instead: entities for { } < > $ & " \'', () => {
    const summary = rendered[1]?.body ?? ''
    expect(summary).toContain('Total &#123;&#123; 1+1 &#125;&#125; tonnes')
    expect(summary).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(summary).toContain('&lt;img src=x onerror=x&gt;')
    expect(summary).toContain('costs &#36;x&#36; a tonne')
    expect(summary).toContain('ends --&gt; here')
    expect(summary).toContain('&lt;!-- a comment --&gt;')
    expect(summary).toContain('a &amp; b &quot;quoted&quot; &#39;single&#39;')
  })

  it('writes the escaped forms in the notes instead, so `-->` cannot end the note', () => {
    const notes = rendered[1]?.notes ?? ''
    expect(notes).toContain('Total &#123;&#123; 1+1 &#125;&#125; tonnes')
    expect(notes).toContain('&lt;script&gt;')
    expect(notes).toContain('&#36;x&#36;')
    expect(notes).toContain('ends --&gt; here')
    expect(notes).toContain('&lt;\\!-- a comment --&gt;')
  })

  it('keeps a `---` line of article text inside a line of text, never at its start', () => {
    for (const { body, notes } of rendered) {
      for (const line of [...body.split('\n'), ...notes.split('\n')]) expect(line.startsWith('---')).toBe(false)
    }
    expect(rendered[1]?.body).toContain('tonnes &lt;script&gt;')
  })

  it('wraps every block of article text in `v-pre`, so Vue does not compile it', () => {
    for (const { body } of rendered) {
      const blocks = body.match(/<div[^>]*class="bd-[^"]*"[^>]*>/g) ?? []
      const outer = blocks.filter((tag) => !/bd-(?:person|event)/.test(tag))
      expect(outer.length).toBeGreaterThan(0)
      for (const tag of outer) expect(tag).toContain('v-pre')
    }
  })

  it('writes titles into the frontmatter as JSON strings on one line', () => {
    const title = rendered[2]?.frontmatter.find((line) => line.startsWith('title: ')) ?? ''
    expect(JSON.parse(title.slice('title: '.length))).toBe(frontmatterTitle(HOSTILE))
  })
})

describe('renderDeck: read back by Slidev\'s own parser', () => {
  const briefing = hostileBriefing(HOSTILE_TITLE)
  const deck = renderDeck(briefing, { headmatter: { exportFilename: 'port-strike' } })
  const parsed = parseSync(deck, 'slides.md')

  it('gives exactly the briefing\'s slides, with their titles', () => {
    expect(parsed.slides.map((item) => item.title)).toEqual(briefing.slides.map((item) => frontmatterTitle(item.title)))
  })

  it('keeps each slide\'s layout and class', () => {
    expect(parsed.slides.map((item) => item.frontmatter.layout)).toEqual(['cover', 'default', 'default', 'default', 'default', 'two-cols-header', 'quote', 'default', 'default', 'default'])
    for (const [index, item] of parsed.slides.entries()) expect(item.frontmatter.class).toBe(`bd-slide bd-${briefing.slides[index]?.kind}`)
  })

  it('finds the speaker notes of every slide, holding the escaped lead and sources', () => {
    for (const item of parsed.slides) {
      expect(item.note).toBeDefined()
      expect(item.note).toContain('¶1 — ')
      for (const raw of RAW_FORMS) expect(item.note).not.toContain(raw)
    }
  })

  it('leaves no raw article syntax in any slide\'s content', () => {
    for (const item of parsed.slides) for (const raw of RAW_FORMS) expect(item.content).not.toContain(raw)
  })

  it('puts the headmatter (theme, offline fonts, extra keys) on the first slide only', () => {
    expect(parsed.slides[0]?.frontmatter).toMatchObject({ theme: 'default', title: frontmatterTitle(HOSTILE_TITLE), mdc: false, exportFilename: 'port-strike', fonts: { provider: 'none' } })
    for (const item of parsed.slides.slice(1)) expect(item.frontmatter.theme).toBeUndefined()
  })
})

describe('renderDeck: slide content', () => {
  it('cites the paragraph of every bullet and shows the speaker beside, not inside, the text', () => {
    const deck = renderDeck({ title: 't', slides: [slide('demands', 'Demands', { lead: 'Lead.', sources: [], bullets: [{ text: 'Wants 9 percent.', paragraph: 4, speaker: 'Sven Dahl' }] })] })
    expect(deck).toContain('<li><span class="bd-text">Wants 9 percent.</span> <span class="bd-speaker">Sven Dahl</span> <span class="bd-cite" data-paragraph="4">¶4</span></li>')
  })

  it('gives a side\'s card its side\'s colour class and a card of no side none', () => {
    const people = [{ name: 'Sven Dahl', role: 'envoy', side: 'Ostmark', tone: 'b' as const }, { name: 'Ada Roe', role: 'analyst', side: null, tone: null }]
    const deck = renderDeck({ title: 't', slides: [slide('standoff', 'The standoff', { lead: 'Lead.', sources: [], people })] })
    expect(deck).toContain('<div class="bd-person bd-person-b"><div class="bd-person-side">Ostmark</div><div class="bd-person-name">Sven Dahl</div>')
    expect(deck).toContain('<div class="bd-person"><div class="bd-person-side"></div><div class="bd-person-name">Ada Roe</div>')
  })

  it('writes a dated timeline entry with its long date and an undated one with its phrase', () => {
    const deck = renderDeck({ title: 't', slides: [slide('next', 'Next', {
      lead: 'Lead.', sources: [],
      timeline: [
        { date: '2025-06-16', when: 'on Monday', place: 'Reykjavik', what: 'Talks', status: 'upcoming', paragraph: 5, expectations: [] },
        { date: null, when: 'next week', place: null, what: 'Vote', status: 'upcoming', paragraph: 6, expectations: [] },
      ],
    })] })
    expect(deck).toContain('<div class="bd-event-date">Monday 16 June 2025</div>')
    expect(deck).toContain('<div class="bd-event-date">next week</div>')
    expect(deck).toContain('Talks<span class="bd-event-place"> · Reykjavik</span>')
  })

  it('writes the notes as the lead, then each source with paragraph and speaker', () => {
    const deck = renderDeck({ title: 't', slides: [slide('summary', 'Bottom line', { lead: 'The bottom line.', sources: [{ paragraph: 2, speaker: 'Mara Quist', text: 'We strike.' }, { paragraph: 3, speaker: null, text: 'Ports shut.' }] })] })
    expect(deck).toContain('<!--\nThe bottom line.\n\n¶2 — Mara Quist: We strike.\n\n¶3 — Ports shut.\n-->')
  })

  it('renders nothing for a briefing with no slides', () => {
    expect(renderDeck({ title: 't', slides: [] })).toBe('')
  })
})

describe('html', () => {
  it('turns every character HTML, Vue or KaTeX reads into an entity', () => {
    expect(html(`& < > " ' { } $`)).toBe('&amp; &lt; &gt; &quot; &#39; &#123; &#125; &#36;')
  })

  it('escapes & first, so entities in the text stay text', () => {
    expect(html('&lt;')).toBe('&amp;lt;')
  })

  it('collapses newlines and runs of space to one space', () => {
    expect(html('a\n---\n  b')).toBe('a --- b')
  })
})

describe('noteText', () => {
  it('escapes markdown emphasis, links, code, headings, tables and strike-through with backslashes', () => {
    expect(noteText('*a* _b_ [c](d) `e` # f | g ~h~ !i :j \\k')).toBe('\\*a\\* \\_b\\_ \\[c\\](d) \\`e\\` \\# f \\| g \\~h\\~ \\!i \\:j \\\\k')
  })

  it('turns < > { } $ & into entities, so neither HTML, a mustache nor the comment end survives', () => {
    expect(noteText('<b> {{ x }} $y$ & -->')).toBe('&lt;b&gt; &#123;&#123; x &#125;&#125; &#36;y&#36; &amp; --&gt;')
  })

  it('collapses newlines so a `---` line cannot start a new slide', () => {
    expect(noteText('end\n---\nnext')).toBe('end --- next')
  })
})

describe('renderDeck: hyphen runs in frontmatter values', () => {
  it('keeps a title holding "---" inside its frontmatter, so the headmatter and v-pre survive', async () => {
    const { buildDeck } = await import('../../scripts/build.ts')
    const { parseSync } = await import('@slidev/parser/core')
    const source = '---\ntitle: "Pay talks --- {{ 1+1 }} <b>x</b>"\ndate: 2024-01-01\n---\n\nThe union said it would strike on Monday. The company rejected the demand.\n'
    const parsed = parseSync(buildDeck(source, 'hostile.md').deck, 'slides.md')
    expect(parsed.slides[0]?.frontmatter.title).toBe('Pay talks --- 1+1 bx/b')
    expect(parsed.slides[0]?.frontmatter.theme).toBe('default')
    expect(parsed.slides[0]?.content).not.toContain('{{ 1+1 }}')
  })
})

describe('frontmatterTitle', () => {
  it('leaves out what Slidev\'s title renderer would compile or mark up, and keeps the words', () => {
    expect(frontmatterTitle('Talks {{ Object.constructor(1)() }} <script>x</script> $5 `code` *bold* [link]')).toBe('Talks Object.constructor(1)() scriptx/script 5 code bold link')
  })

  it('never gives an empty title', () => {
    expect(frontmatterTitle('{{}} <>')).toBe('Untitled')
  })
})

describe('asBullet', () => {
  it('opens a reported statement cut from its lead-in with a capital', () => {
    expect(asBullet('the council should release the reserve funds.')).toBe('The council should release the reserve funds.')
    expect(asBullet("she'd sign only after a vote.")).toBe("She'd sign only after a vote.")
  })

  it('leaves a word written with a capital inside, a capital, a number or a quotation as it is', () => {
    for (const text of ['iPhone sales fell.', 'eBay raised its offer.', 'The union agreed.', '40 drivers walked out.', '“no deal” was the answer.', 'x86 chips ship late.']) expect(asBullet(text)).toBe(text)
  })
})
