/**
 * The command line's entry: runs briefdeck on this process's arguments. It is
 * what `npm run compile` bundles into compiled/run.js, and what
 * `npm run dev:cli` runs from source with tsx.
 */
import { main } from './cli.ts'

process.exitCode = await main(process.argv.slice(2))
