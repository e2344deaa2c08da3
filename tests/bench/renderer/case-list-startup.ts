import type { Page } from 'playwright-core'
import { TafelwerkApp } from '../../e2e/harness/tafelwerk-app'
import type { StartupProbe } from './page-probes'

export interface StartupRun extends StartupProbe {
  rowsPaintedMs: number
  inputMs: number
  respondedMs: number
}

const probeOf = (page: Page) =>
  page.evaluate(() => (window as unknown as { __startupProbe: StartupProbe }).__startupProbe)

/**
 * One navigation to #/casussen with the vault already unlocked (main holds it
 * open, as after a reload of the window): waits for the first case rows, then
 * wheels the list once and waits until the list has rendered rows beyond the
 * first screen. The page's startup probe (installStartupProbe) takes the times.
 */
export async function startupRun(page: Page, run: number): Promise<StartupRun> {
  // A query string makes it a new document each run; the app reads only the hash.
  await page.goto(`${TafelwerkApp.url().replace('index.html', `index.html?run=${String(run)}`)}#/casussen`, {
    waitUntil: 'commit',
  })
  await page.waitForFunction(
    () => (window as unknown as { __startupProbe?: StartupProbe }).__startupProbe?.rowsPaintedMs != null,
    undefined,
    { polling: 'raf', timeout: 30_000 },
  )
  const box = await page.locator('.case-grid__scroll').boundingBox()
  if (!box) throw new Error('the case list has no box')
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  await page.mouse.wheel(0, 1500)
  await page.waitForFunction(
    () => (window as unknown as { __startupProbe?: StartupProbe }).__startupProbe?.respondedMs != null,
    undefined,
    { polling: 'raf', timeout: 30_000 },
  )
  const probe = await probeOf(page)
  if (probe.rowsPaintedMs === null || probe.inputMs === null || probe.respondedMs === null)
    throw new Error(`startup probe incomplete: ${JSON.stringify(probe)}`)
  return probe as StartupRun
}
