import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createProgress, formatSeconds } from '../../scripts/export/progress.ts'

describe('createProgress', () => {
  let clock = 0
  beforeEach(() => {
    vi.useFakeTimers()
    clock = 0
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  function setup() {
    const lines: string[] = []
    const progress = createProgress({ log: (line) => lines.push(line), total: 3, heartbeatMs: 5000, now: () => clock })
    const advance = (ms: number) => {
      clock += ms
      vi.advanceTimersByTime(ms)
    }
    return { lines, progress, advance }
  }

  it('numbers steps out of the total and reports each duration', () => {
    const { lines, progress, advance } = setup()
    const first = progress.step('writing briefing.pdf')
    advance(1200)
    expect(first.done()).toBe(1200)
    progress.step('writing briefing.pptx').done()
    expect(lines).toEqual(['[1/3] writing briefing.pdf', '      done in 1.2 s', '[2/3] writing briefing.pptx', '      done in 0.0 s'])
  })

  it('says "still …" after each quiet stretch, and a note resets the wait', () => {
    const { lines, progress, advance } = setup()
    const step = progress.step('writing briefing.pptx')
    advance(5000)
    advance(3000)
    step.note('slide 5 of 8')
    advance(4999)
    advance(1)
    step.done()
    expect(lines).toEqual([
      '[1/3] writing briefing.pptx',
      '      still writing briefing.pptx (5 s)',
      '      slide 5 of 8',
      '      still writing briefing.pptx (13 s)',
      '      done in 13.0 s',
    ])
  })

  it('marks a failed step and stops its "still …" lines', () => {
    const { lines, progress, advance } = setup()
    const step = progress.step('writing briefing.pptx')
    advance(2500)
    expect(step.fail()).toBe(2500)
    advance(60_000)
    expect(lines).toEqual(['[1/3] writing briefing.pptx', '      failed after 2.5 s'])
  })

  it('falls silent after done, even if the clock runs on', () => {
    const { lines, progress, advance } = setup()
    const step = progress.step('starting')
    step.done()
    step.note('late')
    advance(60_000)
    expect(lines).toEqual(['[1/3] starting', '      done in 0.0 s'])
  })
})

describe('formatSeconds', () => {
  it('shows tenths of a second', () => {
    expect(formatSeconds(0)).toBe('0.0 s')
    expect(formatSeconds(12_345)).toBe('12.3 s')
  })
})
