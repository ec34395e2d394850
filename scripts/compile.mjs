#!/usr/bin/env node
/**
 * `npm run compile` (also run by `prepare` on `npm install` and before
 * `npm test`): bundles the CLI's TypeScript into compiled/, the JavaScript
 * that scripts/briefdeck.mjs runs, so a command starts without compiling
 * TypeScript and without resolving hundreds of small ESM files.
 *
 *   compiled/run.js          the entry: argument parsing and --help only
 *   compiled/build.js        buildDeck alone, for `npm run bench` to time the
 *                            code users run (tsx would run the sources)
 *   compiled/chunks/*.js     each command's code, loaded by its dynamic import()
 *   compiled/chunks/wink-model/  wink-nlp's English model, prepared to load in
 *                            a tenth of the time (scripts/analyse/wink-model.mjs),
 *                            beside the chunk that reads it
 *   compiled/manifest.json   what went in (with modification times, so the
 *                            launcher can tell the sources changed since) and
 *                            which sources each output file holds
 *
 * Plain JavaScript, so it runs in a fresh clone before anything is compiled.
 */
import { existsSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import * as esbuild from 'esbuild'
import { writeModelCache } from './analyse/wink-model.mjs'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const OUT_DIR = 'compiled'
const ENTRY = 'scripts/run.ts'
/** buildDeck's module, an entry of its own so the benchmark imports exactly what `build` runs. */
const BUILD_ENTRY = 'scripts/build.ts'
/** The module that reads the model cache, which it looks for in `wink-model/` beside itself. */
const MODEL_LOADER = 'scripts/analyse/wink-model.mjs'

/** The module that reads the country table, which it looks for beside itself once bundled. */
const GAZETTEER = 'scripts/analyse/gazetteer.ts'
/** Its file name; gazetteer.ts names the same file. */
const COUNTRY_TABLE = 'countries.json'

/**
 * world-countries' data with only the fields gazetteer.ts reads: 1.4 MB of
 * JSON (borders, translations, currencies…) took a tenth of a `build` to
 * parse; these are about 60 kB.
 */
function trimmedCountries() {
  return nodeRequire('world-countries/countries.json').map((entry) => ({
    name: { common: entry.name.common, official: entry.name.official },
    altSpellings: entry.altSpellings,
    capital: entry.capital,
    demonyms: entry.demonyms.eng ? { eng: { m: entry.demonyms.eng.m, f: entry.demonyms.eng.f } } : {},
  }))
}

/**
 * Packages bundled into the output: the ones the quick commands (help,
 * build, analyse, import) load. Bundled, their hundreds of ESM files load as a
 * few chunks, which halves a command's start-up. Each of them, and what they
 * import, is pure JavaScript that finds nothing on disk next to itself.
 * Every other package stays an ordinary import from node_modules: Slidev,
 * Vite, Vue and Playwright (large, and they read their own files), and any
 * dependency added later until it is checked and listed here (a package that
 * reads files beside itself, as NLP models often do, breaks when bundled).
 */
const BUNDLED_PACKAGES = new Set([
  'commander',
  'yaml',
  'unified',
  'remark-parse',
  'remark-frontmatter',
  'remark-stringify',
  'remark-gfm',
  'mdast-util-to-string',
  'chrono-node',
  'chokidar',
  '@mozilla/readability',
  'linkedom',
  'rehype-parse',
  'rehype-remark',
  'jszip',
  'tinyglobby',
  // Pure JavaScript. Of the model package only the small code files are imported (wink-model.mjs):
  // its 3.5 MB of JSON is read at run time, from the cache compile() writes or from node_modules.
  'wink-nlp',
  'wink-eng-lite-web-model',
])

/** `@scope/name` or `name` of a bare import specifier. */
function packageOf(specifier) {
  const parts = specifier.split('/')
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier)
}

/** Our code's imports of unlisted packages stay imports; a listed package's own dependencies come along with it. */
const bundleOnlyListed = {
  name: 'bundle-only-listed-packages',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.importer.includes(`${path.sep}node_modules${path.sep}`)) return undefined
      if (args.path.startsWith('node:') || BUNDLED_PACKAGES.has(packageOf(args.path))) return undefined
      return { path: args.path, external: true }
    })
  },
}

/**
 * Bundled modules that only build one object of plain strings, replaced by
 * that object as a JSON string. V8 reads `JSON.parse('…')` several times
 * faster than the same data written as code (wink's WordNet exception lists:
 * 5,600 `const` declarations and assignments, about a fifth of `build`'s
 * start-up before this). Each module is run here, and its export is checked
 * to be data that JSON keeps exactly, before it is replaced.
 */
const DATA_MODULES = /node_modules\/wink-eng-lite-web-model\/dist\/wn-(?:adjective|noun|verb)-exceptions\.js$/
const nodeRequire = createRequire(import.meta.url)

const dataModulesAsJson = {
  name: 'data-modules-as-json',
  setup(build) {
    build.onLoad({ filter: DATA_MODULES }, (args) => {
      const value = nodeRequire(args.path)
      const prototype = Object.getPrototypeOf(value)
      const entries = Object.entries(value)
      if ((prototype !== null && prototype !== Object.prototype) || !entries.every(([, item]) => typeof item === 'string')) {
        throw new Error(`${args.path} does not export an object of strings; it cannot be replaced by JSON`)
      }
      // The prototype as the module made it: without one, "constructor" or "toString" is no key of the lists.
      const object = `JSON.parse(${JSON.stringify(JSON.stringify(value))})`
      return { contents: `module.exports = ${prototype === null ? `Object.setPrototypeOf(${object}, null)` : object};\n`, loader: 'js' }
    })
  },
}

async function compile() {
  const started = Date.now()
  const temporary = path.join(ROOT, `${OUT_DIR}.tmp-${process.pid}`)
  rmSync(temporary, { recursive: true, force: true })
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: [ENTRY, BUILD_ENTRY],
    outdir: temporary,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20.19',
    // esbuild's tables do not list Node as having regular expressions with \p{…} (Unicode property escapes), so
    // it would rewrite each such literal as `new RegExp(…)`, compiled afresh every time the line runs: in the
    // reading's hot loops that was a large share of a build. Node 10 and later have them.
    supported: { 'regexp-unicode-property-escapes': true },
    chunkNames: 'chunks/[name]-[hash]',
    // Bundled CommonJS (jszip, linkedom's parts) calls require(); an ES module has none of its own.
    banner: { js: "import { createRequire as __briefdeckCreateRequire } from 'node:module'; const require = __briefdeckCreateRequire(import.meta.url);" },
    // Maps for `--debug` stack traces (the launcher turns them on only then); the sources stay in the repository.
    sourcemap: 'linked',
    sourcesContent: false,
    plugins: [bundleOnlyListed, dataModulesAsJson],
    metafile: true,
    logLevel: 'warning',
  })

  const sources = Object.keys(result.metafile.inputs).filter((input) => !input.includes('node_modules/'))
  // A dependency updated by npm changes the lockfile; package.json carries the version --version prints;
  // this file decides what the output holds (the model cache, data modules as JSON).
  const watched = [...sources, 'scripts/compile.mjs', 'package.json', ...(existsSync(path.join(ROOT, 'package-lock.json')) ? ['package-lock.json'] : [])]
  const manifest = {
    compiledAt: new Date(started).toISOString(),
    entry: 'run.js',
    // A file saved while the compile ran may not be in the output: record it as changed.
    inputs: Object.fromEntries(watched.map((file) => {
      const mtimeMs = statSync(path.join(ROOT, file)).mtimeMs
      return [file, mtimeMs >= started ? 0 : mtimeMs]
    })),
    outputs: Object.fromEntries(
      Object.entries(result.metafile.outputs)
        .filter(([file]) => file.endsWith('.js'))
        .map(([file, output]) => [path.relative(temporary, path.join(ROOT, file)), Object.keys(output.inputs)]),
    ),
  }
  // The cache goes where the loader's import.meta.url points once bundled: beside the chunk holding it.
  const loaderOutput = Object.keys(manifest.outputs).find((file) => manifest.outputs[file].includes(MODEL_LOADER))
  if (!loaderOutput) throw new Error(`${MODEL_LOADER} is in no compiled file; the model cache has nowhere to go`)
  manifest.modelCache = path.join(path.dirname(loaderOutput), 'wink-model')
  writeModelCache(path.join(temporary, manifest.modelCache))
  // The country data goes beside the chunk that reads it (gazetteer.ts), trimmed to the fields it reads.
  const gazetteerOutput = Object.keys(manifest.outputs).find((file) => manifest.outputs[file].includes(GAZETTEER))
  if (!gazetteerOutput) throw new Error(`${GAZETTEER} is in no compiled file; the country table has nowhere to go`)
  writeFileSync(path.join(temporary, path.dirname(gazetteerOutput), COUNTRY_TABLE), JSON.stringify(trimmedCountries()))
  writeFileSync(path.join(temporary, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`)

  // Replace the old output whole, so no launcher sees a mix of two compiles.
  const target = path.join(ROOT, OUT_DIR)
  const old = `${target}.old-${process.pid}`
  if (existsSync(target)) renameSync(target, old)
  renameSync(temporary, target)
  rmSync(old, { recursive: true, force: true })
  process.stdout.write(`compiled ${sources.length} sources into ${OUT_DIR}/ in ${Date.now() - started} ms\n`)
}

await compile()
