/**
 * How the paste reader finds the article in a page: one behaviour per test,
 * on small pages built around the same three paragraphs.
 */
import { describe, expect, it } from 'vitest'
import { articleFromPaste } from '../../scripts/import/paste.ts'

const BODY = [
  'Negotiators from the two countries met for a third day in Geneva on Wednesday without agreeing on a ceasefire line, officials from both delegations said after the session.',
  'The mediators said they would present a new draft on Thursday, and that both sides had agreed to keep the contents of the talks confidential until then.',
  '"We are closer than we were on Monday, but we are not there yet," one of the mediators told reporters outside the venue.',
]

function page(...lines: string[]): string {
  return lines.join('\n\n')
}

function paragraphsOf(text: string): string[] {
  return articleFromPaste(text, 'page.txt').body.flatMap((block) => (block.kind === 'paragraph' ? [block.text] : []))
}

describe('finding the title and dek', () => {
  it('takes the headline nearest the body, not the menus above it', () => {
    const article = articleFromPaste(page('Home', 'World Europe Business Opinion', 'Europe', 'Ceasefire talks stall for a third day in Geneva', 'By Lena Park', ...BODY), 'page.txt')
    expect(article.title).toBe('Ceasefire talks stall for a third day in Geneva')
    expect(article.dek).toBeUndefined()
  })

  it('takes the longer line under the title as the dek', () => {
    const article = articleFromPaste(page('Ceasefire talks stall', 'Mediators will table a new draft on Thursday as both sides dig in over the line of contact', 'By Lena Park', ...BODY), 'page.txt')
    expect(article.title).toBe('Ceasefire talks stall')
    expect(article.dek).toBe('Mediators will table a new draft on Thursday as both sides dig in over the line of contact')
  })

  it('keeps a dek written as sentences out of the body when a byline follows it', () => {
    const dek = 'Mediators will table a new draft on Thursday. Both sides say they are digging in over the line of contact.'
    const article = articleFromPaste(page('Ceasefire talks stall in Geneva', dek, 'By Lena Park | 12 January 2022', ...BODY), 'page.txt')
    expect(article.dek).toBe(dek)
    expect(paragraphsOf(page('Ceasefire talks stall in Geneva', dek, 'By Lena Park | 12 January 2022', ...BODY))).toEqual(BODY)
  })

  it('reads a name without "By" as the byline when a date line follows it', () => {
    const article = articleFromPaste(page('Ceasefire talks stall in Geneva', 'Hannah Moreau in Geneva', 'Wed 12 Jan 2022 18.53 GMT', ...BODY), 'page.txt')
    expect(article).toMatchObject({ title: 'Ceasefire talks stall in Geneva', author: 'Hannah Moreau', place: 'Geneva', date: '2022-01-12' })
  })

  it('finds byline and date below the title, and prefers the publication date to the update', () => {
    const article = articleFromPaste(page('Ceasefire talks stall in Geneva', 'By Lena Park and Tom Ruiz', 'Updated 13 January 2022', 'Published 12 January 2022', ...BODY), 'page.txt')
    expect(article).toMatchObject({ author: 'Lena Park and Tom Ruiz', date: '2022-01-12' })
  })
})

describe('finding the body', () => {
  it('keeps subheads inside the body as subheads', () => {
    const article = articleFromPaste(page('Ceasefire talks stall in Geneva', BODY[0] ?? '', 'A new draft', BODY[1] ?? '', 'What happens next?', BODY[2] ?? ''), 'page.txt')
    expect(article.body.map((block) => block.kind)).toEqual(['paragraph', 'subhead', 'paragraph', 'subhead', 'paragraph'])
  })

  it('drops "Advertisement" breaks and "Read more" links set into the body', () => {
    const text = page('Ceasefire talks stall in Geneva', BODY[0] ?? '', 'Advertisement', 'READ MORE: Mediators fly in for a new round', BODY[1] ?? '', 'Read more', 'Who are the mediators?\nTimeline of the talks', BODY[2] ?? '')
    expect(paragraphsOf(text)).toEqual(BODY)
    expect(articleFromPaste(text, 'page.txt').body.every((block) => block.kind === 'paragraph')).toBe(true)
  })

  it('drops a newsletter box between its opener and its button', () => {
    const box = 'Sign up for our daily briefing newsletter\nThe day\'s top stories from around the world, every morning in your inbox.\nEnter your email\nSign up\nBy signing up you agree to our Privacy Policy.'
    expect(paragraphsOf(page('Ceasefire talks stall in Geneva', BODY[0] ?? '', box, BODY[1] ?? '', BODY[2] ?? ''))).toEqual(BODY)
  })

  it('does not let a menu\'s sign-up link swallow the headline under it', () => {
    const header = 'Newsletters\nSign up for our newsletters\nPolitics\nCeasefire talks stall for a third day in Geneva\nSign in\nSubscribe'
    const article = articleFromPaste(page(header, 'By Lena Park', ...BODY), 'page.txt')
    expect(article.title).toBe('Ceasefire talks stall for a third day in Geneva')
  })

  it('keeps a paragraph that mentions a privacy policy when no sign-up box is open', () => {
    const paragraph = 'The mediators said the draft would include a privacy policy for the names of detainees to be exchanged.'
    expect(paragraphsOf(page('Ceasefire talks stall in Geneva', BODY[0] ?? '', paragraph, BODY[1] ?? '', BODY[2] ?? ''))).toContain(paragraph)
  })

  it('stops at the comments, however much the readers wrote', () => {
    const comment = 'I have followed these talks from the start and I do not believe either side wants a deal before the spring, whatever the mediators say in public about progress.'
    const text = page('Ceasefire talks stall in Geneva', ...BODY, '2 Comments', 'reader_one', comment, 'Reply', 'reader_two', comment, comment, comment, comment)
    expect(paragraphsOf(text)).toEqual(BODY)
  })

  it('ends the body at the contributors line and puts the names in the frontmatter', () => {
    const article = articleFromPaste(page('Ceasefire talks stall in Geneva', ...BODY, 'Lena Park in Kyiv and Agencies contributed to this story.', 'Our principles: The Wire Trust Standards.'), 'page.txt')
    expect(article.contributors).toEqual(['Lena Park', 'Agencies'])
    expect(paragraphsOf(page('Ceasefire talks stall in Geneva', ...BODY, 'Agencies contributed to this story.', 'Our principles: The Wire Trust Standards.'))).toEqual(BODY)
  })

  it('keeps a last paragraph too short to be prose on its own', () => {
    expect(paragraphsOf(page('Ceasefire talks stall in Geneva', ...BODY, '"No," he said.', 'Most read', 'Another story headline here'))).toEqual([...BODY, '"No," he said.'])
  })

  it('takes the longest run of text when the page has several', () => {
    const teaser = 'A short teaser for another story about trade talks that ran on the same page.'
    expect(paragraphsOf(page(teaser, 'More headlines', 'Other headline one', 'Other headline two', 'Ceasefire talks stall in Geneva', ...BODY))).toEqual(BODY)
  })

  it('reads Windows line ends and non-breaking-space lines as ordinary breaks', () => {
    const text = ['Ceasefire talks stall in Geneva', '\u00a0', ...BODY.flatMap((paragraph) => [paragraph, '\u00a0'])].join('\r\n')
    expect(paragraphsOf(text)).toEqual(BODY)
  })
})

describe('photos', () => {
  it('pairs a caption with the credit line under it, above or below the body', () => {
    const caption = 'Delegates arrive for the talks in Geneva on Wednesday.'
    const above = articleFromPaste(page('Ceasefire talks stall in Geneva', caption, 'Photograph: Anna Weber/Wire', 'By Lena Park', ...BODY), 'page.txt')
    expect(above.photo).toEqual({ caption, credit: 'Anna Weber/Wire' })
    expect(above.title).toBe('Ceasefire talks stall in Geneva')
    const below = articleFromPaste(page('Ceasefire talks stall in Geneva', ...BODY, `${caption} ANNA WEBER/WIRE`), 'page.txt')
    expect(below.photo).toEqual({ caption, credit: 'ANNA WEBER/WIRE' })
    expect(paragraphsOf(page('Ceasefire talks stall in Geneva', ...BODY, `${caption} ANNA WEBER/WIRE`))).toEqual(BODY)
  })

  it('ignores captions of other stories after the end of the article', () => {
    const article = articleFromPaste(page('Ceasefire talks stall in Geneva', ...BODY, 'Most viewed', 'A minister leaves a meeting in Rome. Photo: Other Wire'), 'page.txt')
    expect(article.photo).toBeUndefined()
  })
})

describe('pastes in Chinese and Japanese', () => {
  // Our own text: sentences end in 。！？ with no space after them.
  const JAPANESE = [
    '湖畔の町で行われた停戦交渉は三日目も合意に至らず、両国の代表団は水曜日の会合の後、境界線をめぐる溝が埋まっていないと述べた。',
    '仲介役は木曜日に新たな草案を示すと説明し、双方はそれまで協議の内容を公表しないことで一致したという。',
    '「月曜日よりは近づいたが、まだ合意には遠い」と仲介役の一人は会場の外で記者団に語った。',
  ]
  const CHINESE = [
    '两国代表团周三在湖畔小镇举行的停火谈判连续第三天未能达成协议，双方官员在会后表示分界线问题仍存分歧。',
    '调解人表示将于周四提交新的草案，双方同意在此之前不公开谈判内容。',
    '一名调解人在会场外对记者说：“我们比周一更接近了，但还没有到达终点！”',
  ]

  it('reads a Japanese paste as an article, each paragraph kept whole', () => {
    const article = articleFromPaste(page('ニュース', '停戦交渉、三日目も合意に至らず', ...JAPANESE), 'page.txt')
    expect(article.title).toBe('停戦交渉、三日目も合意に至らず')
    expect(article.body).toEqual(JAPANESE.map((text) => ({ kind: 'paragraph', text })))
  })

  it('reads a Chinese paste as an article', () => {
    const article = articleFromPaste(page('停火谈判连续第三天未能达成协议', ...CHINESE), 'page.txt')
    expect(article.title).toBe('停火谈判连续第三天未能达成协议')
    expect(article.body.map((block) => block.text)).toEqual(CHINESE)
  })
})

describe('hard-wrapped pastes', () => {
  const WRAPPED = [
    'Negotiators from the two countries met for a third day in Geneva on',
    'Wednesday without agreeing on a ceasefire line, officials from both',
    'delegations said after the session.',
    '',
    'The mediators said they would present a new draft on Thursday, and that',
    'both sides had agreed to keep the contents of the talks confidential',
    'until then.',
    '',
    '"We are closer than we were on Monday, but we are not there yet," one of',
    'the mediators told reporters outside the venue.',
  ]

  it('joins the lines of each paragraph, and keeps the blank lines as paragraph breaks', () => {
    const text = ['Ceasefire talks stall for a third day in Geneva', 'By Lena Park', '', ...WRAPPED].join('\n')
    const article = articleFromPaste(text, 'page.txt')
    expect(article.title).toBe('Ceasefire talks stall for a third day in Geneva')
    expect(article.author).toBe('Lena Park')
    expect(paragraphsOf(text)).toEqual(BODY)
  })

  it('leaves a paste with one paragraph to a line as it is', () => {
    const text = page('Ceasefire talks stall for a third day in Geneva', ...BODY)
    expect(paragraphsOf(text)).toEqual(BODY)
  })
})

describe('a news brief', () => {
  it('imports two short paragraphs as an article', () => {
    const brief = [
      'Negotiators from the two countries met again in Geneva on Wednesday, officials said.',
      'The mediators said a new draft would follow on Thursday morning before both delegations fly home.',
    ]
    expect(paragraphsOf(page('Ceasefire talks resume in Geneva', ...brief))).toEqual(brief)
  })

  it('still refuses a single short teaser', () => {
    expect(() => articleFromPaste(page('Ceasefire talks resume in Geneva', 'Negotiators from the two countries met again in Geneva on Wednesday.'), 'page.txt')).toThrow(/holds no article text/)
  })
})
