import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { readPreamble } from '../../db/backup/backup-file'
import { readHeader } from '../../db/vault/header'
import { rotatedCopyPath } from '../../db/vault/key-rotation'
import type { Vault } from '../../db/vault/vault'
import type { AckedState } from './acked-state'
import { type KillWorld, PHASE_AFTER, PHASE_BEFORE, SUBJECT_PREFIX, SUBJECTS_PER_DECISION } from './kill-protocol'

/**
 * Everything a reopened vault must show after a kill, as a list of problems
 * (empty when sound): the file intact, the processing log's chain intact,
 * every acknowledged id there, and no transaction half-applied anywhere:
 * not only for the acknowledged ids, since an answer lost in the kill may
 * have committed or not, but never in part.
 */
export async function vaultProblems(vault: Vault, world: KillWorld, acked: AckedState): Promise<string[]> {
  const problems: string[] = []
  const integrity = await vault.withCommittedState((state) => {
    state.dataKey.fill(0)
    return state.sqlite.pragma('integrity_check', { simple: true })
  })
  if (integrity !== 'ok') problems.push(`integrity_check: ${String(integrity)}`)
  const chain = vault.processingLog.chain
  if (chain.state !== 'intact') problems.push(`processing log chain ${chain.state}: ${JSON.stringify(chain)}`)
  if (readHeader(vault.files.header)?.rotation) problems.push('the header still announces a rotation after unlock')
  if (existsSync(rotatedCopyPath(vault.files.database))) problems.push('the rotated copy is still there after unlock')
  if (acked.lastBackup && !backupReadable(join(world.backupFolder, acked.lastBackup)))
    problems.push(`the back-up reported done is missing or unreadable: ${acked.lastBackup}`)
  problems.push(...(await phaseProblems(vault, acked)))
  problems.push(...(await subjectProblems(vault, acked)))
  problems.push(...(await numberProblems(vault)))
  problems.push(...(await orderProblems(vault, world, acked)))
  return problems
}

function backupReadable(path: string): boolean {
  try {
    readPreamble(path)
    return true
  } catch {
    return false
  }
}

/** Each case is in its first phase with no decision, or moved on with exactly its decision and phase period. */
async function phaseProblems(vault: Vault, acked: AckedState): Promise<string[]> {
  const problems: string[] = []
  const cases = await vault.db
    .selectFrom('omt_case as c')
    .innerJoin('phase as p', 'p.id', 'c.current_phase_id')
    .select(['c.id', 'p.code'])
    .execute()
  const decisions = await vault.db
    .selectFrom('decision')
    .select(['id', 'case_id'])
    .where('type', '=', 'start-analyse')
    .execute()
  const periods = await vault.db
    .selectFrom('case_phase as cp')
    .innerJoin('phase as p', 'p.id', 'cp.phase_id')
    .select(['cp.case_id', 'cp.decision_id', 'p.code'])
    .where('cp.decision_id', 'is not', null)
    .execute()
  const phaseOf = new Map(cases.map((row) => [row.id, row.code]))
  const decisionOf = new Map(decisions.map((row) => [row.case_id, row.id]))
  const periodOf = new Map(periods.map((row) => [row.decision_id, row]))
  for (const id of acked.cases) if (!phaseOf.has(id)) problems.push(`acknowledged case ${id} is missing`)
  for (const [id, caseId] of acked.phaseDecisions)
    if (decisionOf.get(caseId) !== id) problems.push(`acknowledged phase decision ${id} is missing`)
  if (decisions.length !== periods.length)
    problems.push(`${String(decisions.length)} phase decisions but ${String(periods.length)} phase periods they opened`)
  for (const [caseId, phase] of phaseOf) {
    const decision = decisionOf.get(caseId)
    const period = decision ? periodOf.get(decision) : undefined
    const whole = decision
      ? phase === PHASE_AFTER && period?.case_id === caseId && period.code === PHASE_AFTER
      : phase === PHASE_BEFORE
    if (!whole) problems.push(`case ${caseId} is in phase ${phase} with decision ${String(decision)}: half applied`)
  }
  return problems
}

/** Each subject decision opened exactly its subjects' involvements, and each of our subjects came with one. */
async function subjectProblems(vault: Vault, acked: AckedState): Promise<string[]> {
  const problems: string[] = []
  const decisions = await vault.db
    .selectFrom('decision')
    .select(['id', 'case_id'])
    .where('type', '=', 'subject-toevoegen')
    .execute()
  const opened = await vault.db
    .selectFrom('involvement as i')
    .innerJoin('subject as s', 's.id', 'i.subject_id')
    .leftJoin('decision_involvement as di', 'di.involvement_id', 'i.id')
    .select(['i.opened_by_decision_id as decisionId', 'i.case_id as caseId', 'di.decision_id as linkedBy'])
    .execute()
  const subjects = await vault.db
    .selectFrom('subject as s')
    .leftJoin('involvement as i', 'i.subject_id', 's.id')
    .select(['s.id', 'i.opened_by_decision_id as decisionId'])
    .where('s.name', 'like', `${SUBJECT_PREFIX} %`)
    .execute()
  const known = new Map(decisions.map((row) => [row.id, row.case_id]))
  for (const [id, caseId] of acked.subjectDecisions)
    if (known.get(id) !== caseId) problems.push(`acknowledged subject decision ${id} is missing`)
  for (const [id, caseId] of known) {
    const its = opened.filter((row) => row.decisionId === id)
    if (its.length !== SUBJECTS_PER_DECISION || its.some((row) => row.caseId !== caseId || row.linkedBy !== id))
      problems.push(`subject decision ${id} opened ${String(its.length)} involvements: half applied`)
  }
  for (const subject of subjects)
    if (!subject.decisionId || !known.has(subject.decisionId))
      problems.push(`subject ${subject.id} has no decision that added it: half applied`)
  return problems
}

/** Numbers are handed out in one series without gaps or doubles: a rolled back decision gave its number back. */
async function numberProblems(vault: Vault): Promise<string[]> {
  const numbers = await vault.db.selectFrom('decision').select(['table_id', 'year', 'number']).execute()
  const series = await vault.db.selectFrom('decision_sequence').selectAll().execute()
  const problems: string[] = []
  for (const { table_id, year, last_number } of series) {
    const taken = numbers
      .filter((row) => row.table_id === table_id && row.year === year)
      .map((row) => row.number)
      .sort((a, b) => a - b)
    if (taken.length !== last_number || taken.some((number, index) => number !== index + 1))
      problems.push(`decision numbers of ${String(year)} are not 1..${String(last_number)}`)
  }
  return problems
}

/** The sections' positions are 1..n, in the order last acknowledged or the one sent after it. */
async function orderProblems(vault: Vault, world: KillWorld, acked: AckedState): Promise<string[]> {
  const rows = await vault.db
    .selectFrom('agenda_item')
    .select(['id', 'position'])
    .where('meeting_id', '=', world.reorderMeetingId)
    .where('parent_id', 'is', null)
    .where('deleted_at', 'is', null)
    .orderBy('position')
    .execute()
  const problems: string[] = []
  if (rows.some((row, index) => row.position !== index + 1))
    problems.push(
      `agenda positions are ${JSON.stringify(rows.map((row) => row.position))}, not 1..${String(rows.length)}`,
    )
  const found = JSON.stringify(rows.map((row) => row.id))
  const allowed = [acked.lastOrder, acked.sentOrder].filter((order) => order !== null).map((o) => JSON.stringify(o))
  if (allowed.length > 0 && !allowed.includes(found))
    problems.push(`agenda order ${found} is neither the acknowledged ${allowed.join(' nor the sent ')}`)
  acked.settleOrder(rows.map((row) => row.id))
  return problems
}
