import { randomBytes } from 'node:crypto'
import type { PDFDocument } from 'pdf-lib'
import type { ExportModel } from '../../shared/contract/export.contract'
import { TOC_MIN_PAGES } from '../../shared/domain/export-options'
import type { ExportVariant } from '../../shared/domain/minutes-export'
import { printRoutePath, printToken } from '../../shared/domain/print-route'
import { destinationPages } from './pdf-destinations'
import { loadPdf } from './pdf-properties'

/**
 * Prints the print route with Chromium: Electron's hidden print window in the
 * app, Playwright's page.pdf in tests and benchmarks. Both show the route,
 * wait until the view reports `token` ready (or failed), and print with the
 * same options (A4 from CSS, backgrounds). `tagged` asks for the structure
 * tree and outline; a measuring print skips them, which halves its time and
 * changes nothing in the layout.
 */
export interface RoutePrinter {
  print(route: string, token: string, options: { tagged: boolean }): Promise<Uint8Array>
}

const MAX_PASSES = 4

export interface PrintedPdf {
  /** Already parsed: the caller sets the document properties without parsing it again. */
  document: PDFDocument
  pages: number
  /** How many times Chromium printed: 1 for a decision list or agenda, 2 for minutes (3 after a surprise). */
  passes: number
  tocPages: number[] | null
}

/**
 * Minutes longer than five pages get a table of contents with real page
 * numbers. Chromium has no target-counter(), so the numbers are measured:
 * the first print has the contents list with its number column left blank,
 * and its links' named destinations tell on which page every heading
 * landed. The numbers sit in a fixed-width column, so filling them in moves
 * nothing: the second print, with the numbers, is the final one (checked
 * against its own destinations; a surprise costs one more print). Minutes that turn out short are printed
 * again without a contents list; "short" counts the pages from the first
 * heading after the list, so the list itself does not make minutes long.
 */
export async function printPdf(printer: RoutePrinter, model: ExportModel, variant: ExportVariant): Promise<PrintedPdf> {
  const job = randomBytes(8).toString('hex')
  const print = async (pass: number, tocPages: readonly number[] | null, tagged = true) => {
    const route = printRoutePath({
      document: model.document,
      meetingId: model.head.meetingId,
      variant,
      job,
      pass,
      tocPages,
    })
    return loadPdf(await printer.print(route, printToken({ job, pass }), { tagged }))
  }
  const plain = async (pass: number): Promise<PrintedPdf> => {
    const document = await print(pass, null)
    return { document, pages: document.getPageCount(), passes: pass, tocPages: null }
  }
  if (model.document !== 'verslag') return plain(1)

  const anchors = model.toc.map((entry) => entry.anchor)
  const first = await print(1, [], false)
  let measured = destinationPages(first, anchors)
  const contentPages = measured ? first.getPageCount() - ((measured[0] ?? 1) - 1) : 0
  // Better no table of contents than one with wrong numbers.
  if (!measured || contentPages < TOC_MIN_PAGES) return plain(2)
  for (let pass = 2; ; pass++) {
    const document = await print(pass, measured)
    const actual = destinationPages(document, anchors)
    if (!actual) return plain(pass + 1)
    if (actual.every((page, index) => page === measured?.[index]) || pass === MAX_PASSES) {
      return { document, pages: document.getPageCount(), passes: pass, tocPages: measured }
    }
    measured = actual
  }
}
