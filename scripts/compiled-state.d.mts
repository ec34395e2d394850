/** Types of compiled-state.mjs (plain JavaScript, so the launcher runs it without a TypeScript loader). */
export type CompiledState = { fresh: true; entry: string } | { fresh: false; reason: string }
export function compiledState(root: string): CompiledState
