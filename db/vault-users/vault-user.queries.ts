import { randomUUID } from 'node:crypto'
import { sql } from 'kysely'
import { OWNER_NOT_GIVEN, type VaultOwner, type VaultUser } from '../../shared/contract/vault-user.contract'
import type { Db } from '../kernel/schema/database'
import type { VaultUserTable } from '../kernel/schema/processing-log.table'

const toUser = (row: VaultUserTable): VaultUser => ({
  id: row.id,
  name: row.name,
  role: row.role,
  createdAt: row.created_at,
})

const isPlaceholder = (row: { name: string; role: string }) =>
  row.name === OWNER_NOT_GIVEN && row.role === OWNER_NOT_GIVEN

/** Newest first; rowid breaks a tie of two rows in the same millisecond. */
const rowsNewestFirst = (db: Db) =>
  db
    .selectFrom('vault_user')
    .selectAll()
    .orderBy('created_at', 'desc')
    .orderBy(sql`rowid`, 'desc')

/** A new row for the owner: at creation, and for every change in Instellingen. */
export async function addVaultUser(
  db: Db,
  owner: { name: string; role: string },
  now: Date = new Date(),
): Promise<VaultUserTable> {
  const row: VaultUserTable = { id: randomUUID(), name: owner.name, role: owner.role, created_at: now.toISOString() }
  await db.insertInto('vault_user').values(row).execute()
  return row
}

/**
 * The user new log entries name: the latest row. A vault from before owners
 * were asked has none; then a row "Niet ingevuld" is written, so user_id (NOT
 * NULL) points at an honest row instead of an invented name, and the user's
 * own answer later becomes a newer row. Entries made in between keep saying
 * "Niet ingevuld", which is the truth about them.
 */
export async function currentVaultUser(db: Db): Promise<VaultUserTable> {
  const latest = await rowsNewestFirst(db).executeTakeFirst()
  return latest ?? addVaultUser(db, { name: OWNER_NOT_GIVEN, role: OWNER_NOT_GIVEN })
}

/** What Instellingen and the after-unlock question show. Reads only: asking does not write a placeholder. */
export async function vaultOwner(db: Db): Promise<VaultOwner> {
  const rows = await rowsNewestFirst(db).execute()
  const latest = rows[0]
  return {
    current: latest ? toUser(latest) : null,
    needsOwner: !latest || isPlaceholder(latest),
    history: rows.map(toUser),
  }
}
