import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { backupsFor } from '../../db/backup/backups'
import { createDispatcher } from '../../db/handlers/dispatch'
import { Vault } from '../../db/vault/vault'
import { call, createMeeting, itemValues, reference, section } from '../support/meeting-fixtures'
import { PASSPHRASE } from '../support/temp-vault'
import { withTestOwner } from '../support/test-owner'
import { dataKeyOf } from './data-key-of'
import type { KillWorld } from './kill-protocol'

/**
 * A new vault for one lane of the kill test: a meeting with one agenda item
 * every decision is recorded at, a second meeting whose sections the child
 * reorders, and a back-up folder beside (not inside) the vault's folder.
 * Returns the world, the data key (for unlocks without Argon2) and the
 * order of the sections before any reorder.
 */
export async function makeKillWorld(
  root: string,
): Promise<{ world: KillWorld; dataKeyHex: string; initialOrder: string[] }> {
  const folder = join(root, 'kluis')
  const backupFolder = join(root, 'back-ups')
  mkdirSync(folder, { recursive: true })
  mkdirSync(backupFolder, { recursive: true })
  const vault = new Vault(folder)
  await vault.create(PASSPHRASE, PASSPHRASE, withTestOwner)
  try {
    const dispatch = createDispatcher(vault)
    const ref = await reference(vault)
    const decisions = await createMeeting(dispatch, ref)
    const { item } = await call(dispatch, 'agenda:add', {
      meetingId: decisions.id,
      parentId: section(decisions, 'voortgang').id,
      position: null,
      values: itemValues({ title: 'Besluiten van de kill-test' }),
    })
    const reorder = await createMeeting(dispatch, ref, { date: '2025-04-09' })
    backupsFor(vault).chooseFolder(backupFolder)
    const dataKeyHex = await dataKeyOf(vault)
    return {
      world: { folder, backupFolder, decisionItemId: item.id, reorderMeetingId: reorder.id },
      dataKeyHex,
      initialOrder: reorder.items
        .filter((row) => row.parentId === null)
        .sort((a, b) => a.position - b.position)
        .map((row) => row.id),
    }
  } finally {
    vault.lock()
  }
}
