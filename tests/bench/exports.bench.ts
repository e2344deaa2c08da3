import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PDFDocument } from 'pdf-lib'
import { defaultFileName, exportModelFor } from '../../db/exports/render-export'
import { saveExport } from '../../db/exports/save-export'
import { createHandlers } from '../../db/handlers/create-handlers'
import { createDispatcher } from '../../db/handlers/dispatch'
import { Vault } from '../../db/vault/vault'
import type { SaveRequest } from '../../shared/contract/export.contract'
import { channels } from '../../shared/contract/index'
import { launchChromium } from '../e2e/harness/chromium'
import { installOmtBridge, TEST_LOCK_EVENT } from '../e2e/harness/omt-bridge-script'
import { PlaywrightRoutePrinter } from '../e2e/harness/route-printer'
import { assertRendererBuilt, serveRenderer } from '../e2e/harness/serve-renderer'
import { seedMeeting } from '../support/export-seed'
import { type Measurement, measure } from './measure'
import { withTestOwner } from '../support/test-owner'

const PASSPHRASE = 'benchmark wachtwoord met lengte'
/** The default agenda has 10 items and the seed adds 2; 28 more make a 40-item meeting. */
const EXTRA_ITEMS = 28

/**
 * Minutes of a 40-item meeting with multi-paragraph notes (about 30 pages)
 * through the real export path: model from the vault, the print route in
 * Chromium with its table of contents measured over two or three prints,
 * document properties, atomic write and export record; DOCX from the same
 * model. "warm": the print page is kept between exports, as the app keeps
 * its hidden print window; "cold": a fresh page that loads the app first,
 * as the first export after unlocking does. Needs a built renderer.
 */
export async function benchExports(): Promise<{ warmPdf: Measurement; pages: number }> {
  assertRendererBuilt()
  const folder = mkdtempSync(join(tmpdir(), 'tafelwerk-bench-exports-'))
  const browser = await launchChromium()
  try {
    const vault = new Vault(folder)
    await vault.create(PASSPHRASE, PASSPHRASE, withTestOwner)
    const dispatch = createDispatcher(vault, undefined, createHandlers(vault))
    const { meeting } = await seedMeeting(dispatch, vault, { extraItems: EXTRA_ITEMS })
    const context = await browser.newContext({ locale: 'nl-NL' })
    await serveRenderer(context, (url) => {
      throw new Error(`request outside the app: ${url}`)
    })
    await context.exposeBinding('__omtDispatch', (_source, channel: unknown, input: unknown) =>
      dispatch(channel, input),
    )
    // tsx names functions with a __name helper that a serialised init script does not carry along.
    await context.addInitScript('window.__name = (fn) => fn')
    await context.addInitScript(installOmtBridge, { channels, lockEvent: TEST_LOCK_EVENT })

    const save = async (format: SaveRequest['format'], printer: PlaywrightRoutePrinter) => {
      const request: SaveRequest = {
        meetingId: meeting.id,
        document: 'verslag',
        variant: 'volledig',
        format,
        purpose: 'benchmark',
      }
      const model = await exportModelFor(vault.db, request)
      const target = join(folder, defaultFileName(model, format))
      await saveExport(vault.db, model, request, target, printer)
      return target
    }
    const warm = new PlaywrightRoutePrinter(context)
    const pages = (await PDFDocument.load(readFileSync(await save('pdf', warm)))).getPageCount()
    const extra = { items: meeting.items.length, pages, engine: 'chromium page.pdf', limit_ms: 1500 }
    const warmPdf = await measure('export.minutes-40-items.pdf.warm', 7, () => save('pdf', warm), extra, 1)
    await measure(
      'export.minutes-40-items.pdf.cold',
      5,
      async () => {
        const cold = new PlaywrightRoutePrinter(context)
        await save('pdf', cold)
        await cold.close()
      },
      extra,
      1,
    )
    await measure(
      'export.minutes-40-items.docx',
      10,
      () => save('docx', warm),
      { items: meeting.items.length, limit_ms: 1000 },
      2,
    )
    await warm.close()
    vault.lock()
    return { warmPdf, pages }
  } finally {
    await browser.close()
    rmSync(folder, { recursive: true, force: true })
  }
}
