import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'kysely'
import { afterEach, expect, it } from 'vitest'
import { createDispatcher } from '../../../../db/handlers/dispatch'
import { AckedState } from '../../../resilience/acked-state'
import { vaultProblems } from '../../../resilience/kill-checks'
import { runKillLoop } from '../../../resilience/kill-loop'
import { makeKillWorld } from '../../../resilience/kill-world'
import { reopen } from '../../../resilience/reopen'
import { call, reference, registerCase } from '../../../support/meeting-fixtures'

// The bounded form of `npm run test:resilience` (issue 13): 200 kills, two vaults at a time. About 70 s on two
// idle cores; the timeout leaves room for a machine busy with other work.
it(
  'survives 200 SIGKILLs of a child committing decisions, reorders, back-ups and key rotations: every acknowledged id is there and nothing is half applied',
  { timeout: 480_000 },
  async () => {
    const summary = await runKillLoop({ iterations: 200, seed: 13, lanes: 2 })
    console.info(
      `kill test: ${String(summary.iterations)} kills in ${(summary.durationMs / 1000).toFixed(0)} s, ` +
        `${String(summary.killsDuringBackup)} during a back-up, ${String(summary.killsDuringRotation)} during a key rotation, ` +
        `${String(summary.killsDuringStartup)} during start-up; acknowledged ${JSON.stringify(summary.acknowledged)}`,
    )
    expect(summary.failures).toEqual([])
    expect(summary.iterations).toBe(200)
    expect(summary.killsDuringBackup).toBeGreaterThan(0)
    expect(summary.killsDuringRotation).toBeGreaterThan(0)
  },
)

let root: string | null = null
afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true })
})

// The checks must be able to fail: a lost id, a decision without its whole effect and a broken order are each named.
it('finds a lost acknowledged id, a half-applied decision and agenda positions that are not 1..n', async () => {
  root = mkdtempSync(join(tmpdir(), 'tafelwerk-kill-checks-'))
  const { world, dataKeyHex, initialOrder } = await makeKillWorld(root)
  const acked = new AckedState(dataKeyHex)
  acked.settleOrder(initialOrder)
  const { vault } = await reopen(world.folder, dataKeyHex)
  try {
    expect(await vaultProblems(vault, world, acked)).toEqual([])
    const dispatch = createDispatcher(vault)
    const { id: caseId } = await registerCase(dispatch, await reference(vault))
    const decision = await call(dispatch, 'decision:record', {
      agendaItemId: world.decisionItemId,
      values: {
        type: 'subject-toevoegen',
        caseId,
        text: '',
        refersToDecisionId: null,
        subjects: [
          { kind: 'persoon', name: 'Kill een', birthDate: null },
          { kind: 'persoon', name: 'Kill twee', birthDate: null },
        ],
      },
    })
    acked.take(`subjects ${decision.id} ${caseId} 2`)
    expect(await vaultProblems(vault, world, acked)).toEqual([])

    acked.take('case verdwenen-casus')
    await sql`DELETE FROM decision_involvement WHERE decision_id = ${decision.id}`.execute(vault.db)
    await sql`UPDATE agenda_item SET position = 1 WHERE meeting_id = ${world.reorderMeetingId} AND parent_id IS NULL`.execute(
      vault.db,
    )
    const problems = await vaultProblems(vault, world, acked)
    expect(problems).toEqual(
      expect.arrayContaining([
        'acknowledged case verdwenen-casus is missing',
        `subject decision ${decision.id} opened 2 involvements: half applied`,
        expect.stringMatching(/^agenda positions are \[1,1,/u),
      ]),
    )
  } finally {
    vault.lock()
  }
})
