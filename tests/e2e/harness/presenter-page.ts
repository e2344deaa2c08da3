import type { BrowserContext, Page } from 'playwright-core'
import type { HandlersFor } from '../../../db/handlers/handler-types'
import { presenterRoutePath } from '../../../shared/domain/presenter-route'
import { APP_ORIGIN } from './serve-renderer'

/**
 * The Electron-only `presenter:open` as the harness answers it: where main
 * opens a second window on another display, the test opens a second page on
 * the same route in the same browser context, so the two pages share the
 * origin and their BroadcastChannel as the two windows do.
 */
export function testPresenterHandlers(
  context: () => BrowserContext,
  opened: (page: Page) => void,
): HandlersFor<'presenter:open'> {
  let page: Page | null = null
  return {
    'presenter:open': async ({ session }) => {
      const url = `${APP_ORIGIN}/index.html#/${presenterRoutePath(session)}`
      // One presenter window at a time, as in main: opening again shows the new session in it.
      if (!page || page.isClosed()) {
        page = await context().newPage()
        opened(page)
      }
      await page.goto(url)
      return { opened: true }
    },
  }
}
