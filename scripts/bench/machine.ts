/** The machine a benchmark ran on, so figures from different machines are not compared blind. */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import os from 'node:os'

export interface Machine {
  cpus: number
  cpuModel: string
  node: string
  memoryGiB: number
  /** Commit the code was measured at, with a note when the working tree differs from it. */
  code: string
}

/** nproc, the CPU model from /proc/cpuinfo, Node's version, total memory and the code's commit. */
export function describeMachine(cwd: string): Machine {
  return {
    cpus: os.availableParallelism(),
    cpuModel: cpuModel(),
    node: process.version,
    memoryGiB: os.totalmem() / 1024 ** 3,
    code: codeVersion(cwd),
  }
}

function cpuModel(): string {
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8')
      .split('\n')
      .find((entry) => /^model name\s*:/.test(entry))
    if (line) return line.replace(/^model name\s*:\s*/, '').trim()
  } catch {
    // Not Linux: fall through to what Node reports.
  }
  return os.cpus()[0]?.model ?? 'unknown'
}

function codeVersion(cwd: string): string {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd, encoding: 'utf8' }).trim()
    const changed = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd, encoding: 'utf8' })
      .split('\n')
      .filter(Boolean).length
    return changed > 0 ? `${commit} + uncommitted changes in ${changed} file(s)` : commit
  } catch {
    return 'unknown (not a git checkout)'
  }
}
