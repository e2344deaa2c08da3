import { createHmac } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { ProcessingLog } from '../../db/processing-log/processing-log'
import { newSpanId, newTraceId, type SpanDraft } from '../../db/processing-log/span-draft'
import { closeDatabase, openEncryptedDatabase } from '../../db/vault/open-database'
import { Vault } from '../../db/vault/vault'
import { measure } from './measure'

const PASSPHRASE = 'benchmark wachtwoord met lengte'
const ENTRIES = Number(process.env['TAFELWERK_BENCH_LOG_ENTRIES'] ?? 1_000_000)
const NEW_SINCE_LAST_UNLOCK = 2_000

/** The spans a decision about a case with three subjects adds: the call, and one child per subject. */
function decisionSpans(run: number): SpanDraft[] {
  const at = Date.now()
  const parent: SpanDraft = {
    traceId: newTraceId(),
    spanId: newSpanId(),
    parentSpanId: null,
    name: 'decision:record',
    status: 'Ok',
    startTime: at,
    endTime: at + 3,
    activityId: 'vastleggen-besluit',
    subject: null,
    records: [
      { kind: 'besluit', id: `besluit-${String(run)}` },
      { kind: 'casus', id: `casus-${String(run % 5000)}` },
      { kind: 'agendapunt', id: `agendapunt-${String(run)}` },
    ],
    purpose: null,
  }
  const children = [0, 1, 2].map((index) => ({
    ...parent,
    spanId: newSpanId(),
    parentSpanId: parent.spanId,
    subject: { id: `betrokkene-${String((run * 3 + index) % 40_000)}`, type: 'persoon' as const },
    records: [],
  }))
  return [parent, ...children]
}

/**
 * The processing log's costs, on a vault whose log holds ENTRIES entries
 * (generated through the log's own append, so the chain is real):
 * - what logging adds to a decision (its spans appended and committed), beside
 *   the floor of one committed insert of the same size without chain or records;
 * - opening the log at unlock, which verifies what was added since the last
 *   verification (the part of an unlock beyond the KDF), and, for scale, a full
 *   verification of every entry.
 */
export async function benchProcessingLog(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'tafelwerk-bench-log-'))
  try {
    const vault = new Vault(folder)
    await vault.create(PASSPHRASE, PASSPHRASE)
    const log = vault.processingLog
    const generated = performance.now()
    for (let run = 0; run < ENTRIES / 4 - NEW_SINCE_LAST_UNLOCK / 4; run += 500) {
      const spans = Array.from({ length: 500 }, (_, index) => decisionSpans(run + index)).flat()
      log.append(spans)
    }
    const generateMs = Math.round(performance.now() - generated)
    console.log(JSON.stringify({ name: 'processing-log.generate', entries: ENTRIES, ms: generateMs }))
    const dataKey = Buffer.from(await vault.revealDataKey(PASSPHRASE), 'hex')
    vault.lock()
    // The last unlock verified up to here; since then a session added NEW_SINCE_LAST_UNLOCK entries.
    await vault.unlock(PASSPHRASE)
    for (let run = 0; run < NEW_SINCE_LAST_UNLOCK / 4; run++) vault.processingLog.append(decisionSpans(run))

    const decision = await measure('processing-log.append-decision-spans', 300, (run) =>
      vault.processingLog.append(decisionSpans(run)),
    )
    vault.lock()

    const database = join(folder, 'tafelwerk.vault')
    const sqlite = openEncryptedDatabase(database, dataKey, { create: false })
    try {
      sqlite.exec('CREATE TABLE floor_insert (a TEXT, b BLOB)')
      const insert = sqlite.prepare('INSERT INTO floor_insert VALUES (?, ?)')
      const key = Buffer.alloc(32, 1)
      const floor = await measure('processing-log.append-floor', 300, (run) => {
        // Four rows of the same size, one HMAC each, one commit: the least a logged decision costs.
        sqlite.transaction(() => {
          for (let index = 0; index < 4; index++) {
            const text = `${'x'.repeat(200)}${String(run)}`
            insert.run(text, createHmac('sha256', key).update(text).digest())
          }
        })()
      })
      console.log(
        JSON.stringify({
          name: 'processing-log.append-decision-spans.beside-floor',
          p95_ms: decision.p95_ms,
          floor_p95_ms: floor.p95_ms,
          ratio: Math.round((decision.p95_ms / floor.p95_ms) * 100) / 100,
          target_p95_ms: 5,
        }),
      )
      sqlite.exec('DROP TABLE floor_insert')
    } finally {
      closeDatabase(sqlite)
    }

    // Unlock beyond the KDF: opening the log, which verifies from the anchor the last unlock left
    // (the entries of one session back) and checks the anchored head. The anchor is put back after each run.
    const anchor = join(folder, 'tafelwerk.vault.log-anchor.json')
    const lastUnlock = readFileSync(anchor)
    const opened = openEncryptedDatabase(database, dataKey, { create: false })
    try {
      let checked = 0
      await measure(
        'processing-log.unlock-verify',
        10,
        () => {
          const chain = ProcessingLog.open(opened, dataKey, anchor).chain
          if (chain.state !== 'intact') throw new Error('the generated chain did not verify')
          checked = chain.checkedThrough - chain.checkedFrom + 1
        },
        { entries: ENTRIES, target_ms: 1000 },
        0,
        () => writeFileSync(anchor, lastUnlock),
      )
      console.log(JSON.stringify({ name: 'processing-log.unlock-verify.checked', entries: ENTRIES, checked }))
      const log = ProcessingLog.open(opened, dataKey, anchor)
      await measure('processing-log.verify-all', 3, () => log.verifyAll(), { entries: ENTRIES }, 0)
    } finally {
      closeDatabase(opened)
    }
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}
