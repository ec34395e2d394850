import { classifyParagraphs } from './classify.ts'
import { findStances, positionsOf } from './positions.ts'
import type { Analysis } from '../types.ts'

/**
 * The positions and the paragraphs' sections read again from corrected
 * sides, people and events, by the same stages that read them first, so a
 * correction's consequences (who demands, which clauses are positions, which
 * paragraph goes where) follow from it as they would from the reading.
 *
 * The one place the corrections know how the analysis derives these: when
 * the reading stages change, this is what changes with them.
 */
export function rereadPositionsAndSections(analysis: Analysis): Pick<Analysis, 'positions' | 'paragraphs'> {
  const { doc, sentences, attributions, people, parties, events } = analysis
  const stances = findStances({ doc, sentences, attributions, people, parties })
  const positions = positionsOf(stances, parties)
  const paragraphs = classifyParagraphs({ paragraphs: analysis.article.paragraphs, attributions, people, events, positions, stances, doc })
  return { positions, paragraphs }
}
