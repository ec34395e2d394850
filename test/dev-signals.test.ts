/**
 * Stopping `briefdeck dev`: SIGTERM (a process manager, `kill`) or Ctrl-C
 * (SIGINT to the whole terminal process group) stops Slidev and exits 0 with
 * no error message. Spawns the compiled CLI and a real Slidev server.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { cp, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freePort } from '../scripts/free-port.ts'
import { PROJECT_ROOT } from './helpers/compiled-cli.ts'

let dir: string
const decks: string[] = []
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'briefdeck-dev-signals-'))
  await cp(path.join(PROJECT_ROOT, 'test/fixtures/nile-dam-talks-short.md'), path.join(dir, 'article.md'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
  // The deck sits in slides/ so Slidev finds the components; remove it and its backups.
  for (const deck of decks) await rm(path.join(PROJECT_ROOT, deck), { force: true })
})

interface DevRun {
  child: ChildProcess
  url: string
  output: () => string
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>
}

/** `briefdeck dev` on a copy of a fixture, in its own process group, once Slidev answers. */
async function startDev(): Promise<DevRun> {
  const port = await freePort()
  const deck = `slides/.test-signals-${port}.md`
  decks.push(deck)
  const child = spawn(process.execPath, ['scripts/briefdeck.mjs', 'dev', path.join(dir, 'article.md'), '--out', deck, '--port', String(port)], {
    cwd: PROJECT_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })))
  const url = `http://localhost:${port}/`
  const deadline = Date.now() + 120_000
  while (!(await served(url))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      killGroup(child)
      throw new Error(`briefdeck dev did not serve ${url}:\n${output}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  return { child, url, output: () => output, exited }
}

const served = (url: string) => fetch(url).then((response) => response.ok, () => false)

function killGroup(child: ChildProcess): void {
  try {
    process.kill(-(child.pid as number), 'SIGKILL')
  } catch {
    // Already gone.
  }
}

/** Waits for the exit, at most 20 s; then kills what is left so a failing test leaves no server behind. */
async function stopped(run: DevRun): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), 20_000))
  const exit = await Promise.race([run.exited, timeout])
  killGroup(run.child)
  if (!exit) throw new Error(`briefdeck dev did not exit within 20 s of the signal:\n${run.output()}`)
  return exit
}

describe('briefdeck dev stopped by a signal', () => {
  it('exits 0 without an error on SIGTERM to the briefdeck process, and Slidev stops too', async () => {
    const run = await startDev()
    run.child.kill('SIGTERM')
    expect(await stopped(run)).toEqual({ code: 0, signal: null })
    expect(run.output()).not.toMatch(/internal error|briefdeck: /)
    expect(await served(run.url)).toBe(false)
  })

  it('exits 0 without an error on Ctrl-C (SIGINT to the whole process group, Slidev included)', async () => {
    const run = await startDev()
    process.kill(-(run.child.pid as number), 'SIGINT')
    expect(await stopped(run)).toEqual({ code: 0, signal: null })
    expect(run.output()).not.toMatch(/internal error|briefdeck: /)
    expect(await served(run.url)).toBe(false)
  })
})
