import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { main, type Console } from '../../scripts/cli.ts'

const ARTICLE = `---
title: Ferry crews vote to strike as Baltic Ferries rejects pay claim
outlet: Harbour Daily
date: 2025-06-12
---

The Baltic Seafarers Union voted on Wednesday to strike after Baltic Ferries rejected its demand for a 7 percent raise.

Union negotiator Pia Hald said the crews wanted a raise that kept pace with prices. "We need 7 percent, not 2," Hald said.

Baltic Ferries chief executive Jon Bell said the claim was unaffordable.

The two sides will meet in Tallinn on Monday.
`

/** Run the CLI with captured output. */
async function run(argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = []
  const err: string[] = []
  const io: Console = { out: (line) => out.push(line), err: (line) => err.push(line) }
  const code = await main(argv, io)
  return { code, out, err }
}

let dir: string
let article: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'briefdeck-cli-'))
  article = join(dir, 'ferry.md')
  await writeFile(article, ARTICLE)
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

/** The output as one string, with every stack-trace line it holds. */
const stackLines = (lines: string[]) => lines.join('\n').split('\n').filter((line) => /^\s+at\s/.test(line))

describe('briefdeck build', () => {
  it('returns 1 for a missing source and says so in one line naming the file, without a stack trace', async () => {
    const missing = join(dir, 'missing.md')
    const { code, out, err } = await run(['build', missing, '--out', join(dir, 'never.md')])
    expect(code).toBe(1)
    expect(out).toEqual([])
    expect(err).toHaveLength(1)
    expect(err[0]?.split('\n')).toHaveLength(1)
    expect(err[0]).toContain(missing)
    expect(err[0]).toMatch(/^briefdeck: /)
    expect(stackLines(err)).toEqual([])
  })

  it('returns 1 for malformed frontmatter, naming the file and line', async () => {
    const broken = join(dir, 'broken.md')
    await writeFile(broken, '---\ntitle: Ferry strike\nplace: [Tallinn\n---\n\nBody.')
    const { code, err } = await run(['build', broken, '--out', join(dir, 'never.md')])
    expect(code).toBe(1)
    expect(err).toHaveLength(1)
    expect(err[0]).toContain(`${broken}:3`)
    expect(stackLines(err)).toEqual([])
  })

  it('writes the deck, returns 0 and reports what it wrote; a second run reports it unchanged', async () => {
    const deck = join(dir, 'slides', 'slides.md')
    const first = await run(['build', article, '--out', deck])
    expect(first.code).toBe(0)
    expect(first.err).toEqual([])
    expect(first.out).toHaveLength(1)
    expect(first.out[0]).toMatch(new RegExp(`^wrote ${deck.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(\\d+ slides from `))
    expect(await readFile(deck, 'utf8')).toMatch(/^---\ntheme: default\n[\s\S]*\n---\nbriefdeckFingerprint: "sha256:[0-9a-f]{64}"\ntitle: "Sources"\n/)
    const second = await run(['build', article, '--out', deck])
    expect(second.code).toBe(0)
    expect(second.out[0]).toMatch(/^unchanged /)
  })
})

describe('briefdeck analyse', () => {
  let json: Awaited<ReturnType<typeof run>>
  beforeAll(async () => {
    json = await run(['analyse', article, '--json'])
  })

  it('prints the analysis as JSON with paragraphs, people, parties and events', () => {
    expect(json.code).toBe(0)
    expect(json.err).toEqual([])
    expect(json.out).toHaveLength(1)
    const report = JSON.parse(json.out[0] as string) as Record<string, unknown>
    expect(Object.keys(report)).toEqual(expect.arrayContaining(['paragraphs', 'people', 'parties', 'events']))
    for (const key of ['paragraphs', 'people', 'parties', 'events']) expect(Array.isArray(report[key])).toBe(true)
    expect((report.paragraphs as unknown[]).length).toBe(4)
  })

  it('gives every decision in the JSON a reason', () => {
    const report = JSON.parse(json.out[0] as string) as Record<string, Array<{ reason: unknown }>>
    for (const key of ['paragraphs', 'people', 'parties', 'events']) {
      for (const item of report[key] ?? []) expect(typeof item.reason).toBe('string')
    }
  })

  it('prints the review table without --json: paragraphs, sides, people, events, without colour when not asked for', async () => {
    const { code, out } = await run(['analyse', article])
    expect(code).toBe(0)
    expect(out[0]).toMatch(/^Ferry crews vote to strike as Baltic Ferries rejects pay claim\n.*4 paragraphs/)
    for (const heading of ['Paragraphs', 'Sides', 'People', 'Events']) expect(out[0]).toMatch(new RegExp(`^${heading}$`, 'm'))
    expect(out[0]).not.toContain('\u001b[')
  })

  it('accepts the American spelling "analyze" for the same command', async () => {
    const missing = join(dir, 'gone-too.md')
    const { code, err } = await run(['analyze', missing])
    expect(code).toBe(1)
    expect(err.join('\n')).not.toMatch(/unknown command/)
    expect(err[0]).toContain(missing)
  })

  it('returns 1 for a missing source with a one-line message', async () => {
    const missing = join(dir, 'gone.md')
    const { code, out, err } = await run(['analyse', missing, '--json'])
    expect(code).toBe(1)
    expect(out).toEqual([])
    expect(err).toHaveLength(1)
    expect(err[0]).toContain(missing)
    expect(stackLines(err)).toEqual([])
  })
})

describe('usage', () => {
  it('returns 1 for an unknown command', async () => {
    const { code, err } = await run(['bulid'])
    expect(code).toBe(1)
    expect(err.join('\n')).toMatch(/unknown command/)
  })

  it('returns 1 for an unknown option', async () => {
    expect((await run(['build', article, '--nope'])).code).toBe(1)
  })

  it('returns 0 for --help and prints the commands', async () => {
    const { code, out } = await run(['--help'])
    expect(code).toBe(0)
    expect(out.join('\n')).toMatch(/build/)
    expect(out.join('\n')).toMatch(/analyse/)
  })
})
