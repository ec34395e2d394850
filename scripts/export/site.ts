/**
 * The static site: `slidev build` of the deck, presenter mode included,
 * written next to the output folder first and moved into place only when the
 * build succeeded.
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chmod, mkdir, mkdtemp, readdir, rename, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import { InputError } from '../errors.ts'

export interface BuildSiteOptions {
  /** The Slidev markdown file. */
  deck: string
  /** Where the site goes; replaced as a whole. */
  outDir: string
  /** URL path the site is served under (default `/`); e.g. `/briefing/` for a sub-folder. */
  base?: string
  /** Called with each line Slidev prints, for progress. */
  onOutput?: (line: string) => void
}

/** Marks a folder as a site briefdeck built, so a rebuild may replace it. */
const SITE_MARKER = 'index.html'

/**
 * Builds the static site into `outDir`. The folder is replaced whole, so it
 * must be empty, missing, or a site built before (it holds `index.html`).
 *
 * @throws {InputError} when `outDir` holds something else, or is the deck's folder.
 */
export async function buildSite(options: BuildSiteOptions): Promise<void> {
  const outDir = path.resolve(options.outDir)
  const deck = path.resolve(options.deck)
  await checkReplaceable(outDir, deck)
  const parent = path.dirname(outDir)
  await mkdir(parent, { recursive: true })
  // Same file system as outDir, so the final move is a rename; the name is gitignored.
  const staging = await mkdtemp(path.join(parent, '.briefdeck-tmp-site-'))
  try {
    await runSlidevBuild(deck, staging, options)
    if (!existsSync(path.join(staging, 'index.html'))) throw new Error(`slidev build wrote no index.html into ${staging}`)
    // mkdtemp makes the folder private (0700); a web server running as another user must read it.
    await chmod(staging, 0o755)
    await rm(outDir, { recursive: true, force: true })
    await rename(staging, outDir)
  } finally {
    await rm(staging, { recursive: true, force: true })
  }
}

async function checkReplaceable(outDir: string, deck: string): Promise<void> {
  const deckDir = path.dirname(deck)
  if (outDir === deckDir || deckDir.startsWith(outDir + path.sep) || outDir === path.parse(outDir).root) {
    throw new InputError(`Refusing to build the site into ${outDir}: it would replace the deck's own folder. Pick another --out-dir, e.g. dist/.`)
  }
  if (!existsSync(outDir)) return
  const entries = await readdir(outDir)
  if (entries.length > 0 && !entries.includes(SITE_MARKER)) {
    throw new InputError(
      `Refusing to build the site into ${outDir}: the folder is not empty and holds no index.html, so it is not a site built before. ` +
        'Pick an empty or new --out-dir, e.g. dist/.',
    )
  }
}

function runSlidevBuild(deck: string, out: string, options: BuildSiteOptions): Promise<void> {
  const require = createRequire(import.meta.url)
  const bin = path.join(path.dirname(require.resolve('@slidev/cli/package.json')), 'bin', 'slidev.mjs')
  const args = [bin, 'build', deck, '--out', out, ...(options.base === undefined ? [] : ['--base', options.base])]
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: path.dirname(deck),
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    })
    const tail: string[] = []
    const collect = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split(/\r?\n/)) {
        if (line.trim() === '') continue
        tail.push(line)
        if (tail.length > 40) tail.shift()
        options.onOutput?.(line)
      }
    }
    child.stdout.on('data', collect)
    child.stderr.on('data', collect)
    child.on('error', reject)
    child.on('close', (code, signal) => {
      if (code === 0) resolve()
      else reject(new Error(`slidev build failed (${signal ?? `exit ${code}`}) for ${deck}:\n${tail.join('\n')}`))
    })
  })
}
