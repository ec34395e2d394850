/**
 * wink-nlp's English model, loaded fast (issue 15). The package's own loader
 * takes most of a `briefdeck build` (about 190 ms of 340): it parses a 3 MB
 * JSON file, copies it whole (JSON.parse of JSON.stringify), decodes 1.4 MB of
 * base64 into the packed lexicon, builds a hash of its 87,593 words, and
 * parses the entity, sentiment and negation models that briefdeck never
 * runs. `npm run compile` writes the same data once in the shape it is used
 * in (`writeModelCache`): the packed arrays as raw bytes, the words as one
 * string with their offsets and their sorted order. Read back
 * (`readModelCache`), nothing is decoded or hashed up front: a word is found
 * by binary search over the sorted order and sliced out of the string when
 * wink asks for it, which a few thousand times per article costs less than
 * building the hash once.
 *
 * The words table is handed to wink-nlp as two Proxies standing in for its
 * `lexeme.hash` (word → index) and `lexeme.list` (index → word): wink-nlp
 * 2.x reads and adds to them only by key, `push` and `length` (src/cache.js),
 * and test/wink-model.test.ts checks that every token, tag, lemma and sentence
 * comes out as with the package's loader.
 *
 * Plain JavaScript beside a .d.mts, because compile.mjs (plain JavaScript,
 * run before anything is compiled) writes the cache with it.
 */
import { createRequire } from 'node:module'
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import featureFn from 'wink-eng-lite-web-model/dist/feature.js'
import lemmatize from 'wink-eng-lite-web-model/dist/lemmatize.js'
import stem from 'wink-eng-lite-web-model/dist/porter-stemmer.js'
import readabilityStats from 'wink-eng-lite-web-model/dist/readability-stats.js'
import posSetter from 'wink-eng-lite-web-model/dist/pos-setter.js'
import posTransformers from 'wink-eng-lite-web-model/dist/pos-transformers.js'
import posUpdater from 'wink-eng-lite-web-model/dist/pos-updater.js'
import sbdSetter from 'wink-eng-lite-web-model/dist/sbd-setter.js'
import sbdTransformers from 'wink-eng-lite-web-model/dist/sbd-transformers.js'

const require = createRequire(import.meta.url)
const PACKAGE = 'wink-eng-lite-web-model'
const MODELS = `${PACKAGE}/dist/languages/cur/models`
/** Bumped when the files' layout changes, so an old cache is not misread. */
const FORMAT = 1
/** Between words in words.txt: no word of the model holds it (checked when writing). */
const SEPARATOR = '\u0000'
/** A state machine that recognises nothing, for the models briefdeck does not run (wink-nlp loads one of each regardless of the pipe). */
const EMPTY_MACHINE = JSON.stringify([100, 0, { 0: {} }, {}, {}, {}])

/** The installed model package's version: a cache written for another one is not used. */
function installedVersion() {
  return require(`${PACKAGE}/package.json`).version
}

/** The package's own loader: every model, as wink-nlp documents it. Used when there is no cache. */
export function stockModel() {
  return require(PACKAGE)
}

/**
 * Write the cache into `dir` (replaced whole) from the installed package.
 * @param {string} dir
 */
export function writeModelCache(dir) {
  const core = require(`${MODELS}/eng-core-web-model.json`)
  const words = core.features.lexeme.list
  if (words.some((word) => word.includes(SEPARATOR))) throw new Error(`a word of ${PACKAGE} holds U+0000; its cache cannot be written`)
  const offsets = new Uint32Array(words.length + 1)
  for (let k = 0; k < words.length; k += 1) offsets[k + 1] = (offsets[k] ?? 0) + words[k].length + 1
  // Sorted by UTF-16 code units, as the binary search compares with < and >.
  const order = Uint32Array.from(words.keys()).sort((a, b) => (words[a] < words[b] ? -1 : words[a] > words[b] ? 1 : 0))
  const rest = {
    ...core,
    lexicon: null,
    xpansions: null,
    features: { ...core.features, lexeme: { ...core.features.lexeme, list: null } },
  }
  const meta = { format: FORMAT, version: installedVersion(), words: words.length, sbd: require(`${MODELS}/eng-sbd-model.json`), pos: require(`${MODELS}/eng-pos-model.json`), core: rest }
  const temporary = `${dir}.tmp-${process.pid}`
  rmSync(temporary, { recursive: true, force: true })
  mkdirSync(temporary, { recursive: true })
  writeFileSync(path.join(temporary, 'model.json'), JSON.stringify(meta))
  writeFileSync(path.join(temporary, 'lexicon.bin'), Buffer.from(core.lexicon, 'base64'))
  writeFileSync(path.join(temporary, 'xpansions.bin'), Buffer.from(core.xpansions, 'base64'))
  writeFileSync(path.join(temporary, 'words.txt'), words.join(SEPARATOR) + SEPARATOR)
  writeFileSync(path.join(temporary, 'offsets.bin'), offsets)
  writeFileSync(path.join(temporary, 'order.bin'), order)
  rmSync(dir, { recursive: true, force: true })
  renameSync(temporary, dir)
}

/**
 * A file of little-endian 32-bit integers (written on this machine) as a Uint32Array.
 * @param {string} file
 */
function readWords32(file) {
  const bytes = readFileSync(file)
  // A small file may share Node's buffer pool at an offset that is not a multiple of 4; copy it then.
  return bytes.byteOffset % 4 === 0 ? new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4) : new Uint32Array(Uint8Array.from(bytes).buffer)
}

/**
 * The model from the cache in `dir`, or null when it is missing, of another
 * format or written for another version of the package.
 * @param {string} dir
 */
export function readModelCache(dir) {
  let meta
  try {
    meta = JSON.parse(readFileSync(path.join(dir, 'model.json'), 'utf8'))
  } catch {
    return null
  }
  if (meta.format !== FORMAT || meta.version !== installedVersion()) return null
  const text = readFileSync(path.join(dir, 'words.txt'), 'utf8')
  const offsets = readWords32(path.join(dir, 'offsets.bin'))
  const order = readWords32(path.join(dir, 'order.bin'))
  const lexicon = readWords32(path.join(dir, 'lexicon.bin'))
  const xpansions = readWords32(path.join(dir, 'xpansions.bin'))
  if (offsets.length !== meta.words + 1 || order.length !== meta.words || offsets[meta.words] !== text.length) return null
  const coreJson = JSON.stringify(meta.core)
  return {
    // wink-nlp adds the words it meets to its model's tables: each instance gets its own, as from the package's
    // loader. The packed arrays it only reads (no assignment to them in wink-nlp's src/), so they are shared.
    core: () => coreModel(JSON.parse(coreJson), lexiconWords(text, offsets, order), lexicon, xpansions),
    sbd: () => ({ machines: meta.sbd, setter: sbdSetter, transformers: sbdTransformers }),
    pos: () => ({ machines: meta.pos, setter: posSetter, updater: posUpdater, transformers: posTransformers }),
    // Loaded by wink-nlp whatever the pipe, never run by briefdeck's (`sbd`, `pos`): empty stand-ins.
    ner: () => ({ machines: [], transformers: [] }),
    negation: () => ({ machines: [EMPTY_MACHINE], setter: null }),
    sa: () => ({ machines: [EMPTY_MACHINE], setter: null }),
    metaCER: () => ({ machines: '[]', transformers: [null] }),
    featureFn,
    addons: { stem, lemmatize, readabilityStats, wordVectors: undefined },
  }
}

/** What read-core-model.js and load-core-model.js make of the package's JSON, with the words table in place of the lexeme list and hash. */
function coreModel(model, words, lexicon, xpansions) {
  const { packing, features } = model
  model.lexicon = lexicon
  model.xpansions = xpansions
  features.lexeme = words
  packing.efList = []
  for (const f in packing.layout) {
    const layout = packing.layout[f]
    if (layout[3] === 0) {
      const feature = features[f]
      feature.hash = Object.create(null)
      for (let k = 0; k < feature.list.length; k += 1) feature.hash[feature.list[k]] = k
      feature.intrinsicSize = feature.list.length
      feature.index = feature.list.length
      feature.maxIndex = layout[1] >>> layout[2]
    }
    if (layout[4] === 1) packing.efList.push(f)
  }
  const clusters = features.posClusters.list
  for (let k = 0; k < clusters.length; k += 1) clusters[k] = new Set(clusters[k].split('_').map((tag) => model.pos.hash[tag] || 0))
  return model
}

/**
 * The lexeme feature `{ list, hash, intrinsicSize, index }` over the packed
 * words: the model's own words read from `text`, the ones wink adds while
 * reading kept beside them.
 */
function lexiconWords(text, offsets, order) {
  const size = order.length
  const added = []
  const word = (k) => text.slice(offsets[k], offsets[k + 1] - 1)
  const find = (key) => {
    let low = 0
    let high = size - 1
    while (low <= high) {
      const middle = (low + high) >>> 1
      const k = order[middle]
      const candidate = word(k)
      if (candidate === key) return k
      if (candidate < key) low = middle + 1
      else high = middle - 1
    }
    return undefined
  }
  // An article says "the", "said" and its names again and again. Each table is a plain object whose prototype is
  // a Proxy: the Proxy is asked only for a key the object does not hold yet, and keeps what it finds on the object
  // itself, so a word's second lookup is an ordinary property read (a Proxy trap on every read was a tenth of
  // wink's time). A word wink adds is kept the same way.
  const keep = (receiver, key, value) => Reflect.defineProperty(receiver, key, { value, writable: true, enumerable: true, configurable: true })
  const hash = Object.create(
    new Proxy(Object.create(null), {
      get: (_, key, receiver) => {
        if (typeof key !== 'string') return undefined
        // A miss is kept too, as an own property holding undefined: wink reads it as absent, and adding the word
        // later is then an ordinary assignment to it.
        const k = find(key)
        keep(receiver, key, k)
        return k
      },
      set: (_, key, value, receiver) => keep(receiver, key, value),
    }),
  )
  const push = (...values) => added.push(...values) + size
  const list = Object.create(
    new Proxy(Object.create(null), {
      get: (_, key, receiver) => {
        if (key === 'length') return size + added.length
        if (key === 'push') return push
        if (typeof key !== 'string') return undefined
        const k = Number(key)
        if (!Number.isInteger(k) || k < 0 || String(k) !== key) return undefined
        if (k >= size) return added[k - size]
        const value = word(k)
        keep(receiver, key, value)
        return value
      },
    }),
  )
  return { list, hash, intrinsicSize: size, index: size }
}

/**
 * Where the cache sits: `wink-model/` beside this file as it runs. compile.mjs
 * writes it beside the compiled chunk that holds this module; beside the
 * source (tsx, vitest) there is none, and the package's loader is used.
 */
export const MODEL_CACHE_DIR = fileURLToPath(new URL('wink-model/', import.meta.url))

/**
 * The English model for winkNLP(): from the cache in `dir` when there is a
 * usable one, else the package's.
 * @param {string} [dir]
 */
export function englishModel(dir = MODEL_CACHE_DIR) {
  return readModelCache(dir) ?? stockModel()
}
