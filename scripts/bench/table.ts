/** The benchmark's printed table: one block per section, each figure beside its target. */

export type Verdict = 'meets' | 'MISSES' | ''

export interface Row {
  measure: string
  figure: string
  target: string
  verdict: Verdict
}

export interface Section {
  name: string
  rows: Row[]
  /** How the figures were taken, and anything that qualifies them. */
  notes: string[]
}

/** A verdict from a comparison, or none when there is no target. */
export function verdictOf(met: boolean | null): Verdict {
  if (met === null) return ''
  return met ? 'meets' : 'MISSES'
}

/** The sections as aligned plain text. */
export function formatTable(sections: Section[]): string {
  const rows = sections.flatMap((section) => section.rows)
  const width = {
    measure: Math.max('measure'.length, ...rows.map((row) => row.measure.length)),
    figure: Math.max('figure'.length, ...rows.map((row) => row.figure.length)),
    target: Math.max('target'.length, ...rows.map((row) => row.target.length)),
  }
  const line = (measure: string, figure: string, target: string, verdict: string) =>
    `  ${measure.padEnd(width.measure)}  ${figure.padEnd(width.figure)}  ${target.padEnd(width.target)}  ${verdict}`.trimEnd()
  const rule = `  ${'-'.repeat(width.measure + width.figure + width.target + 6 + 'MISSES'.length)}`
  const out: string[] = [line('measure', 'figure', 'target', 'verdict'), rule]
  for (const section of sections) {
    out.push(`${section.name}`)
    for (const row of section.rows) out.push(line(row.measure, row.figure, row.target, row.verdict))
    for (const note of section.notes) out.push(`    · ${note}`)
  }
  return out.join('\n')
}
