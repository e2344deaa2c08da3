import {
  getDocument,
  InvalidPDFException,
  PDFWorker,
  type PDFDocumentProxy,
  TextLayer,
  VerbosityLevel,
} from 'pdfjs-dist'
// Vite emits the worker as a file of our own bundle, so it is served by app:// like the rest (CSP: worker-src 'self').
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url'
// pdf.js 6 decodes black-and-white scans (CCITT fax, JBIG2) only with this module, which its worker imports by this
// exact file name from `wasmUrl`; the build keeps the name and puts the hash in the folder (electron.vite.config.ts).
import jbig2DecoderUrl from 'pdfjs-dist/wasm/jbig2_nowasm_fallback.js?url'
import { PDF_DAMAGED, PDF_FAILED, PDF_PROTECTED } from './pdf-messages'

/** A page's size in CSS pixels at 100 %, rotation and user unit applied. */
export interface PageSize {
  width: number
  height: number
}

export interface LoadedPdf {
  document: PDFDocumentProxy
  /** Known before any page is drawn, so every page takes its place at once and scrolling does not jump. */
  pages: PageSize[]
}

export interface OpenedPdf {
  /** Resolves with the parsed document, or rejects with a Dutch message for the user. */
  loaded: Promise<LoadedPdf>
  /** Stops the parse or releases the document, ends its worker and drops pdf.js's text measuring canvases. */
  close: () => void
}

class WorkerFailure extends Error {}

function dutchMessageOf(failure: unknown): string {
  if (failure instanceof InvalidPDFException) return PDF_DAMAGED
  // pdf.js does not export this class; its errors carry their class name.
  if (failure instanceof Error && failure.name === 'PasswordException') return PDF_PROTECTED
  if (failure instanceof WorkerFailure) return PDF_FAILED
  // Anything else broke while reading the page tree: the file, not Tafelwerk.
  return PDF_DAMAGED
}

async function pageSizesOf(document: PDFDocumentProxy): Promise<PageSize[]> {
  const numbers = Array.from({ length: document.numPages }, (_, index) => index + 1)
  return Promise.all(
    numbers.map(async (number) => {
      const { width, height } = (await document.getPage(number)).getViewport({ scale: 1 })
      return { width, height }
    }),
  )
}

/**
 * Parses PDF bytes in a worker of their own, ended again on close so a closed
 * viewer holds no memory. The worker is started here rather than by pdf.js,
 * which would wrap it in a blob: script whenever it doubts the page's origin
 * (as with a custom scheme like app://); a blob: worker the CSP does not allow.
 *
 * Nothing is fetched and nothing is evaluated (the CSP allows neither): no
 * standard font, CMap or WebAssembly files. Besides its worker, pdf.js loads
 * only its JBIG2 decoder in plain JavaScript, a module of our bundle that the
 * worker imports once a page holds a black-and-white scan. The standard fonts
 * a PDF names without embedding them (pdf-lib's Helvetica, say) are drawn
 * with the system's own; Tafelwerk's minutes embed their font. What pdf.js
 * cannot decode without the other files (JPEG 2000 images, CJK text without
 * an embedded font) stays blank rather than being fetched.
 */
export function openPdf(bytes: Uint8Array): OpenedPdf {
  const port = new Worker(workerUrl, { type: 'module', name: 'pdf.js' })
  const worker = PDFWorker.create({ port })
  // pdf.js moves the bytes into the worker; a copy keeps the caller's bytes usable (React may run an effect twice).
  const task = getDocument({
    data: bytes.slice(),
    worker,
    useSystemFonts: true,
    // Without these pdf.js would try to compile WebAssembly (PostScript functions; the CSP refuses it) and to draw
    // on a transferred canvas in a renderer worker of its own; its plain JavaScript paths draw the same.
    useWasm: false,
    wasmUrl: new URL('./', new URL(jbig2DecoderUrl, document.baseURI)).href,
    disableWorkerRendering: true,
    enableXfa: false,
    verbosity: VerbosityLevel.ERRORS,
  })
  const workerFailed = new Promise<never>((_, reject) => {
    port.addEventListener('error', () => reject(new WorkerFailure('the pdf.js worker did not start')), { once: true })
  })
  const loaded = Promise.race([task.promise, workerFailed])
    .then(async (document) => ({ document, pages: await pageSizesOf(document) }))
    .catch((failure: unknown) => {
      throw new Error(dutchMessageOf(failure))
    })
  const close = () => {
    void task.destroy().finally(() => {
      // Not before: React runs this (the parent's) cleanup before the pages' cleanups cancel their text layers, and
      // TextLayer.cleanup() leaves its measuring canvases in <body> while any layer is pending. (pdf.js 6.5's own
      // destroy() cleans up at this point too; close() keeps its promise without relying on that.)
      TextLayer.cleanup()
      worker.destroy()
      port.terminate()
    })
  }
  return { loaded, close }
}
