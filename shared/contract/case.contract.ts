import { z } from 'zod'
import { CASE_CODE_PATTERN, caseKinds, SUMMARY_MAX_LENGTH } from '../domain/case'
import { IsoDate, todayIso } from '../domain/iso-date'
import { Id } from '../domain/reference'
import { subjectKinds } from '../domain/subject'
import { Intervention } from './intervention.contract'
import { dataChannel, record } from './processing'
import { distinctRecords, distinctSubjects, recordIf, subjectRef } from './processing-refs'
import {
  Involvement,
  LegalEntityValues,
  ObjectValues,
  PersonValues,
  PhaseRef,
  SubjectSummary,
} from './subject.contract'

const CaseCode = z
  .string('Vul een casuscode in.')
  .trim()
  .regex(CASE_CODE_PATTERN, 'Gebruik de vorm PREFIX-JAAR-NUMMER, bijvoorbeeld D-2025-014.')

const Alias = z
  .string('Vul een alias in.')
  .trim()
  .min(1, 'Vul een alias in, bijvoorbeeld ‘Stille Haven’. Gebruik nooit de naam van een persoon.')
  .max(120, 'Gebruik hoogstens 120 tekens voor de alias.')

const PersonName = z
  .string()
  .trim()
  .max(120, 'Gebruik hoogstens 120 tekens voor de naam.')
  .nullable()
  .transform((name) => (name ? name : null))

const Summary = z
  .string('Vul een samenvatting in of laat het veld leeg.')
  .max(
    SUMMARY_MAX_LENGTH,
    'De samenvatting is langer dan 50.000 tekens. Kort de tekst in, of bewaar lange stukken als bijlage bij de vergadering.',
  )

const unique = (ids: string[]) => [...new Set(ids)]

const CaseFields = z.object({
  alias: Alias,
  tableId: Id,
  kind: z.enum(caseKinds, 'Kies of het een betekenisvolle of een lokale casus is.'),
  leadPartnerId: Id.nullable(),
  /** The partner that brought the signal in (aangedragen door); the district report counts signals by it. */
  signalPartnerId: Id.nullable(),
  /** The casusregisseur: an official, named so partners know whom to call. */
  caseDirector: PersonName,
  summary: Summary,
  themeIds: z.array(Id).max(20, 'Kies hoogstens 20 thema’s.').transform(unique),
  gemeenteIds: z.array(Id).max(60, 'Kies hoogstens 60 gemeenten.').transform(unique),
  retentionUntil: IsoDate,
})

export const CaseCreate = CaseFields.extend({
  /** The date of the signal: the case's first phase starts here and its code takes this year. */
  registeredOn: IsoDate.refine(
    (date) => date <= todayIso(),
    'De registratiedatum ligt in de toekomst. Kies vandaag of een eerdere datum.',
  ),
  /** Null: Tafelwerk gives the next number. A code is typed only for a case that already had one. */
  code: CaseCode.nullable(),
}).superRefine((values, ctx) => {
  if (values.retentionUntil <= values.registeredOn) {
    ctx.addIssue({
      code: 'custom',
      path: ['retentionUntil'],
      message: 'De bewaartermijn moet na de registratiedatum eindigen.',
    })
  }
})
export type CaseCreate = z.output<typeof CaseCreate>

export const CaseUpdateValues = CaseFields.extend({ code: CaseCode })
export type CaseUpdateValues = z.output<typeof CaseUpdateValues>

const NamedRef = z.object({ id: Id, name: z.string() })
const TableRef = z.object({ id: Id, code: z.string(), name: z.string() })

export const CaseListRow = z.object({
  id: Id,
  code: z.string(),
  alias: z.string(),
  kind: z.enum(caseKinds),
  table: TableRef,
  phase: PhaseRef,
  phaseSince: z.string(),
  themes: z.array(NamedRef),
  gemeenten: z.array(NamedRef),
  leadPartner: z.object({ id: Id, shortName: z.string() }).nullable(),
  updatedAt: z.string(),
})
export type CaseListRow = z.output<typeof CaseListRow>

export const caseSortKeys = ['code', 'alias', 'phase', 'table', 'updated'] as const
export type CaseSortKey = (typeof caseSortKeys)[number]

const IdFilter = z.array(Id).max(100)

/**
 * Where a page of the case list ended, as the vault answered it: the last
 * row's value for the sort (its alias, its updated_at, its table's code, its
 * phase's id; null when sorting by code) and its code. The next page starts
 * after it, so reading it costs the same at row 4,900 as at row 0.
 */
export const CaseListCursor = z.object({ key: z.string().nullable(), code: z.string() })
export type CaseListCursor = z.output<typeof CaseListCursor>

/** Within one filter any value matches; across filters all must match. Empty means no filter. */
export const CaseListQuery = z.object({
  filter: z.object({
    phaseIds: IdFilter,
    themeIds: IdFilter,
    tableIds: IdFilter,
    kinds: z.array(z.enum(caseKinds)).max(2),
    gemeenteIds: IdFilter,
    /** Word prefixes of the code and alias, as shown in the list; the search field also reads summaries. */
    text: z.string().max(200, 'Gebruik hoogstens 200 tekens om te zoeken.'),
  }),
  sort: z.object({ by: z.enum(caseSortKeys), direction: z.enum(['asc', 'desc']) }),
  /** The rows after this one (the previous page's `next`); null counts from the first row. */
  after: CaseListCursor.nullable().default(null),
  /** Rows skipped after `after`: only where the list jumps, as when the scroll bar is dragged. */
  offset: z.number().int().min(0),
  limit: z.number().int().min(1).max(500),
})
export type CaseListQuery = z.output<typeof CaseListQuery>

export const PhasePeriod = z.object({
  id: Id,
  phase: PhaseRef,
  startedOn: z.string(),
  /** The start of the next period; null for the current phase. */
  endedOn: z.string().nullable(),
  /** Null only for the registration as signaal (and, until decisions exist, for demo data). */
  decisionId: Id.nullable(),
})

export const CaseSubject = z.object({
  subject: SubjectSummary,
  /** Part of the case now: an involvement without an end date. */
  involved: z.boolean(),
  involvements: z.array(Involvement),
})

export const CaseDetail = z.object({
  id: Id,
  code: z.string(),
  alias: z.string(),
  kind: z.enum(caseKinds),
  table: TableRef,
  leadPartner: z.object({ id: Id, name: z.string(), shortName: z.string() }).nullable(),
  signalPartner: z.object({ id: Id, name: z.string(), shortName: z.string() }).nullable(),
  caseDirector: z.string().nullable(),
  summary: z.string(),
  themes: z.array(NamedRef),
  gemeenten: z.array(NamedRef),
  registeredOn: z.string(),
  retentionUntil: z.string(),
  phase: PhaseRef,
  phaseSince: z.string(),
  phaseHistory: z.array(PhasePeriod),
  subjects: z.array(CaseSubject),
  interventions: z.array(Intervention),
  createdAt: z.string(),
  updatedAt: z.string(),
})
export type CaseDetail = z.output<typeof CaseDetail>

const ExistingSubject = z.object({ kind: z.literal('bestaand'), id: Id })

/**
 * Links a subject or object to a case as a proposal awaiting an OMT decision.
 * `subject` is an existing one or a new one, created in the same transaction
 * so a refused link leaves no stray personal data behind.
 */
export const LinkSubject = z.object({
  caseId: Id,
  openedOn: IsoDate.refine(
    (date) => date <= todayIso(),
    'Deze datum ligt in de toekomst. Kies vandaag of een eerdere datum.',
  ),
  subject: z.discriminatedUnion('kind', [ExistingSubject, PersonValues, LegalEntityValues, ObjectValues], {
    error: 'Kies een bestaand subject of vul een nieuw subject of object in.',
  }),
})
export type LinkSubject = z.output<typeof LinkSubject>

/** What a case page shows: the case, its involvements and interventions; its subjects as data subjects. */
const recordsOfCase = (detail: CaseDetail) =>
  distinctRecords([
    record('casus', detail.id),
    ...detail.subjects.flatMap((entry) =>
      entry.involvements.map((involvement) => record('betrokkenheid', involvement.id)),
    ),
    ...detail.interventions.map((intervention) => record('interventie', intervention.id)),
  ])
const subjectsOfCase = (detail: CaseDetail) =>
  distinctSubjects(detail.subjects.map((entry) => subjectRef(entry.subject.id, entry.subject.kind)))
const caseRegister = { activity: 'casusregistratie' } as const
const SubjectOfLink = z.object({ id: Id, kind: z.enum(subjectKinds) })

export const caseContract = {
  'case:list': dataChannel({
    input: CaseListQuery,
    output: z.object({
      rows: z.array(CaseListRow),
      total: z.number().int(),
      /** The cursor for the page after this one; null when this page is the last. */
      next: CaseListCursor.nullable(),
    }),
    processing: { ...caseRegister, records: (_input, output) => output.rows.map((row) => record('casus', row.id)) },
  }),
  'case:get': dataChannel({
    input: z.object({ id: Id }),
    output: CaseDetail,
    processing: {
      ...caseRegister,
      inputRecords: (input) => [record('casus', input.id)],
      records: (_input, output) => recordsOfCase(output),
      subjects: (_input, output) => subjectsOfCase(output),
    },
  }),
  'case:create': dataChannel({
    input: CaseCreate,
    output: CaseDetail,
    processing: {
      ...caseRegister,
      records: (_input, output) => recordsOfCase(output),
      subjects: (_input, output) => subjectsOfCase(output),
    },
  }),
  'case:update': dataChannel({
    input: z.object({ id: Id, values: CaseUpdateValues }),
    output: CaseDetail,
    processing: {
      ...caseRegister,
      inputRecords: (input) => [record('casus', input.id)],
      records: (_input, output) => recordsOfCase(output),
      subjects: (_input, output) => subjectsOfCase(output),
    },
  }),
  /** Only a case registered by mistake: once a decision points at it, it is closed by decision instead. */
  'case:delete': dataChannel({
    input: z.object({ id: Id }),
    output: z.object({ id: Id }),
    processing: {
      ...caseRegister,
      inputRecords: (input) => [record('casus', input.id)],
      records: (_input, output) => [record('casus', output.id)],
    },
  }),
  'case:link-subject': dataChannel({
    input: LinkSubject,
    output: z.object({
      involvementId: Id,
      subjectId: Id,
      /** The subject's kind, so the processing log can name the data subject. */
      subjectKind: z.enum(subjectKinds),
      pendingDecision: z.literal(true),
    }),
    processing: {
      ...caseRegister,
      inputRecords: (input) =>
        distinctRecords([
          record('casus', input.caseId),
          recordIf('betrokkene', input.subject.kind === 'bestaand' ? input.subject.id : null),
        ]),
      records: (input, output) => [
        record('casus', input.caseId),
        record('betrokkenheid', output.involvementId),
        record('betrokkene', output.subjectId),
      ],
      subjects: (_input, output) => [subjectRef(output.subjectId, output.subjectKind)],
    },
  }),
  /** Withdraws a link that is still pending a decision; a confirmed one is closed by decision. */
  'case:unlink-subject': dataChannel({
    input: z.object({ involvementId: Id }),
    /** The case and subject it linked, so the processing log can name them. */
    output: z.object({ id: Id, caseId: Id, subject: SubjectOfLink }),
    processing: {
      ...caseRegister,
      inputRecords: (input) => [record('betrokkenheid', input.involvementId)],
      records: (_input, output) => [
        record('betrokkenheid', output.id),
        record('casus', output.caseId),
        record('betrokkene', output.subject.id),
      ],
      subjects: (_input, output) => [subjectRef(output.subject.id, output.subject.kind)],
    },
  }),
} as const
