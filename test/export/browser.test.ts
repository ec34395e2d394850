import { describe, expect, it } from 'vitest'
import { BROWSER_ENV, BrowserNotFoundError, findBrowser, INSTALL_PATHS } from '../../scripts/browser.ts'
import { InputError } from '../../scripts/errors.ts'

const existing = (...files: string[]) => (file: string) => files.includes(file)

describe('findBrowser', () => {
  it('takes an explicit path over the environment and the install paths', () => {
    const found = findBrowser({
      explicit: '/opt/chrome/chrome',
      env: { [BROWSER_ENV]: '/opt/other/chromium' },
      exists: existing('/opt/chrome/chrome', '/opt/other/chromium', '/usr/bin/chromium'),
    })
    expect(found).toBe('/opt/chrome/chrome')
  })

  it('takes BRIEFDECK_BROWSER over the install paths', () => {
    const found = findBrowser({ env: { [BROWSER_ENV]: '/opt/other/chromium' }, exists: existing('/opt/other/chromium', '/usr/bin/chromium') })
    expect(found).toBe('/opt/other/chromium')
  })

  it('ignores an empty BRIEFDECK_BROWSER', () => {
    expect(findBrowser({ env: { [BROWSER_ENV]: '  ' }, exists: existing('/usr/bin/chromium') })).toBe('/usr/bin/chromium')
  })

  it('tries the install paths in order: Debian chromium before chromium-browser before Chrome', () => {
    expect(findBrowser({ env: {}, exists: existing('/usr/bin/google-chrome', '/usr/bin/chromium-browser') })).toBe('/usr/bin/chromium-browser')
    expect(findBrowser({ env: {}, exists: existing('/usr/bin/google-chrome', '/usr/bin/chromium') })).toBe('/usr/bin/chromium')
    expect(INSTALL_PATHS.slice(0, 3)).toEqual(['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'])
  })

  it('looks on PATH after the install paths', () => {
    const found = findBrowser({ env: { PATH: '/home/me/bin:/usr/local/bin' }, exists: existing('/usr/local/bin/chromium') })
    expect(found).toBe('/usr/local/bin/chromium')
  })

  it('fails on an explicit path that does not exist instead of falling back', () => {
    const attempt = () => findBrowser({ explicit: '/nope/chrome', env: {}, exists: existing('/usr/bin/chromium') })
    expect(attempt).toThrow(BrowserNotFoundError)
    expect(attempt).toThrow(/No browser at \/nope\/chrome \(from --browser\)/)
  })

  it('names BRIEFDECK_BROWSER when the path came from there', () => {
    expect(() => findBrowser({ env: { [BROWSER_ENV]: '/nope/chrome' }, exists: existing() })).toThrow(`from $${BROWSER_ENV}`)
  })

  it('lists every path tried and how to install Chromium when none exists', () => {
    let error: unknown
    try {
      findBrowser({ env: { PATH: '/x/bin' }, exists: existing() })
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(BrowserNotFoundError)
    expect(error).toBeInstanceOf(InputError)
    const { message, tried } = error as BrowserNotFoundError
    for (const file of [...INSTALL_PATHS, '/x/bin/chromium', '/x/bin/google-chrome']) {
      expect(tried).toContain(file)
      expect(message).toContain(`  ${file}\n`)
    }
    expect(message).toContain('apt-get install chromium')
    expect(message).toContain('--browser PATH')
  })

  it('tries each path once even when PATH repeats an install directory', () => {
    let tried: string[] = []
    try {
      findBrowser({ env: { PATH: '/usr/bin:/usr/bin' }, exists: existing() })
    } catch (error) {
      tried = (error as BrowserNotFoundError).tried
    }
    expect(tried.filter((file) => file === '/usr/bin/chromium')).toHaveLength(1)
  })
})
