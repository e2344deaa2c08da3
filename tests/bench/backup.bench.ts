import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { backupsFor } from '../../db/backup/backups'
import { restoreSessionFor } from '../../db/backup/restore-session'
import { Vault } from '../../db/vault/vault'
import { withTestOwner } from '../support/test-owner'
import { generateBackupDataset, round } from './backup-dataset'
import { plainCopy, removeCopy } from './backup-floor'
import { listenToPhases, type PhaseTimes } from './backup-phases'
import { withLongestStall } from './event-loop-stall'
import { type Measurement, report } from './measure'

const PASSPHRASE = 'benchmark wachtwoord met lengte'
const BACKUP_RUNS = Number(process.env['TAFELWERK_BENCH_BACKUP_RUNS'] ?? 5)
const RESTORE_RUNS = Number(process.env['TAFELWERK_BENCH_RESTORE_RUNS'] ?? 3)
const MB = 1024 * 1024

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? Number.NaN
}
const mbPerSecond = (bytes: number, ms: number) => round(bytes / MB / (ms / 1000))
const seconds = (ms: number) => round(ms / 1000)

/**
 * Back-up and restore of the issue-14 scale vault with attachments
 * (backup-dataset.ts), through the real code: `backupsFor(vault).make()` into
 * a folder on the same disk (snapshot, check, write, read back, rename), and
 * `restoreSessionFor(vault)` choose + inspect + apply of that back-up. Beside
 * it the floor: the checkpointed database file copied and fsynced. MB/s is
 * the vault file's size over the time, so the two compare like for like.
 */
export async function benchBackup(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'tafelwerk-bench-backup-'))
  const target = join(folder, 'usb')
  mkdirSync(target)
  const vault = new Vault(folder)
  try {
    await vault.create(PASSPHRASE, PASSPHRASE, withTestOwner)
    const dataset = await generateBackupDataset(vault, PASSPHRASE)
    console.log(JSON.stringify({ name: 'backup.dataset', ...dataset }))
    const vaultBytes = statSync(vault.files.database).size
    const machine = { cores: cpus().length, load_1m_at_start: round(loadavg()[0] ?? 0) }

    const floor = timeFloor(vault.files.database, join(target, 'kopie.vault'))
    const floorMs = report('backup.floor-plain-copy', floor, {
      vault_mb: dataset['vault_mb'],
      mb_per_s: mbPerSecond(vaultBytes, median(floor)),
    })

    const backups = backupsFor(vault)
    backups.chooseFolder(target)
    const made = await timeBackups(vault, backups)
    const backupMs = report('backup.make', made.timings, {
      vault_mb: dataset['vault_mb'],
      backup_mb: round(made.bytes / MB),
      mb_per_s: mbPerSecond(vaultBytes, median(made.timings)),
      floor_mb_per_s: floorMs['mb_per_s'],
      longest_event_loop_stall_median_ms: round(median(made.stalls)),
      ...machine,
    })
    const phases = Object.fromEntries(
      Object.keys(made.phases[0] ?? {}).map((phase) => [
        phase,
        round(median(made.phases.map((run) => run[phase] ?? 0)) / 1000),
      ]),
    )
    console.log(JSON.stringify({ name: 'backup.make.phases-median-s', ...phases }))
    const ratio = round(backupMs.median_ms / floorMs.median_ms)
    console.log(JSON.stringify({ name: 'backup.make.ratio-to-floor', ratio }))

    const restored = await timeRestores(vault, join(target, made.fileName))
    const restoreMs = report('backup.restore', restored.total, {
      backup_mb: round(made.bytes / MB),
      mb_per_s: mbPerSecond(made.bytes, median(restored.total)),
      choose_median_ms: round(median(restored.choose)),
      inspect_median_ms: round(median(restored.inspect)),
      apply_median_ms: round(median(restored.apply)),
      inspect_longest_event_loop_stall_median_ms: round(median(restored.inspectStall)),
    })
    // What apply includes besides the swap: a plain unlock of this vault (Argon2id, quick_check, log).
    const unlockMs = await timeUnlock(vault)
    printTable({
      dataset,
      floorMs,
      backupMs,
      restoreMs,
      unlockMs,
      phases,
      ratio,
      vaultBytes,
      backupBytes: made.bytes,
    })
  } finally {
    vault.lock()
    rmSync(folder, { recursive: true, force: true })
  }
}

function timeFloor(database: string, copy: string): number[] {
  const timings: number[] = []
  for (let run = 0; run < BACKUP_RUNS; run++) {
    const start = performance.now()
    plainCopy(database, copy)
    timings.push(performance.now() - start)
    removeCopy(copy)
  }
  return timings
}

/** One untimed back-up first; every timed one is removed after it except the last, which the restore uses. */
async function timeBackups(vault: Vault, backups: ReturnType<typeof backupsFor>) {
  const phases = listenToPhases(backups.progress)
  const timings: number[] = []
  const stalls: number[] = []
  const perRun: PhaseTimes[] = []
  let last = { fileName: '', folder: '', bytes: 0 }
  try {
    for (let run = -1; run < BACKUP_RUNS; run++) {
      if (last.fileName) rmSync(join(last.folder, last.fileName))
      phases.take()
      const start = performance.now()
      const { value, stallMs } = await withLongestStall(() => backups.make())
      const elapsed = performance.now() - start
      last = value
      const taken = phases.take()
      if (run < 0) continue
      timings.push(elapsed)
      stalls.push(stallMs)
      perRun.push(taken)
    }
  } finally {
    phases.stop()
  }
  vault.checkpointTruncate()
  return { timings, stalls, phases: perRun, fileName: last.fileName, bytes: last.bytes }
}

/** The passphrase of when the back-up was made; the vault each restore replaced is removed after it. */
async function timeRestores(vault: Vault, backupPath: string) {
  const session = restoreSessionFor(vault)
  const result = {
    choose: [] as number[],
    inspect: [] as number[],
    apply: [] as number[],
    total: [] as number[],
    inspectStall: [] as number[],
  }
  for (let run = 0; run < RESTORE_RUNS; run++) {
    const t0 = performance.now()
    const picked = session.choose(backupPath)
    if (!picked.picked) throw new Error('the back-up was not picked')
    const t1 = performance.now()
    const { stallMs } = await withLongestStall(() => session.inspect({ passphrase: PASSPHRASE }))
    const t2 = performance.now()
    const { status, keptAs } = await session.apply({})
    const t3 = performance.now()
    if (status.state !== 'unlocked') throw new Error(`restore left the vault ${status.state}`)
    for (const name of keptAs) rmSync(join(vault.files.folder, name), { force: true })
    result.choose.push(t1 - t0)
    result.inspect.push(t2 - t1)
    result.apply.push(t3 - t2)
    result.total.push(t3 - t0)
    result.inspectStall.push(stallMs)
  }
  return result
}

async function timeUnlock(vault: Vault): Promise<Measurement> {
  const timings: number[] = []
  for (let run = 0; run < RESTORE_RUNS; run++) {
    vault.lock()
    const start = performance.now()
    await vault.unlock(PASSPHRASE)
    timings.push(performance.now() - start)
  }
  return report('backup.unlock-same-vault', timings)
}

function printTable(figures: {
  dataset: Record<string, number>
  floorMs: Measurement
  backupMs: Measurement
  restoreMs: Measurement
  unlockMs: Measurement
  phases: Record<string, number>
  ratio: number
  vaultBytes: number
  backupBytes: number
}): void {
  const { floorMs, backupMs, restoreMs, unlockMs } = figures
  const vaultMb = round(figures.vaultBytes / MB)
  const phaseText = Object.entries(figures.phases)
    .map(([phase, s]) => `${phase} ${String(s)} s`)
    .join(', ')
  const lines = [
    '',
    `Vault: ${String(vaultMb)} MB (of which ${String(figures.dataset['attachment_mb'])} MB attachments), back-up file ${String(round(figures.backupBytes / MB))} MB; generated in ${String(figures.dataset['generation_s'])} s.`,
    '',
    '| Operation | Runs | Median (s) | p95 (s) | MB/s |',
    '| --- | ---: | ---: | ---: | ---: |',
    row('Plain copy + fsync (floor)', floorMs, mbPerSecond(figures.vaultBytes, floorMs.median_ms)),
    row('Back-up + verify (`make()`)', backupMs, mbPerSecond(figures.vaultBytes, backupMs.median_ms)),
    row('Restore (choose + inspect + apply)', restoreMs, mbPerSecond(figures.backupBytes, restoreMs.median_ms)),
    '',
    `Back-up / floor: ${String(figures.ratio)}×. Back-up phases (median): ${phaseText}; longest event-loop stall ${String(seconds(Number(backupMs['longest_event_loop_stall_median_ms'])))} s.`,
    `Restore (median): inspect ${String(seconds(Number(restoreMs['inspect_median_ms'])))} s (Argon2id, copy, check, counts), apply ${String(seconds(Number(restoreMs['apply_median_ms'])))} s (swap, unlock); a plain unlock of this vault ${String(seconds(unlockMs.median_ms))} s.`,
    '',
  ]
  console.log(lines.join('\n'))
}

function row(label: string, measured: Measurement, mbs: number): string {
  return `| ${label} | ${String(measured.runs)} | ${String(seconds(measured.median_ms))} | ${String(seconds(measured.p95_ms))} | ${String(mbs)} |`
}
