/**
 * A source with a `briefing:` block of `lines` at the end of its frontmatter,
 * and the file line of the first of them (for "line N" in messages and reasons).
 */
export function withBriefing(source: string, lines: string[]): { source: string; line: number } {
  const close = source.indexOf('\n---', 3)
  if (!source.startsWith('---\n') || close === -1) throw new Error('withBriefing: the source has no frontmatter')
  const head = source.slice(0, close + 1)
  const line = head.split('\n').length + 1
  return { source: `${head}briefing:\n${lines.map((text) => `${text}\n`).join('')}${source.slice(close + 1)}`, line }
}
