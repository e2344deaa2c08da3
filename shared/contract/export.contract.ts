import { z } from 'zod'
import { isVariantOf } from '../domain/export-options'
import { exportDocuments, exportFormats, exportVariants } from '../domain/minutes-export'
import { Id } from '../domain/reference'
import { ExportRecord } from './meeting.contract'
import { dataChannel, record } from './processing'
import { ExportPurpose } from './purpose'

/**
 * One model per exported document, built in the vault and printed as it is:
 * the print view (PDF) and the Word builder (DOCX) only lay it out, so both
 * say exactly the same. Texts are final: dates in Dutch, names already
 * pseudonymised where the variant asks for it, chair notes never included.
 */
const Inline = z.object({ text: z.string(), strong: z.boolean(), emphasis: z.boolean() })
export const TextBlock = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('heading'),
    level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    content: z.array(Inline),
  }),
  z.object({ type: z.literal('paragraph'), lines: z.array(z.array(Inline)) }),
  z.object({ type: z.literal('list'), ordered: z.boolean(), start: z.number().int(), items: z.array(z.array(Inline)) }),
])

const Fact = z.object({ label: z.string(), value: z.string() })

export const DocumentHead = z.object({
  meetingId: Id,
  /** "Verslag", "Besluitenlijst", "Agenda". */
  kind: z.string(),
  /** The h1: "Verslag OMT D (Delft en Westland)". */
  heading: z.string(),
  /** Under the h1: "Vergadering van donderdag 12 maart 2026". */
  subheading: z.string(),
  /** Table, date, time, place, chair, secretary, status: the block under the heading. */
  facts: z.array(Fact),
  /** Top of every page: "OMT D · 12 maart 2026 · Verslag". */
  runningHeader: z.string(),
  /** Every page of the minutes says so. */
  confidential: z.boolean(),
  /** Watermark and header mark while the minutes are not adopted. */
  concept: z.boolean(),
  /** A line under the facts, e.g. how the decision list was pseudonymised. */
  notice: z.string().nullable(),
  /** Name without extension: "Verslag OMT D 2026-03-12". */
  fileBaseName: z.string(),
  properties: z.object({ title: z.string(), author: z.string(), subject: z.string() }),
})
export type DocumentHead = z.output<typeof DocumentHead>

export const DecisionEntry = z.object({
  code: z.string(),
  typeLabel: z.string(),
  text: z.string(),
  reason: z.string().nullable(),
  /** "Casus D-2026-001 (Stille Haven)", null without a case. */
  caseLabel: z.string().nullable(),
  /** What the decision changed: "Fase van Analyse naar Gestart", "Toegevoegd: subject A (persoon)". */
  effects: z.array(z.string()),
  withdrawn: z.boolean(),
  /** "Wijzigt besluit OMT-D 2026-003". */
  refersTo: z.string().nullable(),
  /** The agenda item it was taken on: "6.1 Voortgang lopende casussen". */
  itemLabel: z.string(),
})
export type DecisionEntry = z.output<typeof DecisionEntry>

export const ActionEntry = z.object({
  text: z.string(),
  /** "Politie (J. de Vries)". */
  owner: z.string(),
  due: z.string(),
  status: z.string(),
  overdue: z.boolean(),
  /** "12-03-2026, punt 3" or the decision code. */
  origin: z.string(),
  caseLabel: z.string().nullable(),
})
export type ActionEntry = z.output<typeof ActionEntry>

export const TocEntry = z.object({
  anchor: z.string(),
  label: z.string(),
  level: z.union([z.literal(2), z.literal(3)]),
})
export type TocEntry = z.output<typeof TocEntry>

export const MinutesItem = z.object({
  anchor: z.string(),
  number: z.string(),
  title: z.string(),
  /** The heading text, number first: "6.1 Voortgang D-2026-001". */
  heading: z.string(),
  level: z.union([z.literal(2), z.literal(3)]),
  /** "Casus …", "Inbreng: Politie", "Aangehouden", "Vertrouwelijk". */
  meta: z.array(z.string()),
  notes: z.array(TextBlock),
  decisions: z.array(DecisionEntry),
  actions: z.array(ActionEntry),
})
export type MinutesItem = z.output<typeof MinutesItem>

export const AttendanceGroup = z.object({
  label: z.string(),
  rows: z.array(z.object({ organisation: z.string(), person: z.string() })),
})
export type AttendanceGroup = z.output<typeof AttendanceGroup>

export const AgendaEntry = z.object({
  number: z.string(),
  level: z.union([z.literal(2), z.literal(3)]),
  title: z.string(),
  time: z.string(),
  duration: z.string(),
  presenter: z.string().nullable(),
  caseLabel: z.string().nullable(),
  /** Shown as "Vertrouwelijk agendapunt": title, case and presenter withheld. */
  withheld: z.boolean(),
  confidential: z.boolean(),
  carriedOver: z.boolean(),
})
export type AgendaEntry = z.output<typeof AgendaEntry>

export const ErratumEntry = z.object({ label: z.string(), text: z.array(TextBlock) })

export const ExportModel = z.discriminatedUnion('document', [
  z.object({
    document: z.literal('verslag'),
    head: DocumentHead,
    attendance: z.array(AttendanceGroup),
    items: z.array(MinutesItem),
    /** Appendix: every open action of the table as the minutes leave the laptop. */
    openActions: z.array(ActionEntry),
    errata: z.array(ErratumEntry),
    /** What a table of contents lists, in order; each entry links to its heading's anchor, where its page is measured. */
    toc: z.array(TocEntry),
  }),
  z.object({ document: z.literal('besluitenlijst'), head: DocumentHead, decisions: z.array(DecisionEntry) }),
  z.object({
    document: z.literal('agenda'),
    head: DocumentHead,
    invitees: z.array(z.string()),
    items: z.array(AgendaEntry),
  }),
])
export type ExportModel = z.output<typeof ExportModel>

const VARIANT_MESSAGE = 'Deze variant hoort niet bij dit document. Kies een variant uit de lijst.'
const requestShape = {
  meetingId: Id,
  document: z.enum(exportDocuments, 'Kies een document.'),
  variant: z.enum(exportVariants, 'Kies een variant.'),
}
const variantFits = (request: {
  document: (typeof exportDocuments)[number]
  variant: (typeof exportVariants)[number]
}) => isVariantOf(request.document, request.variant)

export const ExportRequest = z.object(requestShape).refine(variantFits, { message: VARIANT_MESSAGE, path: ['variant'] })
export type ExportRequest = z.output<typeof ExportRequest>

export const SaveRequest = z
  .object({ ...requestShape, format: z.enum(exportFormats, 'Kies PDF of Word.'), purpose: ExportPurpose })
  .refine(variantFits, { message: VARIANT_MESSAGE, path: ['variant'] })
export type SaveRequest = z.output<typeof SaveRequest>

export const SaveResult = z.discriminatedUnion('saved', [
  /** The secretary closed the save dialog: nothing written, nothing recorded. */
  z.object({ saved: z.literal(false) }),
  z.object({ saved: z.literal(true), fileName: z.string(), record: ExportRecord }),
])
export type SaveResult = z.output<typeof SaveResult>

export const exportContract = {
  /**
   * The document as it will be printed; also what the print route renders.
   * It stays in the vault (the preview, the print window): preparing, not
   * yet handing out. The models name cases and subjects only as text.
   */
  'export:document': dataChannel({
    input: ExportRequest,
    output: ExportModel,
    processing: {
      activity: 'voorbereiden-omt',
      inputRecords: (input) => [record('vergadering', input.meetingId)],
      records: (input) => [record('vergadering', input.meetingId), record('verslag', input.meetingId)],
    },
  }),
  /**
   * Asks where to save, writes the PDF or DOCX there and records the export.
   * Only the Electron main process can (save dialog, print window); the test
   * harness provides its own, printing with Chromium into a test folder.
   * Case data leaves the vault here, so the secretary says what for.
   */
  'export:save': dataChannel({
    input: SaveRequest,
    output: SaveResult,
    electronOnly: true,
    processing: {
      activity: 'verstrekken',
      purpose: (input) => input.purpose,
      inputRecords: (input) => [record('vergadering', input.meetingId)],
      records: (input, output) => [
        record('vergadering', input.meetingId),
        record('verslag', input.meetingId),
        ...(output.saved ? [record('export', output.record.id)] : []),
      ],
    },
  }),
} as const
