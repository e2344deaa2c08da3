import type { Browser } from 'playwright-core'
import { afterAll, afterEach, beforeAll, test } from 'vitest'
import { scannedScreens } from './axe'
import { launchChromium } from './chromium'
import { type StartOptions, TafelwerkApp } from './tafelwerk-app'

export interface Scenario {
  /**
   * One step of the scenario as its own test, so a failure names the step that
   * broke. The steps run in order on the same app; once one fails, the ones
   * after it are skipped rather than failing for the same reason. Each step
   * ends with no problem reported by the page since the previous check.
   */
  step: (name: string, run: (app: TafelwerkApp) => Promise<void> | void) => void
}

/**
 * Per test file: one Chromium, and every app a test starts closed (and its
 * vault folder deleted) after the test, whether it passed or not. A scenario's
 * app lives from the scenario's first step to its last, then closes the same way.
 */
export function useTafelwerk(): {
  start: (options?: StartOptions) => Promise<TafelwerkApp>
  scenario: (options?: StartOptions) => Scenario
} {
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
    if (scannedScreens.length > 0)
      console.info(`axe (WCAG 2.1 A/AA), no violations on: ${scannedScreens.splice(0).join('; ')}`)
  })

  return {
    async start(options) {
      if (!browser) throw new Error('Chromium is not running: call start() inside a test.')
      const app = await TafelwerkApp.start(browser, options)
      running.push(app)
      return app
    },
    // Call inside a describe: its hooks then start and close the app around that describe's steps only.
    scenario(options) {
      let app: TafelwerkApp | undefined
      let failed: string | undefined
      beforeAll(async () => {
        if (!browser) throw new Error('Chromium is not running.')
        app = await TafelwerkApp.start(browser, options)
      })
      afterAll(async () => {
        await app?.close()
      })
      return {
        step(name, run) {
          test(name, async (context) => {
            if (failed !== undefined) context.skip(`an earlier step failed: ${failed}`)
            if (!app) throw new Error('The scenario’s app has not started.')
            try {
              await run(app)
              app.expectNoProblems()
            } catch (error) {
              failed = name
              throw error
            }
          })
        },
      }
    },
  }
}
