import { createHash } from 'node:crypto'
import { z } from 'zod'
import { DistrictReport, ReportColumn, Thresholds } from '../../../shared/contract/district-report.contract'
import { type ErrorCode, errorMessages, OmtError } from '../../../shared/contract/errors'
import { canonicalJson } from '../../../shared/domain/canonical-json'

/**
 * The report package, `*.tafelrapport`: the district report as it was
 * shown, for the accountmanager's own laptop. Three parts, nothing else:
 *
 *   TAFELWERK-RAPPORT 1\n
 *   <SHA-256 of the body, 64 lower-case hex digits>\n
 *   <body: the canonical JSON of PackageBody, UTF-8, no trailing newline>
 *
 * The body holds the DistrictReport (already suppressed, no case, subject,
 * name or free text in it), its notes, period, scope label and thresholds.
 *
 * Integrity, not authenticity: the digest tells a damaged or edited file
 * from the one Tafelwerk wrote, but it is no signature. Anyone who changes the
 * body can also write a new digest; the package proves nothing about who made
 * it. What it guarantees is that an opened package is shown exactly as it was
 * exported, or not at all.
 */
export const PACKAGE_MAGIC = 'TAFELWERK-RAPPORT'
export const PACKAGE_VERSION = 1
export const PACKAGE_EXTENSION = 'tafelrapport'
const FORMAT = 'tafelwerk-rapport'

export const PackageBody = z
  .object({
    format: z.literal(FORMAT),
    version: z.literal(PACKAGE_VERSION),
    scopeLabel: z.string(),
    period: ReportColumn,
    generatedAt: z.string(),
    thresholds: Thresholds,
    report: DistrictReport,
  })
  .strict()
export type PackageBody = z.output<typeof PackageBody>

const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

export function writeReportPackage(report: DistrictReport): Uint8Array {
  const body: PackageBody = {
    format: FORMAT,
    version: PACKAGE_VERSION,
    scopeLabel: report.scopeLabel,
    period: report.period,
    generatedAt: report.generatedAt,
    thresholds: report.thresholds,
    report,
  }
  const bodyBytes = Buffer.from(canonicalJson(body), 'utf8')
  const head = Buffer.from(`${PACKAGE_MAGIC} ${String(PACKAGE_VERSION)}\n${sha256Hex(bodyBytes)}\n`, 'ascii')
  return new Uint8Array(Buffer.concat([head, bodyBytes]))
}

const NEWLINE = 0x0a
const VERSION_LINE = /^TAFELWERK-RAPPORT (0|[1-9][0-9]{0,8})$/u
const DIGEST_LINE = /^[0-9a-f]{64}$/u
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

/** The bytes of one line up to its newline, as ASCII; null when there is no newline. */
function lineAt(bytes: Uint8Array, start: number): { text: string; next: number } | null {
  const end = bytes.indexOf(NEWLINE, start)
  if (end < 0) return null
  return { text: Buffer.from(bytes.subarray(start, end)).toString('latin1'), next: end + 1 }
}

/**
 * Opens a package, or refuses it with the Dutch reason: not ours
 * (PACKAGE_FOREIGN), from a newer Tafelwerk (PACKAGE_TOO_NEW), any byte
 * changed, added or cut off (PACKAGE_DAMAGED), or a body that is intact but
 * no report this version can show (PACKAGE_INVALID).
 */
export function readReportPackage(bytes: Uint8Array, fileName?: string): DistrictReport {
  try {
    return readPackage(bytes)
  } catch (error) {
    // The file's name leads the message, so the user knows which of several files was refused.
    if (fileName && error instanceof OmtError && error.code.startsWith('PACKAGE_'))
      throw new OmtError(error.code, `‘${fileName}’: ${lowerFirst(errorMessages[error.code as PackageCode])}`)
    throw error
  }
}

type PackageCode = Extract<ErrorCode, `PACKAGE_${string}`>
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1)

function readPackage(bytes: Uint8Array): DistrictReport {
  const magic = Buffer.from(PACKAGE_MAGIC, 'ascii')
  if (bytes.length < magic.length || !magic.equals(Buffer.from(bytes.subarray(0, magic.length))))
    throw new OmtError('PACKAGE_FOREIGN')
  const first = lineAt(bytes, 0)
  const version = first ? VERSION_LINE.exec(first.text) : null
  if (!first || !version) throw new OmtError('PACKAGE_DAMAGED')
  const number = Number(version[1])
  if (number > PACKAGE_VERSION) throw new OmtError('PACKAGE_TOO_NEW')
  if (number < PACKAGE_VERSION) throw new OmtError('PACKAGE_DAMAGED')
  const second = lineAt(bytes, first.next)
  if (!second || !DIGEST_LINE.test(second.text)) throw new OmtError('PACKAGE_DAMAGED')
  const body = bytes.subarray(second.next)
  // Trailing data, a cut-off end or one changed byte of the body all change its digest.
  if (sha256Hex(body) !== second.text) throw new OmtError('PACKAGE_DAMAGED')
  return parseBody(body)
}

function parseBody(body: Uint8Array): DistrictReport {
  let text: string
  let json: unknown
  try {
    text = strictUtf8.decode(body)
    json = JSON.parse(text)
  } catch {
    throw new OmtError('PACKAGE_INVALID')
  }
  // The digest matched, so this is what was written; a writer other than ours may still have written nonsense.
  const parsed = PackageBody.safeParse(json)
  if (!parsed.success) throw new OmtError('PACKAGE_INVALID')
  // Exactly a report and nothing besides: a key the schema would strip (a smuggled list of cases) refuses the file.
  if (canonicalJson(parsed.data) !== text) throw new OmtError('PACKAGE_INVALID')
  const { report, ...head } = parsed.data
  const agrees =
    head.scopeLabel === report.scopeLabel &&
    head.generatedAt === report.generatedAt &&
    canonicalJson(head.period) === canonicalJson(report.period) &&
    canonicalJson(head.thresholds) === canonicalJson(report.thresholds)
  if (!agrees) throw new OmtError('PACKAGE_INVALID')
  return report
}
