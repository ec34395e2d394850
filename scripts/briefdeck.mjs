#!/usr/bin/env node
// The package's bin. The CLI is TypeScript; tsx's loader runs it directly so
// there is no build step between editing the code and using it.
import { register } from 'tsx/esm/api'

register()
const { main } = await import('./cli.ts')
process.exitCode = await main(process.argv.slice(2))
