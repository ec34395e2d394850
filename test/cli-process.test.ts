/**
 * The command line as users run it: `node scripts/briefdeck.mjs …` in its own
 * process, running the compiled JavaScript (the global setup compiles it when
 * the sources changed). What each command loads is read from Node's module
 * resolution, mapped back to sources through compiled/manifest.json.
 */
import { spawn } from 'node:child_process'
import { cp, mkdir, mkdtemp, readFile, rm, symlink, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PROJECT_ROOT } from './helpers/compiled-cli.ts'

interface Run {
  code: number | null
  stdout: string
  stderr: string
}

/** Runs `node [nodeArgs] <launcher> args` to its end. */
function runNode(launcher: string, args: string[], options: { nodeArgs?: string[]; env?: NodeJS.ProcessEnv; cwd?: string } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), launcher, ...args], {
      cwd: options.cwd ?? PROJECT_ROOT,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
}

const briefdeck = (args: string[], options: Parameters<typeof runNode>[2] = {}) => runNode('scripts/briefdeck.mjs', args, options)

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'briefdeck-process-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('briefdeck --version and --help', () => {
  it('prints the version from package.json, and nothing else, from the compiled CLI', async () => {
    const { version } = JSON.parse(await readFile(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }
    const run = await briefdeck(['--version'])
    expect(run).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' })
  })

  it('lists the commands and exits 0', async () => {
    const run = await briefdeck(['--help'])
    expect(run.code).toBe(0)
    expect(run.stderr).toBe('')
    for (const command of ['build', 'analyse', 'dev', 'import', 'export', 'site']) expect(run.stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'))
  })
})

interface Loaded {
  /** Project sources (scripts/…) in the compiled files the process loaded. */
  sources: string[]
  /** npm packages it loaded, bundled into those files or imported from node_modules. */
  packages: string[]
}

/** What `briefdeck args` loaded. */
async function loadedBy(args: string[]): Promise<Loaded & { run: Run }> {
  const log = path.join(dir, `loads-${Math.random().toString(36).slice(2)}.txt`)
  const run = await briefdeck(args, { nodeArgs: ['--import', './test/helpers/record-loads.mjs'], env: { BRIEFDECK_LOAD_LOG: log } })
  const manifest = JSON.parse(await readFile(path.join(PROJECT_ROOT, 'compiled', 'manifest.json'), 'utf8')) as { outputs: Record<string, string[]> }
  const compiled = path.join(PROJECT_ROOT, 'compiled')
  const sources = new Set<string>()
  const packages = new Set<string>()
  const note = (file: string) => {
    if (file.includes('node_modules/')) packages.add(packageOf(file))
    else sources.add(file)
  }
  for (const url of (await readFile(log, 'utf8')).split('\n')) {
    if (!url.startsWith('file:')) continue
    const file = fileURLToPath(url)
    if (file.startsWith(`${compiled}${path.sep}`)) {
      const inputs = manifest.outputs[path.relative(compiled, file)]
      if (!inputs) throw new Error(`${file} is not in compiled/manifest.json`)
      inputs.forEach(note)
    } else {
      note(path.relative(PROJECT_ROOT, file))
    }
  }
  return { sources: [...sources].sort(), packages: [...packages].sort(), run }
}

function packageOf(file: string): string {
  const parts = file.slice(file.lastIndexOf('node_modules/') + 'node_modules/'.length).split('/')
  return parts[0]?.startsWith('@') ? `${parts[0]}/${parts[1]}` : (parts[0] as string)
}

const under = (folder: string) => (sources: string[]) => sources.filter((source) => source.startsWith(folder))
const SLIDEV_AND_BROWSER = ['@slidev/cli', '@slidev/parser', 'playwright-core', 'vite', 'vue', 'chokidar']
const IMPORT_PACKAGES = ['linkedom', '@mozilla/readability', 'rehype-parse', 'rehype-remark', 'remark-stringify']

describe('each command loads only what it needs', () => {
  it('--help loads the command line and commander, no stage and no other package', async () => {
    const loaded = await loadedBy(['--help'])
    expect(loaded.run.code).toBe(0)
    expect(loaded.sources).toContain('scripts/cli.ts')
    for (const folder of ['scripts/analyse/', 'scripts/deck/', 'scripts/import/', 'scripts/export/']) expect(under(folder)(loaded.sources)).toEqual([])
    expect(loaded.sources).not.toContain('scripts/build.ts')
    expect(loaded.packages).toEqual(['commander'])
  })

  it('build loads the analysis and the deck stages, and no import, export, Slidev or browser code', async () => {
    const loaded = await loadedBy(['build', 'test/fixtures/nile-dam-talks-short.md', '--out', path.join(dir, 'build-loads.md')])
    expect(loaded.run.code).toBe(0)
    expect(loaded.sources).toEqual(expect.arrayContaining(['scripts/analyse/analyse.ts', 'scripts/deck/render.ts']))
    expect(under('scripts/import/')(loaded.sources)).toEqual([])
    expect(under('scripts/export/')(loaded.sources)).toEqual([])
    expect(loaded.sources).not.toContain('scripts/dev.ts')
    for (const name of [...SLIDEV_AND_BROWSER, ...IMPORT_PACKAGES, 'jszip', 'remark-gfm']) expect(loaded.packages).not.toContain(name)
  })

  it('import loads the import stages, and no analysis, deck, Slidev or browser code', async () => {
    const loaded = await loadedBy(['import', 'test/fixtures/import/news-site.html', '--out', path.join(dir, 'imported.md')])
    expect(loaded.run.code).toBe(0)
    expect(loaded.sources).toContain('scripts/import/index.ts')
    expect(under('scripts/analyse/')(loaded.sources)).toEqual([])
    expect(under('scripts/deck/')(loaded.sources)).toEqual([])
    expect(loaded.sources).not.toContain('scripts/build.ts')
    for (const name of SLIDEV_AND_BROWSER) expect(loaded.packages).not.toContain(name)
  })
})

describe('briefdeck build of many articles in one process', () => {
  it('builds each into <out-dir>/<name>/slides.md, reports the bad one and exits 1', async () => {
    const articles = path.join(dir, 'articles')
    await mkdir(articles)
    await cp(path.join(PROJECT_ROOT, 'test/fixtures/nile-dam-talks-short.md'), path.join(articles, 'nile.md'))
    await cp(path.join(PROJECT_ROOT, 'test/fixtures/nurses-hospital-talks.md'), path.join(articles, 'nurses.md'))
    await writeFile(path.join(articles, 'broken.md'), '---\ntitle: [unclosed\n---\n\nBody.\n')
    const out = path.join(dir, 'decks')
    const run = await briefdeck(['build', articles, '--out-dir', out])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(`${path.join(articles, 'broken.md')}:2`)
    expect(run.stdout).toMatch(/^\[2\/3\] wrote .*nile\/slides\.md/m)
    expect(run.stdout.trim().split('\n').at(-1)).toBe(`built 2 of 3 articles into ${out} in ${/in (\d+ ms|[\d.]+ s);/.exec(run.stdout)?.[1]}; 1 failed: ${path.join(articles, 'broken.md')}`)
    for (const name of ['nile', 'nurses']) expect(await readFile(path.join(out, name, 'slides.md'), 'utf8')).toMatch(/^---\ntheme: default\n/)
  })
})

describe('the launcher, scripts/briefdeck.mjs', () => {
  // A throwaway project with the real launcher, a stand-in entry and the real node_modules.
  let project: string
  const entry = () => path.join(project, 'scripts', 'run.ts')
  beforeAll(async () => {
    project = path.join(dir, 'project')
    await mkdir(path.join(project, 'scripts'), { recursive: true })
    for (const file of ['briefdeck.mjs', 'compiled-state.mjs']) await cp(path.join(PROJECT_ROOT, 'scripts', file), path.join(project, 'scripts', file))
    await symlink(path.join(PROJECT_ROOT, 'node_modules'), path.join(project, 'node_modules'))
    await writeFile(path.join(project, 'package.json'), '{ "type": "module" }\n')
    await writeFile(entry(), "const from: string = 'sources'\nconsole.log(`ran the ${from}`)\n")
  })
  const launch = () => runNode(path.join(project, 'scripts', 'briefdeck.mjs'), [], { cwd: project })
  const compile = async (mtimeMs: number) => {
    await mkdir(path.join(project, 'compiled'), { recursive: true })
    await writeFile(path.join(project, 'compiled', 'run.js'), "console.log('ran the compiled code')\n")
    await writeFile(path.join(project, 'compiled', 'manifest.json'), JSON.stringify({ entry: 'run.js', inputs: { 'scripts/run.ts': mtimeMs } }))
  }

  it('runs the sources with tsx, saying why, when compiled/ is missing', async () => {
    const run = await launch()
    expect(run.stdout).toBe('ran the sources\n')
    expect(run.stderr).toMatch(/^briefdeck: compiled\/ is missing; running the TypeScript sources with tsx.*npm run compile/)
  })

  it('runs the compiled entry, silently, when every source is as it was compiled', async () => {
    const seconds = 1_700_000_000
    await utimes(entry(), seconds, seconds)
    await compile(seconds * 1000)
    expect(await launch()).toEqual({ code: 0, stdout: 'ran the compiled code\n', stderr: '' })
  })

  it('runs the sources again, naming the changed file, once a source changes', async () => {
    await utimes(entry(), 1_700_000_100, 1_700_000_100)
    const run = await launch()
    expect(run.stdout).toBe('ran the sources\n')
    expect(run.stderr).toMatch(/^briefdeck: scripts\/run\.ts changed since the last compile/)
  })
})
