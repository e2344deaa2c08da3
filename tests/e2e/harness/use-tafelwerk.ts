import type { Browser } from 'playwright-core'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { scannedScreens } from './axe'
import { launchChromium } from './chromium'
import { type StartOptions, TafelwerkApp } from './tafelwerk-app'

/**
 * Per test file: one Chromium, and every app a test starts closed (and its
 * vault folder deleted) after the test, whether it passed or not.
 */
export function useTafelwerk(): { start: (options?: StartOptions) => Promise<TafelwerkApp> } {
  let browser: Browser | undefined
  const running: TafelwerkApp[] = []

  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterEach(async () => {
    for (const app of running.splice(0)) await app.close()
  })
  afterAll(async () => {
    await browser?.close()
    // A line in the test log of what was scanned, so a reader can see the coverage.
    if (scannedScreens.length > 0) console.info(`axe (WCAG 2.1 A/AA), no violations on: ${scannedScreens.splice(0).join('; ')}`)
  })

  return {
    async start(options) {
      if (!browser) throw new Error('Chromium is not running: call start() inside a test.')
      const app = await TafelwerkApp.start(browser, options)
      running.push(app)
      return app
    },
  }
}
