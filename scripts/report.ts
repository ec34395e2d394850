import type { Analysis } from './types.ts'

/**
 * The analysis as `briefdeck analyse --json` prints it (documented in the
 * README): stable keys, article text as data, every decision with its reason.
 */
export function analysisReport(analysis: Analysis) {
  const meta = analysis.article.meta
  return {
    article: { file: analysis.article.file, title: meta.title, date: meta.date, outlet: meta.outlet, author: meta.author, paragraphs: analysis.article.paragraphs.length },
    parties: analysis.parties.map(({ name, aliases, stance, reason }) => ({ name, aliases, stance, reason })),
    people: analysis.people.map(({ name, role, affiliation, kind, party, mentions, paragraph, reason }) => ({ name, role, affiliation, kind, party, mentions, paragraph, reason })),
    paragraphs: analysis.paragraphs.map(({ n, text, section, speaker, reason }) => ({ n, text, section, speaker, reason })),
    sentences: analysis.sentences.map((sentence) => {
      const attribution = analysis.attributions.find((item) => item.paragraph === sentence.paragraph && item.sentence === sentence.index)
      return { paragraph: sentence.paragraph, index: sentence.index, text: sentence.text, speaker: attribution?.speaker ?? null, reason: attribution?.reason ?? null }
    }),
    events: analysis.events.map(({ date, when, place, what, paragraph, status, expectations, reason }) => ({ date, when, place, what, paragraph, status, expectations, reason })),
  }
}
