/**
 * The line rules both readers share: bylines, dates, contributors, captions,
 * chrome and the shape of a line. Each table row is one form a site uses.
 */
import { describe, expect, it } from 'vitest'
import { normalNameCase, parseByline } from '../../scripts/import/byline.ts'
import { creditOfCreditLine, splitCaption } from '../../scripts/import/caption.ts'
import { CHROME_RULES, chromeRuleFor } from '../../scripts/import/chrome.ts'
import { classifyLine } from '../../scripts/import/classify-line.ts'
import { contributorsIn } from '../../scripts/import/contributors.ts'
import { isDateLine, isoDateOfTimestamp, publicationDateIn, statedDateIn } from '../../scripts/import/dates.ts'
import { looksLikeHtml } from '../../scripts/import/detect.ts'
import { isHeadlineShaped, isProse, isSubheadShaped } from '../../scripts/import/line-shape.ts'

describe('parseByline', () => {
  it.each([
    ['By REN QI in Moscow | China Daily | Updated: 2022-01-12 00:00', { author: 'Ren Qi', place: 'Moscow', outlet: 'China Daily', date: { date: '2022-01-12', isUpdate: true } }],
    ['By Katrin Vollmer and Daniel Okafor', { author: 'Katrin Vollmer and Daniel Okafor' }],
    ['By Jane Doe, Reuters', { author: 'Jane Doe', outlet: 'Reuters' }],
    ['By Jane Doe, Diplomatic Editor', { author: 'Jane Doe' }],
    ['By Jane Doe in Geneva, Switzerland', { author: 'Jane Doe', place: 'Geneva' }],
    ['By JEAN-PAUL O\'NEIL AND ANA DA SILVA in Lisbon', { author: "Jean-Paul O'Neil and Ana Da Silva", place: 'Lisbon' }],
    ['By Ingrid Solberg | Published: 14 February 2022 | 7 min read', { author: 'Ingrid Solberg', date: { date: '2022-02-14', isUpdate: false } }],
    ['By Amal Haddad · Published 5:32 PM EST, Tue January 11, 2022 · Updated 9:10 AM EST, Wed January 12, 2022', { author: 'Amal Haddad', date: { date: '2022-01-11', isUpdate: false } }],
  ])('reads %j', (line, expected) => {
    expect(parseByline(line)).toEqual(expected)
  })

  it.each([
    'By Monday, the talks had stalled.',
    'By the numbers',
    'Byelorussian delegation arrives',
    'Talks resume in Vienna',
    'Guarantees, not assurances',
  ])('does not take %j for a byline', (line) => {
    expect(parseByline(line)).toBeUndefined()
  })

  it('reads a name without "By" only when asked, and only a full name', () => {
    expect(parseByline('Eleanor Pryce, education correspondent')).toBeUndefined()
    expect(parseByline('Eleanor Pryce, education correspondent', { requireBy: false })).toEqual({ author: 'Eleanor Pryce' })
    expect(parseByline('Hannah Moreau in Brussels', { requireBy: false })).toEqual({ author: 'Hannah Moreau', place: 'Brussels' })
    expect(parseByline('Talks in Vienna', { requireBy: false })).toBeUndefined()
  })
})

describe('normalNameCase', () => {
  it.each([
    ['REN QI', 'Ren Qi'],
    ["SEAN O'BRIEN", "Sean O'Brien"],
    ['ANNA-LENA MÜLLER', 'Anna-Lena Müller'],
    ['Ren Qi', 'Ren Qi'],
    ['Ron DeSantis', 'Ron DeSantis'],
  ])('%s → %s', (name, expected) => {
    expect(normalNameCase(name)).toBe(expected)
  })
})

describe('dates', () => {
  it.each([
    ['Updated: 2022-01-12 00:00', '2022-01-12'],
    ['March 3, 2022 6:41 PM GMT', '2022-03-03'],
    ['Tue 8 Mar 2022 17.45 GMT', '2022-03-08'],
    ['Friday 25 February 2022', '2022-02-25'],
    ['Published 5:32 PM EST, Tue January 11, 2022', '2022-01-11'],
    ['Posted on 3 February 2022 at 10:15', '2022-02-03'],
  ])('%j is a date line stating %s', (line, date) => {
    expect(isDateLine(line)).toBe(true)
    expect(statedDateIn(line)?.date).toBe(date)
  })

  it.each(['2 hours ago', 'Jan 12', 'Monday', 'Talks resume on March 3, 2022 in Vienna', 'Russia and the US met on 10 January 2022.'])(
    '%j is not a date line',
    (line) => {
      expect(isDateLine(line)).toBe(false)
    },
  )

  it('prefers the publication date to the update on a dateline', () => {
    expect(publicationDateIn('Published: 19 September 2022 | Updated: 20 September 2022 08:15')).toEqual({ date: '2022-09-19', isUpdate: false })
    expect(publicationDateIn('Updated: 20 September 2022 08:15')).toEqual({ date: '2022-09-20', isUpdate: true })
  })

  it('takes the date of a timestamp as written, without moving it to another time zone', () => {
    expect(isoDateOfTimestamp('2022-07-04T23:30:00-05:00')).toBe('2022-07-04')
    expect(isoDateOfTimestamp('2022-01-12T00:00:00+08:00')).toBe('2022-01-12')
  })
})

describe('contributorsIn', () => {
  it.each([
    ['Agencies and Xinhua contributed to this story.', ['Agencies', 'Xinhua']],
    ['Agencies contributed to this report.', ['Agencies']],
    ['The Associated Press contributed to this report.', ['The Associated Press']],
    ['Lena Park in Seoul and Kenji Mori in Tokyo contributed reporting.', ['Lena Park', 'Kenji Mori']],
    ['Additional reporting by Sophie Laurent in Brussels.', ['Sophie Laurent']],
    ['Additional reporting by Ivana Maric in Pristina; Editing by Paul Hennessy', ['Ivana Maric']],
    ['Reporting by Anna Berg and Tom Ruiz; Writing by Mark Heath; Editing by Alex Lowe', ['Anna Berg', 'Tom Ruiz']],
  ])('%j credits %j', (line, names) => {
    expect(contributorsIn(line)).toEqual(names)
  })

  it('leaves a sentence that only uses the words alone', () => {
    expect(contributorsIn('Officials said the delays contributed to the collapse of the talks.')).toBeUndefined()
  })
})

describe('captions and credits', () => {
  it.each([
    ['Delegates arrive in Geneva on Monday. ALEXEY NAME/AGENCY', 'Delegates arrive in Geneva on Monday.', 'ALEXEY NAME/AGENCY'],
    ['Delegates arrive in Vienna. Photograph: Anna Weber/Wire', 'Delegates arrive in Vienna.', 'Anna Weber/Wire'],
    ['Boats in the harbour at Tromsø. (Photo by Lars Eide/Northern Review)', 'Boats in the harbour at Tromsø.', 'Lars Eide/Northern Review'],
    ['Envoys shake hands in Doha. (AP Photo/Omar Said)', 'Envoys shake hands in Doha.', 'AP Photo/Omar Said'],
    ['Ministers leave the talks on Tuesday. Fabrice Roux/AFP via Getty Images', 'Ministers leave the talks on Tuesday.', 'Fabrice Roux/AFP via Getty Images'],
  ])('splits %j', (line, caption, credit) => {
    expect(splitCaption(line)).toEqual({ caption, credit })
  })

  it.each([
    'The talks ended on Monday. Both sides said they would meet again.',
    'The AP/NORC poll was published on Monday. It found most voters back the talks.',
    'Sherman told a separate news conference: "We had a frank and forthright discussion."',
  ])('does not split a body paragraph: %j', (line) => {
    expect(splitCaption(line)).toBeUndefined()
  })

  it('reads credit lines set under a caption, but not a menu set in capitals', () => {
    expect(creditOfCreditLine('Photograph: Martin Hale/PA')).toBe('Martin Hale/PA')
    expect(creditOfCreditLine('Credit: Anna Weber')).toBe('Anna Weber')
    expect(creditOfCreditLine('JOHN ROE/AGENCY')).toBe('JOHN ROE/AGENCY')
    expect(creditOfCreditLine('WORLD NEWS')).toBeUndefined()
    expect(creditOfCreditLine('Home | World')).toBeUndefined()
  })
})

describe('chrome', () => {
  it.each([
    ['Share', 'line'],
    ['Share - WeChat', 'line'],
    ['Facebook Twitter Email', 'line'],
    ['Advertisement', 'line'],
    ['Advertisement · Scroll to continue', 'line'],
    ['Story continues below advertisement', 'line'],
    ['Skip to main content', 'line'],
    ['BACK TO THE TOP', 'line'],
    ['Copyright 1995 - 2022. All rights reserved.', 'line'],
    ['License for publishing multimedia online 0108263', 'line'],
    ['READ MORE: EU warns Balkan neighbours over stalled trade pact', 'line'],
    ['Read more', 'label'],
    ['Related stories', 'label'],
    ['Comments (214)', 'end'],
    ['12 comments', 'end'],
    ['Join the conversation', 'end'],
    ['3 thoughts on “What the deal leaves open”', 'end'],
    ["Today's Top News", 'end'],
    ["Editor's picks", 'end'],
    ['Most Viewed', 'end'],
    ['More from Europe', 'end'],
    ['You may also like', 'end'],
    ['Topics: Fisheries, Norway', 'end'],
    ['Sign up to First Lesson, our free weekly education newsletter', 'box-open'],
    ['Sign up', 'box-close'],
    ['Subscribe', 'box-close'],
    ['By signing up, you agree to our terms.', 'box-close'],
  ])('%j is %s', (line, kind) => {
    expect(chromeRuleFor(line)?.kind).toBe(kind)
  })

  it.each([
    'Guarantees, not assurances',
    'More talks were expected on Tuesday, officials said.',
    'Share prices rose after the talks ended, with banks leading the gains.',
    'Related talks in Vienna ended without agreement.',
    'World',
    'US, Russia still far apart over Ukraine',
  ])('%j is not chrome', (line) => {
    expect(chromeRuleFor(line)).toBeUndefined()
  })

  it('says where every rule comes from', () => {
    for (const rule of CHROME_RULES) expect(rule.source, String(rule.pattern)).toMatch(/\w{4,}/)
  })

  it('makes chrome lines chrome for the line classifier too', () => {
    expect(classifyLine('Most read')).toEqual({ kind: 'chrome', chrome: 'end' })
    expect(classifyLine('\u00a0')).toEqual({ kind: 'blank' })
  })
})

describe('line shape', () => {
  it.each([
    ['"We will not allow anyone to slam close NATO\'s open-door policy," Sherman said.', true],
    ['He declined to comment.', false],
    ['Why does Moscow want guarantees?', false],
    ['Officials would not say whether the talks would continue, or whether a new round had been scheduled?', true],
    ['Will the talks resume? Officials in both capitals said on Tuesday that they could not say.', true],
    ['Guarantees, not assurances', false],
  ])('isProse(%j) is %s', (line, expected) => {
    expect(isProse(line)).toBe(expected)
  })

  it('tells a headline from a menu bar', () => {
    expect(isHeadlineShaped('US, Russia still far apart over Ukraine')).toBe(true)
    expect(isHeadlineShaped('Russia And US Remain Far Apart Over Ukraine')).toBe(true)
    expect(isHeadlineShaped('Home World Business Opinion')).toBe(false)
    expect(isHeadlineShaped('Global EditionASIA 中文双语Français')).toBe(false)
    expect(isHeadlineShaped('World')).toBe(false)
  })

  it('tells a subhead from a short paragraph', () => {
    expect(isSubheadShaped('Guarantees, not assurances')).toBe(true)
    expect(isSubheadShaped('What happens next?')).toBe(true)
    expect(isSubheadShaped('He declined to comment.')).toBe(false)
    expect(isSubheadShaped('The demands:')).toBe(false)
    expect(isSubheadShaped('and then they left')).toBe(false)
  })
})

describe('looksLikeHtml', () => {
  it('goes by content, not by the file name', () => {
    expect(looksLikeHtml('<!DOCTYPE html><html><body><p>x</p></body></html>', 'page.txt')).toBe(true)
    expect(looksLikeHtml('\n  <html lang="en"><head></head><body></body></html>', 'saved')).toBe(true)
    expect(looksLikeHtml('<div class="story"><h1>T</h1><p>Text</p></div>', 'fragment.txt')).toBe(true)
    expect(looksLikeHtml('Title\n\nA paragraph mentioning <b>bold</b> text.', 'paste.txt')).toBe(false)
    expect(looksLikeHtml('Title\n\nJust a paste saved with the wrong name.', 'page.html')).toBe(false)
    expect(looksLikeHtml('Title\n\n<p>One paragraph of markup.</p>', 'page.html')).toBe(true)
  })
})
