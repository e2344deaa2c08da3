import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BACKUP_EXTENSION } from '../../db/backup/backup-file'
import { readHeader } from '../../db/vault/header'
import { rotatedCopyPath } from '../../db/vault/key-rotation'
import { vaultFiles } from '../../db/vault/vault-files'
import { AckedState } from './acked-state'
import { bundleKillChild } from './bundle-child'
import { dataKeyOf } from './data-key-of'
import { vaultProblems } from './kill-checks'
import type { KillFocus, KillWorld } from './kill-protocol'
import { makeKillWorld } from './kill-world'
import { reopen } from './reopen'
import { runChild } from './run-child'
import { seededRandom } from './seeded-random'
import { Durations, killedDuring, type Moment, planFor } from './kill-aim'

export interface KillLoopOptions {
  /** In total, over all lanes. */
  iterations: number
  seed: number
  /** Independent vaults killed in parallel, each by its own child. */
  lanes: number
  onIteration?: (report: IterationReport) => void
}

export interface IterationReport {
  lane: number
  iteration: number
  focus: KillFocus
  killedDuring: Moment
  ms: number
  problems: string[]
}

export interface KillSummary {
  iterations: number
  killsDuringBackup: number
  killsDuringRotation: number
  /** Kills before the child was ready: while it unlocked. */
  killsDuringStartup: number
  /** Kills after which the header still announced a rotation: between its steps 2 and 4 (key-rotation.ts). */
  killsWithRotationPending: number
  /** Kills while the re-encrypted copy existed: in step 1 or just after it. */
  killsWithRotatedCopy: number
  /** Reopens where the last printed data key no longer opened the vault and the passphrase did. */
  keyFallbacks: number
  passphraseUnlocks: number
  acknowledged: { cases: number; decisions: number; orders: number; backups: number; rotations: number }
  failures: string[]
  durationMs: number
}

/** Every 20th start unlocks with the real passphrase (Argon2), in the child and in the parent, at different iterations. */
const PASSPHRASE_EVERY = 20
/** A child that reached none of its targets in this time is killed anyway. */
const CHILD_LIMIT_MS = 30_000

/**
 * The kill test of issue 13: children commit through the real dispatcher
 * and are killed with SIGKILL at seeded random moments, many of them aimed
 * inside a back-up or a data key rotation; after each kill the vault is
 * reopened and checked (kill-checks.ts), and the next child goes on with it.
 */
export async function runKillLoop(options: KillLoopOptions): Promise<KillSummary> {
  const started = performance.now()
  const script = await bundleKillChild()
  const summary: KillSummary = {
    iterations: 0,
    killsDuringBackup: 0,
    killsDuringRotation: 0,
    killsDuringStartup: 0,
    killsWithRotationPending: 0,
    killsWithRotatedCopy: 0,
    keyFallbacks: 0,
    passphraseUnlocks: 0,
    acknowledged: { cases: 0, decisions: 0, orders: 0, backups: 0, rotations: 0 },
    failures: [],
    durationMs: 0,
  }
  const lanes = Array.from({ length: options.lanes }, (_, lane) => {
    const share = Math.floor(options.iterations / options.lanes) + (lane < options.iterations % options.lanes ? 1 : 0)
    return runLane(lane, share, script, options, summary)
  })
  await Promise.all(lanes)
  summary.durationMs = Math.round(performance.now() - started)
  return summary
}

async function runLane(
  lane: number,
  iterations: number,
  script: string,
  options: KillLoopOptions,
  summary: KillSummary,
): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), `tafelwerk-kill-${String(lane)}-`))
  const random = seededRandom(options.seed * 1000 + lane)
  const durations = new Durations()
  const made = await makeKillWorld(root)
  const { world } = made
  const acked = new AckedState(made.dataKeyHex)
  acked.settleOrder(made.initialOrder)
  const failuresBefore = summary.failures.length
  for (let iteration = 0; iteration < iterations; iteration++) {
    const began = performance.now()
    const focus = (['backup', 'rotation', 'backup', 'rotation', 'mixed'] as const)[random.below(5)] ?? 'mixed'
    const childByPassphrase = iteration % PASSPHRASE_EVERY === PASSPHRASE_EVERY / 2
    const run = await runChild(
      script,
      {
        folder: world.folder,
        dataKeyHex: childByPassphrase ? null : acked.dataKeyHex,
        decisionItemId: world.decisionItemId,
        reorderMeetingId: world.reorderMeetingId,
        focus,
        seed: random.below(2 ** 31),
      },
      planFor(focus, random, durations),
      CHILD_LIMIT_MS,
    )
    durations.learn(run)
    const problems = run.endedBy ? [`the child was not killed but ended (${run.endedBy}): ${run.stderr}`] : []
    for (const { text } of run.lines) {
      const problem = acked.take(text)
      if (problem) problems.push(problem)
    }
    const during = killedDuring(run)
    if (during === 'backup') summary.killsDuringBackup++
    if (during === 'rotation') summary.killsDuringRotation++
    if (during === 'startup') summary.killsDuringStartup++
    const files = vaultFiles(world.folder)
    if (readHeader(files.header)?.rotation) summary.killsWithRotationPending++
    if (existsSync(rotatedCopyPath(files.database))) summary.killsWithRotatedCopy++
    const byPassphrase = iteration % PASSPHRASE_EVERY === 0
    if (byPassphrase || childByPassphrase) summary.passphraseUnlocks++
    const stop = await checkReopened(world, acked, byPassphrase, during, problems, summary)
    prune(world, acked)
    summary.iterations++
    if (problems.length > 0)
      summary.failures.push(...problems.map((p) => `lane ${String(lane)} #${String(iteration)}: ${p}`))
    options.onIteration?.({ lane, iteration, focus, killedDuring: during, ms: performance.now() - began, problems })
    if (stop) break
  }
  summary.acknowledged.cases += acked.cases.size
  summary.acknowledged.decisions += acked.phaseDecisions.size + acked.subjectDecisions.size
  summary.acknowledged.orders += acked.orders
  summary.acknowledged.backups += acked.backups
  summary.acknowledged.rotations += acked.rotations
  // A failed lane's files stay for a look; the failures name the folder.
  if (summary.failures.length === failuresBefore) rmSync(root, { recursive: true, force: true })
  else summary.failures.push(`lane ${String(lane)}: its files are kept in ${root}`)
}

/** Reopens and checks; returns true when the vault no longer opens at all and the lane cannot go on. */
async function checkReopened(
  world: KillWorld,
  acked: AckedState,
  byPassphrase: boolean,
  during: Moment,
  problems: string[],
  summary: KillSummary,
): Promise<boolean> {
  let opened
  try {
    opened = await reopen(world.folder, byPassphrase ? null : acked.dataKeyHex)
  } catch (error) {
    problems.push(`the vault does not open with the passphrase: ${String(error)}`)
    return true
  }
  const { vault, fellBack, keyError } = opened
  try {
    if (fellBack) summary.keyFallbacks++
    // Outside a rotation the key the child last printed is the vault's key: no excuse to need the passphrase.
    if (fellBack && during !== 'rotation')
      problems.push(`the last printed data key did not open the vault: ${String(keyError)}`)
    acked.dataKeyHex = await dataKeyOf(vault)
    problems.push(...(await vaultProblems(vault, world, acked)))
  } finally {
    vault.lock()
  }
  return false
}

/** Back-ups would fill the disk over thousands of kills: only the newest reported one is kept, to be checked. */
function prune(world: KillWorld, acked: AckedState): void {
  for (const name of readdirSync(world.backupFolder))
    if (name.endsWith(`.${BACKUP_EXTENSION}`) && name !== acked.lastBackup) rmSync(join(world.backupFolder, name))
}
