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
      // `speaker` is a person's full name or null (the shared scorers read it so); who else
      // is held responsible, an unnamed source, an organisation or a document, is `source`.
      const person = attribution?.source === 'person' ? attribution.speaker : null
      const source = attribution?.speaker && attribution.source ? { kind: attribution.source, text: attribution.speaker } : null
      return { paragraph: sentence.paragraph, index: sentence.index, text: sentence.text, speaker: person, source, mode: attribution?.mode ?? null, reason: attribution?.reason ?? null }
    }),
    events: analysis.events.map(({ date, when, place, what, paragraph, status, expectations, reason, precision, end, period, kind }) => ({ date, when, place, what, paragraph, status, precision: precision ?? 'day', end: end ?? null, period: period ?? null, kind: kind ?? 'event', expectations, reason })),
  }
}
