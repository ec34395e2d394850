// `node --import ./test/helpers/record-loads.mjs …` appends the URL of every
// module the program resolves to the file named by $BRIEFDECK_LOAD_LOG, one
// a line, so a test can see what a command loaded.
import { register } from 'node:module'

register('./record-loads-hooks.mjs', import.meta.url, { data: { log: process.env.BRIEFDECK_LOAD_LOG } })
