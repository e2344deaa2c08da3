import { OmtError } from '../../../../shared/contract/errors'
import type { Input, Output } from '../../../../shared/contract/index'
import { subjectValues } from '../../subjects/subject-draft'
import { type DecisionDraft, type NewSubjectEntry, startedNewSubjects } from './decision-draft'

export type SubjectMatch = Output<'subject:suggest'>['matches'][number]

/** One new subject of the decision that looks like subjects Tafelwerk already holds. */
export interface LookAlike {
  entry: NewSubjectEntry
  /** Its place among the decision's new subjects, counted from 1, and how many there are. */
  number: number
  total: number
  matches: SubjectMatch[]
}

export interface LookAlikeCheck {
  lookAlikes: LookAlike[]
  /** Subjects a decision already made part of the case: linking them again is refused, so they are not offered. */
  involvedIds: ReadonlySet<string>
}

/** The two reads the check makes; the hook that runs it passes the vault's. */
export interface LookAlikeReads {
  suggest: (input: Input<'subject:suggest'>) => Promise<Output<'subject:suggest'>>
  caseDetail: (input: Input<'case:get'>) => Promise<Output<'case:get'>>
}

/** An entry the vault finds invalid is not checked: recording the decision then puts the Dutch message at its field. */
async function matchesFor(entry: NewSubjectEntry, reads: LookAlikeReads): Promise<SubjectMatch[]> {
  try {
    return (await reads.suggest({ values: subjectValues(entry.draft), excludeId: null })).matches
  } catch (failure) {
    if (failure instanceof OmtError && failure.code === 'VALIDATION') return []
    throw failure
  }
}

/**
 * Asks the vault, for each new subject of a "subject toevoegen" decision,
 * whether it already holds one like it, before a duplicate is made. Reads
 * only: nothing is stored until the decision is recorded.
 */
export async function findLookAlikes(draft: DecisionDraft, reads: LookAlikeReads): Promise<LookAlikeCheck> {
  const entries = startedNewSubjects(draft)
  if (entries.length === 0 || !draft.caseId) return { lookAlikes: [], involvedIds: new Set() }
  const answers = await Promise.all(entries.map((entry) => matchesFor(entry, reads)))
  const lookAlikes = entries.flatMap((entry, index) => {
    const matches = answers[index] ?? []
    return matches.length > 0 ? [{ entry, number: index + 1, total: entries.length, matches }] : []
  })
  if (lookAlikes.length === 0) return { lookAlikes, involvedIds: new Set() }
  const detail = await reads.caseDetail({ id: draft.caseId })
  const decided = detail.subjects.filter((row) =>
    row.involvements.some((period) => period.closedOn === null && period.openedByDecisionId !== null),
  )
  return { lookAlikes, involvedIds: new Set(decided.map((row) => row.subject.id)) }
}
