/**
 * Reading a V8 CPU profile (`node --cpu-prof`): where the time went, by
 * function (self time, and inclusive time of chosen functions) and by file,
 * counting only samples taken inside a chosen entry function.
 */
import { existsSync, readFileSync } from 'node:fs'
import { SourceMap } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

interface CallFrame {
  functionName: string
  url: string
  lineNumber: number
  columnNumber: number
}

interface ProfileNode {
  id: number
  callFrame: CallFrame
  children?: number[]
}

/** The `.cpuprofile` format, as much of it as is read here. */
export interface CpuProfile {
  nodes: ProfileNode[]
  startTime: number
  endTime: number
  samples: number[]
  timeDeltas: number[]
}

export interface FunctionTime {
  name: string
  /** File relative to `root` (or the URL for built-ins), with the 1-based line when V8 reports one. */
  where: string
  ms: number
  /** Share of the time inside the entry function. */
  share: number
}

export interface ProfileSummary {
  /** Milliseconds sampled inside the entry function. */
  totalMs: number
  self: FunctionTime[]
  /** Self time per source file; a dependency's files summed as one entry. */
  files: Array<{ file: string; ms: number; share: number }>
  /** Inclusive time of each function asked for by name (all functions of that name summed). */
  inclusive: Map<string, number>
  /** Garbage collection over the whole profile: V8 samples it outside any JavaScript stack, so the entry filter cannot see it. */
  garbageMs: number
}

export interface SummariseOptions {
  /** Only samples with this function on the stack count (e.g. `buildDeck`). */
  entry: string
  /** Paths are shown relative to this folder. */
  root: string
  /** Function names whose inclusive time to report. */
  inclusive?: string[]
}

/** Self time per function and per file, and inclusive time of named functions, under `options.entry`. */
export function summariseProfile(profile: CpuProfile, options: SummariseOptions): ProfileSummary {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const parent = new Map<number, number>()
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id)

  const self = new Map<string, FunctionTime>()
  const files = new Map<string, number>()
  const inclusive = new Map((options.inclusive ?? []).map((name) => [name, 0]))
  let totalMs = 0
  let garbageMs = 0
  const durations = sampleDurations(profile)
  for (const [index, id] of profile.samples.entries()) {
    const ms = (durations[index] ?? 0) / 1000
    const stack = stackOf(id, byId, parent)
    if (stack[0]?.functionName === '(garbage collector)') garbageMs += ms
    if (!stack.some((frame) => frame.functionName === options.entry)) continue
    totalMs += ms
    const top = stack[0] as CallFrame
    const where = whereOf(top, options.root)
    const key = `${top.functionName}\u0000${where}`
    const entry = self.get(key) ?? { name: top.functionName || '(anonymous)', where, ms: 0, share: 0 }
    entry.ms += ms
    self.set(key, entry)
    const file = fileGroupOf(where)
    files.set(file, (files.get(file) ?? 0) + ms)
    for (const name of new Set(stack.map((frame) => frame.functionName))) {
      if (inclusive.has(name)) inclusive.set(name, (inclusive.get(name) ?? 0) + ms)
    }
  }
  const share = (ms: number) => (totalMs > 0 ? ms / totalMs : 0)
  return {
    totalMs,
    self: [...self.values()].map((entry) => ({ ...entry, share: share(entry.ms) })).sort((a, b) => b.ms - a.ms),
    files: [...files].map(([file, ms]) => ({ file, ms, share: share(ms) })).sort((a, b) => b.ms - a.ms),
    inclusive,
    garbageMs,
  }
}

/** Each sample lasts until the next one is taken (as Chrome DevTools counts it); the last until the profile ends. */
function sampleDurations(profile: CpuProfile): number[] {
  const stamps: number[] = []
  let time = profile.startTime
  for (const delta of profile.timeDeltas) stamps.push((time += delta))
  return stamps.map((stamp, index) => Math.max(0, (stamps[index + 1] ?? profile.endTime) - stamp))
}

/** The call frames of a sample, innermost first. */
function stackOf(id: number, byId: Map<number, ProfileNode>, parent: Map<number, number>): CallFrame[] {
  const frames: CallFrame[] = []
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const node = byId.get(at)
    if (node) frames.push(node.callFrame)
  }
  return frames
}

/** A dependency's files count as one: `node_modules/chrono-node`, `node_modules/@scope/name`. */
function fileGroupOf(where: string): string {
  const file = where.replace(/:\d+$/, '')
  const dependency = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file)
  return dependency ? `node_modules/${dependency[1]}` : file
}

function whereOf(frame: CallFrame, root: string): string {
  if (!frame.url) return '(native)'
  const compiled = frame.url.startsWith('file://') ? fileURLToPath(frame.url) : frame.url
  // A compiled chunk's line says nothing: its source map gives the source file and line it came from.
  const original = originalPositionOf(compiled, frame)
  const file = original?.file ?? compiled
  const line = original ? original.line : frame.lineNumber
  const shown = file.startsWith(root) ? path.relative(root, file) : file
  // Code compiled by tsx reports every function on line 1: a line is shown only when it says something.
  return line > 0 ? `${shown}:${line + 1}` : shown
}

const sourceMaps = new Map<string, SourceMap | null>()

/** Where a frame of a file with a linked `.map` (compiled/, as esbuild writes it) was written, 0-based line; null without a map. */
function originalPositionOf(file: string, frame: CallFrame): { file: string; line: number } | null {
  let map = sourceMaps.get(file)
  if (map === undefined) {
    const mapFile = `${file}.map`
    map = existsSync(mapFile) ? new SourceMap(JSON.parse(readFileSync(mapFile, 'utf8'))) : null
    sourceMaps.set(file, map)
  }
  const entry = map?.findEntry(frame.lineNumber, frame.columnNumber)
  if (!entry || !('originalSource' in entry) || !entry.originalSource) return null
  const source = entry.originalSource.startsWith('file://') ? fileURLToPath(entry.originalSource) : path.resolve(path.dirname(file), entry.originalSource)
  return { file: source, line: entry.originalLine }
}
