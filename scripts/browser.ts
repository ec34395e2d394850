/**
 * Finding the Chromium that exports run in. briefdeck never downloads a
 * browser: it uses the one already on the machine, or tells the user how to
 * get one.
 */
import { accessSync, constants, statSync } from 'node:fs'
import path from 'node:path'
import { InputError } from './errors.ts'

/** Environment variable naming the browser, when `--browser` is not given. */
export const BROWSER_ENV = 'BRIEFDECK_BROWSER'

/**
 * Where Chromium and Chrome are installed by the usual packages, most likely
 * first: Debian's `chromium`, Ubuntu's older `chromium-browser`, Google's
 * `.deb`, the snap, and the macOS application bundles.
 */
export const INSTALL_PATHS: readonly string[] = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
]

/** Program names looked up on `PATH` after the install paths. */
export const PROGRAM_NAMES: readonly string[] = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']

/** No usable browser: says what was tried and how to get one. Exit code 1. */
export class BrowserNotFoundError extends InputError {
  readonly tried: string[]

  constructor(message: string, tried: string[]) {
    super(message)
    this.name = 'BrowserNotFoundError'
    this.tried = tried
  }
}

export interface FindBrowserOptions {
  /** A path the user gave (`--browser PATH`); wins over everything else. */
  explicit?: string
  /** The environment; `BRIEFDECK_BROWSER` and `PATH` are read from it. */
  env: NodeJS.ProcessEnv
  /** Whether an executable exists at a path. */
  exists: (file: string) => boolean
}

/**
 * The browser to export with: `explicit`, else `$BRIEFDECK_BROWSER`, else the
 * first of {@link INSTALL_PATHS} and then of {@link PROGRAM_NAMES} on `PATH`
 * that exists. A path the user named that does not exist is an error rather
 * than a reason to fall back: they asked for that browser.
 *
 * @throws {BrowserNotFoundError} listing every path tried.
 */
export function findBrowser(options: FindBrowserOptions): string {
  const named = options.explicit ?? nonEmpty(options.env[BROWSER_ENV])
  if (named !== undefined) {
    if (options.exists(named)) return named
    const source = options.explicit !== undefined ? '--browser' : `$${BROWSER_ENV}`
    throw new BrowserNotFoundError(
      `No browser at ${named} (from ${source}).\n` +
        'Give the path of a Chromium or Chrome executable, or leave it out to use the one installed on this machine.\n' +
        installHint(),
      [named],
    )
  }
  const tried = candidates(options.env)
  const found = tried.find((file) => options.exists(file))
  if (found !== undefined) return found
  throw new BrowserNotFoundError(
    'No Chromium or Chrome found for the export. Tried:\n' +
      tried.map((file) => `  ${file}\n`).join('') +
      installHint(),
    tried,
  )
}

/**
 * {@link findBrowser} against this machine's file system.
 *
 * @param explicit the `--browser` value, if any.
 * @param env defaults to `process.env`.
 */
export function locateBrowser(explicit?: string, env: NodeJS.ProcessEnv = process.env): string {
  return findBrowser({ explicit, env, exists: isExecutableFile })
}

function candidates(env: NodeJS.ProcessEnv): string[] {
  const onPath = (env.PATH ?? '')
    .split(path.delimiter)
    .filter((dir) => dir !== '')
    .flatMap((dir) => PROGRAM_NAMES.map((name) => path.join(dir, name)))
  return [...new Set([...INSTALL_PATHS, ...onPath])]
}

function installHint(): string {
  return (
    'Install Chromium (Debian/Ubuntu: `apt-get install chromium`), ' +
    `or point briefdeck at a browser with --browser PATH or ${BROWSER_ENV}=PATH.`
  )
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value
}

function isExecutableFile(file: string): boolean {
  try {
    if (!statSync(file).isFile()) return false
    accessSync(file, constants.X_OK)
    return true
  } catch {
    return false
  }
}
