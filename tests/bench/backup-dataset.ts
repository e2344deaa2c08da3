import { randomBytes } from 'node:crypto'
import { statSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import { generateDemoData } from '../../db/demo/generate-demo-data'
import { createDispatcher } from '../../db/handlers/dispatch'
import type { Vault } from '../../db/vault/vault'
import { ADOPTED } from '../../shared/domain/meeting'
import { appendLogFixture } from '../support/processing-log-fixture'

const MB = 1024 * 1024
const SEED = 2026
const LOG_ENTRIES = Number(process.env['TAFELWERK_BENCH_LOG_ENTRIES'] ?? 1_000_000)
/** Scanned letters, reports, photos: sizes a secretary attaches, cycled through. */
const ATTACHMENT_SIZES_MB = [0.5, 1, 2, 3.5]
const ATTACHMENT_COUNT = Number(process.env['TAFELWERK_BENCH_ATTACHMENTS'] ?? 40)

export interface BackupDataset {
  [figure: string]: number
}

/**
 * The issue-14 scale dataset in an open vault: the demo generator at scale 1
 * (5,000 cases, 30,000 subjects and objects, 1,500 meetings, 50,000 agenda
 * items, 20,000 decisions, 10,000 action items, 15,000 interventions over ten
 * years), 1,000,000 processing-log entries appended through the log itself,
 * and attachments stored through `attachment:add`, whose bytes are what make
 * a real vault hundreds of MB. Random bytes: PDFs and photos are compressed
 * already, and SQLCipher compresses nothing anyway. Left unlocked after a
 * fresh unlock; without it a restore verifies the whole log again, because a
 * back-up's log anchor says how far the log was verified at the last unlock.
 */
export async function generateBackupDataset(vault: Vault, passphrase: string): Promise<BackupDataset> {
  const started = performance.now()
  const counts = await generateDemoData(vault.db, { seed: SEED, scale: 1 })
  const demoMs = performance.now() - started

  const logStarted = performance.now()
  await appendLogFixture(vault, { count: LOG_ENTRIES, endMs: Date.UTC(2026, 10, 1), days: 10 * 365 })
  const logMs = performance.now() - logStarted

  const attachStarted = performance.now()
  const attachmentBytes = await addAttachments(vault)
  const attachMs = performance.now() - attachStarted

  // Locked and unlocked, as a user's vault is at the start of a session: the unlock verifies the log
  // (the anchor a back-up carries says how far), and the lock folds the WAL into the database file,
  // which is then the whole vault for the floor's copy and for MB/s.
  const reopenStarted = performance.now()
  vault.lock()
  await vault.unlock(passphrase)
  const reopenMs = performance.now() - reopenStarted
  vault.checkpointTruncate()
  return {
    ...counts,
    processingLogEntries: LOG_ENTRIES,
    attachments: ATTACHMENT_COUNT,
    attachment_mb: round(attachmentBytes / MB),
    vault_mb: round(statSync(vault.files.database).size / MB),
    generation_s: round((performance.now() - started) / 1000),
    generation_demo_s: round(demoMs / 1000),
    generation_log_s: round(logMs / 1000),
    generation_attachments_s: round(attachMs / 1000),
    reopen_s: round(reopenMs / 1000),
  }
}

/** Through the dispatcher, as the renderer adds them: on agenda items of meetings whose minutes are not adopted. */
async function addAttachments(vault: Vault): Promise<number> {
  const items = await vault.db
    .selectFrom('agenda_item as i')
    .innerJoin('meeting as m', 'm.id', 'i.meeting_id')
    .select('i.id')
    .where('m.status', '!=', ADOPTED)
    .where('i.deleted_at', 'is', null)
    .orderBy('i.id')
    .limit(ATTACHMENT_COUNT)
    .execute()
  if (items.length < ATTACHMENT_COUNT) throw new Error(`only ${String(items.length)} editable agenda items`)
  const dispatch = createDispatcher(vault)
  let total = 0
  for (const [index, item] of items.entries()) {
    const bytes = Math.round((ATTACHMENT_SIZES_MB[index % ATTACHMENT_SIZES_MB.length] ?? 1) * MB)
    const answer = await dispatch('attachment:add', {
      agendaItemId: item.id,
      fileName: `Bijlage ${String(index + 1)}.pdf`,
      mediaType: 'application/pdf',
      contentBase64: randomBytes(bytes).toString('base64'),
    })
    if (!answer.ok) throw new Error(`attachment:add failed: ${answer.error.code}`)
    total += bytes
  }
  return total
}

export const round = (value: number) => Math.round(value * 100) / 100
