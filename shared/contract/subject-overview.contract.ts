import { z } from 'zod'
import { overviewVersions, withheldParts } from '../domain/subject-overview'
import { Id } from '../domain/reference'
import { subjectKinds } from '../domain/subject'
import { dataChannel, record } from './processing'

const Purpose = z
  .string('Vul het doel in, bijvoorbeeld het kenmerk van het inzageverzoek.')
  .trim()
  .min(1, 'Vul het doel in, bijvoorbeeld het kenmerk van het inzageverzoek.')
  .max(500, 'Gebruik hoogstens 500 tekens voor het doel.')

export const SubjectOverviewRequest = z.object({
  subjectId: Id,
  purpose: Purpose,
  version: z.enum(overviewVersions, 'Kies de interne versie of de versie voor de betrokkene.'),
})
export type SubjectOverviewRequest = z.output<typeof SubjectOverviewRequest>

const Fact = z.object({ label: z.string(), value: z.string() })
const WithheldPartId = z.enum(withheldParts.map((part) => part.id) as [string, ...string[]])

export const OverviewInvolvement = z.object({
  openedOn: z.string(),
  closedOn: z.string().nullable(),
  /** Decision codes; null while a proposal awaits its decision. */
  openedBy: z.string().nullable(),
  closedBy: z.string().nullable(),
})

export const OverviewDecision = z.object({
  id: Id,
  code: z.string(),
  decidedOn: z.string(),
  typeLabel: z.string(),
  caseCode: z.string().nullable(),
  /** What it did to the subject's involvement: "toegevoegd", "verwijderd", "bevestigd". */
  changes: z.array(z.string()),
  withdrawn: z.boolean(),
  /** Null in the hand-out (withheld: besluittekst). */
  text: z.string().nullable(),
  reason: z.string().nullable(),
})

export const OverviewIntervention = z.object({
  id: Id,
  caseCode: z.string(),
  kindLabel: z.string(),
  subtypeLabel: z.string(),
  partner: z.string(),
  statusLabel: z.string(),
  startedOn: z.string().nullable(),
  endedOn: z.string().nullable(),
  /** True when recorded against the subject itself; false for one on the whole case. */
  aboutSubject: z.boolean(),
  /** Null in the hand-out (withheld: interventie-resultaat). */
  result: z.string().nullable(),
})

export const OverviewAccess = z.object({
  /** "03-12-2026 21:15", Dutch time. */
  at: z.string(),
  activity: z.string(),
  /** Null in the hand-out (withheld: medewerkers / interne-loggegevens). */
  user: z.string().nullable(),
  operation: z.string().nullable(),
  purpose: z.string().nullable(),
})

export const SubjectOverview = z.object({
  version: z.enum(overviewVersions),
  purpose: z.string(),
  producedOn: z.string(),
  subject: z.object({ id: Id, kind: z.enum(subjectKinds), title: z.string(), facts: z.array(Fact) }),
  cases: z.array(
    z.object({
      id: Id,
      code: z.string(),
      alias: z.string(),
      tableCode: z.string(),
      phase: z.string(),
      involvements: z.array(OverviewInvolvement),
    }),
  ),
  decisions: z.array(OverviewDecision),
  interventions: z.array(OverviewIntervention),
  accesses: z.array(OverviewAccess),
  /** What the hand-out leaves out and how much of it this subject has (counts in the internal version only). */
  withheld: z.array(
    z.object({
      id: WithheldPartId,
      title: z.string(),
      ground: z.string(),
      reason: z.string(),
      count: z.number().int().nullable(),
    }),
  ),
  /** "Inzageverzoek J. Jansen 2026-12-03": what the save dialog proposes. */
  fileBaseName: z.string(),
})
export type SubjectOverview = z.output<typeof SubjectOverview>

export const SubjectOverviewSaveRequest = SubjectOverviewRequest.extend({
  /** The user confirmed the withheld parts in the preview; required for the hand-out. */
  withholdingConfirmed: z.boolean(),
}).refine((request) => request.version === 'intern' || request.withholdingConfirmed, {
  message: 'Bevestig eerst welke onderdelen niet worden verstrekt.',
  path: ['withholdingConfirmed'],
})
export type SubjectOverviewSaveRequest = z.output<typeof SubjectOverviewSaveRequest>

/** A saved overview names its subject, so the log can give the hand-out a span of its own for them. */
export const SubjectOverviewSaveResult = z.discriminatedUnion('saved', [
  /** The save dialog was closed: nothing written, nothing handed out. */
  z.object({ saved: z.literal(false) }),
  z.object({ saved: z.literal(true), fileName: z.string(), subject: z.object({ id: Id, kind: z.enum(subjectKinds) }) }),
])
export type SubjectOverviewSaveResult = z.output<typeof SubjectOverviewSaveResult>

const subjectOverviewProcessing = {
  activity: 'inzageverzoek' as const,
  inputRecords: (input: { subjectId: string }) => [record('betrokkene', input.subjectId)],
  purpose: (input: { purpose: string }) => input.purpose,
}

export const subjectOverviewContract = {
  /** Everything held about one subject, as the preview and the print route show it. */
  'subject-overview:get': dataChannel({
    input: SubjectOverviewRequest,
    output: SubjectOverview,
    processing: {
      ...subjectOverviewProcessing,
      records: (_input, output) => [
        record('betrokkene', output.subject.id),
        ...output.cases.map((item) => record('casus', item.id)),
        ...output.decisions.map((item) => record('besluit', item.id)),
        ...output.interventions.map((item) => record('interventie', item.id)),
      ],
      subjects: (_input, output) => [{ id: output.subject.id, type: output.subject.kind }],
    },
  }),
  /**
   * Asks where to save and writes the overview as PDF: it leaves the vault,
   * so it is logged with its purpose. Electron's main process (save dialog,
   * print window), or the test harness with a Playwright printer.
   */
  'subject-overview:save': dataChannel({
    input: SubjectOverviewSaveRequest,
    output: SubjectOverviewSaveResult,
    electronOnly: true,
    processing: {
      ...subjectOverviewProcessing,
      records: (input) => [record('betrokkene', input.subjectId)],
      // Only a written file hands the subject's data out: a closed dialog adds no span for them.
      subjects: (_input, output) => (output.saved ? [{ id: output.subject.id, type: output.subject.kind }] : []),
    },
  }),
} as const
