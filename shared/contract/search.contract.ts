import { z } from 'zod'
import { Id } from '../domain/reference'
import { searchKinds } from '../domain/search'
import { subjectKinds } from '../domain/subject'
import { dataChannel, record } from './processing'
import { distinctSubjects, recordKindOfSearchKind, subjectRef } from './processing-refs'

/** A piece of text with the matched words marked, so the renderer never parses markup. */
const SnippetPart = z.object({ text: z.string(), hit: z.boolean() })

export const SearchResult = z.object({
  kind: z.enum(searchKinds),
  id: Id,
  title: z.string(),
  /** One line of context: a case's phase, a subject's kind, an intervention's case. */
  detail: z.string(),
  /** Where to go: the case itself, or the case an intervention belongs to; null for subjects. */
  caseId: Id.nullable(),
  /** The meeting an agenda item, decision or action item belongs to; null for the register's kinds. */
  meetingId: Id.nullable(),
  /** A subject hit's kind (persoon, rechtspersoon, object), so the processing log names the data subject; else null. */
  subjectKind: z.enum(subjectKinds).nullable(),
  snippet: z.array(SnippetPart),
})
export type SearchResult = z.output<typeof SearchResult>

export const SearchGroup = z.object({
  kind: z.enum(searchKinds),
  label: z.string(),
  /** All hits of this kind; `results` holds the best `limitPerKind` of them. */
  total: z.number().int(),
  results: z.array(SearchResult),
})
export type SearchGroup = z.output<typeof SearchGroup>

const hitsOf = (output: { groups: SearchGroup[] }) => output.groups.flatMap((group) => group.results)

export const searchContract = {
  /** Every hit shown is a record read; a subject hit also names its data subject. */
  'search:query': dataChannel({
    input: z.object({
      text: z.string().max(200, 'Gebruik hoogstens 200 tekens om te zoeken.'),
      limitPerKind: z.number().int().min(1).max(50),
    }),
    /** Groups in the fixed order of searchKinds; groups without hits are left out. */
    output: z.object({ groups: z.array(SearchGroup) }),
    processing: {
      activity: 'casusregistratie',
      records: (_input, output) => hitsOf(output).map((hit) => record(recordKindOfSearchKind[hit.kind], hit.id)),
      subjects: (_input, output) =>
        distinctSubjects(hitsOf(output).map((hit) => (hit.subjectKind ? subjectRef(hit.id, hit.subjectKind) : null))),
    },
  }),
} as const
