import { z } from 'zod'
import { hasInvisibleOrSteering } from '../domain/attachment'
import {
  DistrictReport,
  ReportPeriod,
  ReportScope,
  reportExportFormats,
  reportRecord,
} from './district-report.contract'
import { dataChannel, noCaseData } from './processing'

/** A package is a few hundred kilobytes; anything far bigger is not one of ours. */
export const PACKAGE_MAX_BYTES = 10 * 1024 * 1024
const PACKAGE_MAX_BASE64 = Math.ceil(PACKAGE_MAX_BYTES / 3) * 4
const UNREADABLE = 'Het rapportbestand kon niet worden gelezen. Kies het bestand opnieuw.'

export const ReportSaveRequest = z.object({
  scope: ReportScope,
  period: ReportPeriod,
  format: z.enum(reportExportFormats, 'Kies een formaat: dia’s, hand-out, CSV, Excel of rapportbestand.'),
})
export type ReportSaveRequest = z.output<typeof ReportSaveRequest>

export const ReportSaveResult = z.discriminatedUnion('saved', [
  /** The save dialog was closed: nothing written. */
  z.object({ saved: z.literal(false) }),
  z.object({ saved: z.literal(true), fileName: z.string() }),
])
export type ReportSaveResult = z.output<typeof ReportSaveResult>

export const OpenPackageRequest = z.object({
  /** Bytes cross the contract as base64, as attachments do: plain JSON over IPC and the test bridge. */
  bytes: z
    .string(UNREADABLE)
    .max(PACKAGE_MAX_BASE64, 'Dit bestand is te groot voor een rapportbestand van Tafelwerk.')
    .refine((text) => text.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/u.test(text), UNREADABLE),
  /** Only to name the file in a refusal; what it is, is read from its bytes. */
  fileName: z
    .string(UNREADABLE)
    .trim()
    .min(1, UNREADABLE)
    .max(255, 'De bestandsnaam is langer dan 255 tekens. Geef het bestand een kortere naam.')
    .refine((name) => !hasInvisibleOrSteering(name), 'Deze bestandsnaam bevat onzichtbare of sturende tekens.')
    .refine((name) => !/[\\/]/u.test(name), 'Geef alleen de bestandsnaam, zonder map.'),
})
export type OpenPackageRequest = z.output<typeof OpenPackageRequest>

export const districtReportExportContract = {
  /**
   * Asks where to save, then writes the report as dia's (PDF, 1280×720 per
   * slide), a hand-out (PDF, A4), CSV, XLSX or a report package. Only the
   * Electron main process can (save dialog, print window); the test harness
   * answers it with a test folder and a Playwright printer.
   */
  /**
   * No purpose is asked: the report leaves only suppressed counts, no personal
   * data (domain.md), so it is reporting on progress, not handing out case data.
   */
  'districtReport:save': dataChannel({
    input: ReportSaveRequest,
    output: ReportSaveResult,
    electronOnly: true,
    processing: { activity: 'voortgangsrapportage', inputRecords: reportRecord, records: reportRecord },
  }),
  /**
   * Opens a report package from another installation. Needs no vault at all,
   * not even an existing one: the accountmanager's laptop may never have had
   * one. Refused with a Dutch message when foreign, newer, damaged or invalid.
   */
  'districtReport:openPackage': {
    input: OpenPackageRequest,
    output: DistrictReport,
    whileLocked: true,
    processing: noCaseData(
      'Reads a report package from another installation: no vault is read, and it holds no case data.',
    ),
  },
} as const
