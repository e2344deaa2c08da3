import { z } from 'zod'
import { noCaseData, processingActivityIds } from './processing'

/** One version of an activity in the register of processing activities (verwerkingsregister, AVG art. 30). */
export const ProcessingActivity = z.object({
  id: z.string(),
  version: z.number().int(),
  name: z.string(),
  purpose: z.string(),
  legalBasis: z.string(),
  dataCategories: z.string(),
  subjectCategories: z.string(),
  retention: z.string(),
  recipients: z.string(),
  createdAt: z.string(),
})
export type ProcessingActivity = z.output<typeof ProcessingActivity>

const longText = (missing: string) =>
  z.string(missing).trim().min(1, missing).max(2000, 'Gebruik hoogstens 2000 tekens.')

/** What the user edits; the id and version are the register's. */
export const ProcessingActivityValues = z.object({
  name: z.string('Vul een naam in.').trim().min(1, 'Vul een naam in.').max(120, 'Gebruik hoogstens 120 tekens.'),
  purpose: longText('Vul het doel van de verwerking in.'),
  legalBasis: longText('Vul de grondslag in.'),
  dataCategories: longText('Vul in welke soorten gegevens worden verwerkt.'),
  subjectCategories: longText('Vul in over wie gegevens worden verwerkt.'),
  retention: longText('Vul de bewaartermijn in.'),
  recipients: longText('Vul de ontvangers in.'),
})
export type ProcessingActivityValues = z.output<typeof ProcessingActivityValues>

export const processingActivityFields = Object.keys(
  ProcessingActivityValues.shape,
) as (keyof ProcessingActivityValues)[]

const ActivityId = z.enum(processingActivityIds, 'Kies een verwerking uit het register.')

export const ProcessingRegisterExportRequest = z.object({})
export const PrivacySaveResult = z.discriminatedUnion('saved', [
  /** The save dialog was closed: nothing written. */
  z.object({ saved: z.literal(false) }),
  z.object({ saved: z.literal(true), fileName: z.string() }),
])
export type PrivacySaveResult = z.output<typeof PrivacySaveResult>

const WHY = 'Het verwerkingsregister beschrijft verwerkingen; het bevat geen casusgegevens.'

export const processingRegisterContract = {
  /** The latest version of every activity, with how many versions it has. */
  'processing-register:list': {
    input: z.object({}),
    output: z.object({ activities: z.array(ProcessingActivity.extend({ versionCount: z.number().int() })) }),
    processing: noCaseData(WHY),
  },
  /**
   * A change is a new version; the old ones stay, since log entries made
   * under them point to the activity. `version` is the version the user
   * edited: a newer one in between is refused instead of overwritten.
   */
  'processing-register:update': {
    input: z.object({
      id: ActivityId,
      version: z.number('Ververs het register en probeer opnieuw.').int().min(1),
      values: ProcessingActivityValues,
    }),
    output: ProcessingActivity,
    processing: noCaseData(WHY),
  },
  /** Every version of one activity, newest first. */
  'processing-register:history': {
    input: z.object({ id: ActivityId }),
    output: z.object({ versions: z.array(ProcessingActivity) }),
    processing: noCaseData(WHY),
  },
  /** The register as it is now, for print; also what the print route renders. */
  'processing-register:document': {
    input: z.object({}),
    output: z.object({ activities: z.array(ProcessingActivity), printedOn: z.string() }),
    processing: noCaseData(WHY),
  },
  /**
   * Asks where to save and writes the register as PDF. Only Electron's main
   * process can (save dialog, print window); the test harness prints with
   * Playwright. No case data leaves with it, so it is not a processing.
   */
  'processing-register:save': {
    input: ProcessingRegisterExportRequest,
    output: PrivacySaveResult,
    electronOnly: true,
    processing: noCaseData(WHY),
  },
} as const
