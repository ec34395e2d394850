/** Types of wink-model.mjs (plain JavaScript, so compile.mjs can write the cache before anything is compiled). */

/** The model object winkNLP() takes as its first argument. */
export type WinkModel = Parameters<typeof import('wink-nlp').default>[0]

export const MODEL_CACHE_DIR: string
export function stockModel(): WinkModel
export function writeModelCache(dir: string): void
export function readModelCache(dir: string): WinkModel | null
export function englishModel(dir?: string): WinkModel
