// Module resolution hooks for record-loads.mjs. They run on Node's loader
// thread, so they write each resolved URL straight to the log file.
import { appendFileSync } from 'node:fs'

let log = null

export function initialize(data) {
  log = data?.log ?? null
}

export async function resolve(specifier, context, nextResolve) {
  const result = await nextResolve(specifier, context)
  if (log) appendFileSync(log, `${result.url}\n`)
  return result
}
