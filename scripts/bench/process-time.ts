/** Whole-process timings: from spawning a command to its exit, start-up included. */
import { spawn } from 'node:child_process'

export interface ProcessRun {
  ms: number
  code: number | null
  output: string
}

/** Runs `command` with `args` to completion and times it; output (stdout and stderr) is kept for error messages. */
export function timeProcess(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs?: number }): Promise<ProcessRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 300_000)
    child.on('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({ ms: performance.now() - started, code, output })
    })
  })
}

/** Times a command that must succeed; a non-zero exit is an error that carries the command's output. */
export async function timeSuccessfulProcess(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs?: number }): Promise<ProcessRun> {
  const run = await timeProcess(command, args, options)
  if (run.code !== 0) {
    const tail = run.output.trim().split('\n').slice(-8).join('\n')
    throw new Error(`\`${[command, ...args].join(' ')}\` exited with ${run.code ?? 'a signal'}:\n${tail}`)
  }
  return run
}
