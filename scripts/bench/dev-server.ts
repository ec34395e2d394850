/**
 * `briefdeck dev` as a user runs it, in a child process: started on a free
 * port, awaited until Slidev answers, its log kept (the rebuild times come
 * from it), and stopped with everything it started.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { onCleanup } from './cleanup.ts'
import { freePort } from '../free-port.ts'

export interface DevServer {
  url: string
  /** Rebuild durations the CLI logged ("rebuilt … in N ms"), with when each line arrived (performance.now()). */
  rebuilds: Array<{ at: number; ms: number }>
  /** The last lines of its output, for error messages. */
  tail(): string
  stop(): Promise<void>
}

export interface DevServerOptions {
  cwd: string
  source: string
  deck: string
  /** How long Slidev may take to answer at first (default 120 s). */
  timeoutMs?: number
}

/** Starts `node scripts/briefdeck.mjs dev <source> --out <deck> --port <free port>` and waits until the deck is served. */
export async function startDevServer(options: DevServerOptions): Promise<DevServer> {
  const port = await freePort()
  // Its own process group, so stopping it also stops the Slidev server it spawned.
  const child = spawn(process.execPath, ['scripts/briefdeck.mjs', 'dev', options.source, '--out', options.deck, '--port', String(port)], {
    cwd: options.cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  const killGroup = onCleanup(() => signalGroup(child, 'SIGKILL'))
  const lines: string[] = []
  const rebuilds: DevServer['rebuilds'] = []
  const read = (chunk: Buffer) => {
    const at = performance.now()
    for (const line of chunk.toString().split('\n')) {
      if (line.trim() === '') continue
      lines.push(line)
      if (lines.length > 40) lines.shift()
      const rebuilt = /^rebuilt .* in (\d+) ms/.exec(line)
      if (rebuilt) rebuilds.push({ at, ms: Number(rebuilt[1]) })
    }
  }
  child.stdout?.on('data', read)
  child.stderr?.on('data', read)
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const tail = () => lines.join('\n')
  const url = `http://localhost:${port}`
  const server: DevServer = {
    url,
    rebuilds,
    tail,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM')
        const stopped = await Promise.race([exited.then(() => true), delay(10_000).then(() => false)])
        if (!stopped) process.stderr.write('bench: briefdeck dev did not stop on SIGTERM within 10 s; killing it\n')
      }
      // Whatever is left of the group (Slidev outliving the CLI, say) goes too.
      killGroup()
    },
  }
  try {
    await waitUntilServed(url, options.timeoutMs ?? 120_000, () => child.exitCode !== null)
  } catch (error) {
    await server.stop()
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${tail()}`)
  }
  return server
}

async function waitUntilServed(url: string, timeoutMs: number, gone: () => boolean): Promise<void> {
  const deadline = performance.now() + timeoutMs
  while (performance.now() < deadline) {
    if (gone()) throw new Error('briefdeck dev exited before serving the deck')
    const ok = await fetch(url).then((response) => response.ok, () => false)
    if (ok) return
    await delay(100)
  }
  throw new Error(`briefdeck dev did not serve ${url} within ${timeoutMs / 1000} s`)
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return
  try {
    process.kill(-child.pid, signal)
  } catch {
    // The group has already exited.
  }
}

/** Resolves after `ms` milliseconds. */
export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

