import { addVaultUser } from '../../db/vault-users/vault-user.queries'
import type { Db } from '../../db/kernel/schema/database'

/** The owner every test vault is created with, as `vault:create` asks for one. */
export const TEST_OWNER = { name: 'Test Secretaris', role: 'Secretaris OMT' }

/** `vault.create`'s initializer: writes the owner as the `vault:create` handler does. */
export const withTestOwner = async (db: Db): Promise<void> => {
  await addVaultUser(db, TEST_OWNER)
}
