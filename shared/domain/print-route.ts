import { type ExportDocument, exportDocuments, type ExportVariant, exportVariants } from './minutes-export'

/**
 * The renderer's print route, `#/afdruk/<document>/<meetingId>?variant=…`. The
 * print window (Electron) and the test printer (Playwright) load it, wait for
 * the view to report this print (job and pass) as ready, and print. `inhoud` carries the page
 * numbers of the table of contents, measured on an earlier pass.
 */
export const PRINT_ROUTE_SEGMENT = 'afdruk'

export interface PrintRequest {
  document: ExportDocument
  meetingId: string
  variant: ExportVariant
  /** One export: the print window is reused, and a new job reads the document afresh. */
  job: string
  /** Counts up per print of one export. */
  pass: number
  /** One page number per table-of-contents entry; null: no table of contents. */
  tocPages: readonly number[] | null
}

/** The data attribute on <html> through which the view reports its state to whoever prints it. */
export const PRINT_STATE_ATTRIBUTE = 'data-afdruk'
/** Names one print, so a stale "ready" of an earlier print is never taken for this one. */
export const printToken = (request: Pick<PrintRequest, 'job' | 'pass'>) => `${request.job}.${String(request.pass)}`
/** `ready:<token>` or `error:<token>:<code>`. */
export const printReadyState = (token: string) => `ready:${token}`
export const printErrorState = (token: string, code: string) => `error:${token}:${code}`
export const printErrorPrefix = (token: string) => `error:${token}:`

const JOB = /^[A-Za-z0-9]{1,32}$/u

export function printRoutePath(request: PrintRequest): string {
  const query = new URLSearchParams({ variant: request.variant, opdracht: request.job, pass: String(request.pass) })
  if (request.tocPages) query.set('inhoud', request.tocPages.join('.'))
  return `${PRINT_ROUTE_SEGMENT}/${request.document}/${encodeURIComponent(request.meetingId)}?${query.toString()}`
}

const isDocument = (value: string | undefined): value is ExportDocument =>
  (exportDocuments as readonly (string | undefined)[]).includes(value)
const isVariant = (value: string | null): value is ExportVariant =>
  (exportVariants as readonly (string | null)[]).includes(value)

/** Null when the hash is not a complete print route. */
export function parsePrintRoute(hash: string): PrintRequest | null {
  const [path = '', search = ''] = hash.replace(/^#\/?/u, '').split('?', 2)
  const [segment, document, meetingId] = path.split('/')
  if (segment !== PRINT_ROUTE_SEGMENT || !isDocument(document) || !meetingId) return null
  const query = new URLSearchParams(search)
  const variant = query.get('variant')
  if (!isVariant(variant)) return null
  const job = query.get('opdracht') ?? ''
  const pass = Number(query.get('pass') ?? '1')
  const toc = query.get('inhoud')
  const tocPages = toc === null ? null : toc === '' ? [] : toc.split('.').map(Number)
  if (!JOB.test(job) || !Number.isInteger(pass) || tocPages?.some((page) => !Number.isInteger(page) || page < 1))
    return null
  return { document, meetingId: decodeURIComponent(meetingId), variant, job, pass, tocPages }
}

export function isPrintHash(hash: string): boolean {
  return hash.replace(/^#\/?/u, '').split(/[/?]/u)[0] === PRINT_ROUTE_SEGMENT
}
