import type { BrowserContext, Page } from 'playwright-core'
import type { RoutePrinter } from '../../../db/exports/print-pdf'
import { OmtError, type ErrorCode, errorCodes } from '../../../shared/contract/errors'
import { PRINT_STATE_ATTRIBUTE, printErrorPrefix, printReadyState } from '../../../shared/domain/print-route'
import { APP_ORIGIN } from './serve-renderer'

/**
 * What Electron's print window does, with Playwright: Chromium's page.pdf on
 * the same route with the same options. The page is kept between prints (as
 * the app keeps its print window); after the first load only the hash changes.
 */
export class PlaywrightRoutePrinter implements RoutePrinter {
  private page: Page | null = null

  constructor(private readonly context: BrowserContext) {}

  async print(route: string, token: string, { tagged }: { tagged: boolean }): Promise<Uint8Array> {
    const open = this.page && !this.page.isClosed() ? this.page : null
    const page = open ?? (await this.context.newPage())
    this.page = page
    if (open) await page.evaluate((hash) => (window.location.hash = hash), `#/${route}`)
    else await page.goto(`${APP_ORIGIN}/index.html#/${route}`)
    const state = await page.waitForFunction(
      ({ attribute, ready, failed }) => {
        const value = document.documentElement.getAttribute(attribute) ?? ''
        return value === ready || value.startsWith(failed) ? value : null
      },
      { attribute: PRINT_STATE_ATTRIBUTE, ready: printReadyState(token), failed: printErrorPrefix(token) },
      { timeout: 30_000 },
    )
    const value = (await state.jsonValue()) ?? ''
    if (value !== printReadyState(token)) {
      const code = value.slice(printErrorPrefix(token).length)
      throw new OmtError((errorCodes as string[]).includes(code) ? (code as ErrorCode) : 'EXPORT_FAILED')
    }
    return page.pdf({ printBackground: true, preferCSSPageSize: true, tagged, outline: tagged })
  }

  async close(): Promise<void> {
    await this.page?.close()
    this.page = null
  }
}
