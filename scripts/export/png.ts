/**
 * Pictures of the slides: `briefing-png/01.png`, … on request, and the images
 * in the notes handout.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { PrintSession } from './print-page.ts'

/**
 * A PNG of every slide on the print page, in order, at the session's pixel
 * density. `onSlide(n, total)` is called after each one, for progress.
 */
export async function captureSlidePngs(
  session: PrintSession,
  onSlide: (done: number, total: number) => void = () => undefined,
): Promise<Buffer[]> {
  const containers = session.page.locator('.print-slide-container')
  const total = await containers.count()
  const pngs: Buffer[] = []
  for (let i = 0; i < total; i++) {
    pngs.push(await containers.nth(i).screenshot({ type: 'png', animations: 'disabled' }))
    onSlide(i + 1, total)
  }
  return pngs
}

/** `01.png` for the first of up to 99 slides; padded to the width of the last number. */
export function slidePngName(index: number, total: number): string {
  return `${String(index + 1).padStart(Math.max(2, String(total).length), '0')}.png`
}

/** Writes `pngs` into `dir` (created if missing) as `01.png`, …; returns the paths. */
export async function writeSlidePngs(pngs: Buffer[], dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true })
  const files: string[] = []
  for (const [index, png] of pngs.entries()) {
    const file = path.join(dir, slidePngName(index, pngs.length))
    await writeFile(file, png)
    files.push(file)
  }
  return files
}
