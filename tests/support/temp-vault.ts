import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createDispatcher } from '../../db/handlers/dispatch'
import { Vault } from '../../db/vault/vault'
import { withTestOwner } from './test-owner'

export const PASSPHRASE = 'de kat zit op de vensterbank'

export interface TempVault {
  folder: string
  vault: Vault
  dispatch: ReturnType<typeof createDispatcher>
  cleanup(): void
}

/** A real vault in a fresh temporary folder; `create` makes and unlocks it. */
export async function tempVault(
  options: { create: boolean } = { create: true },
): Promise<TempVault & { recoveryKey: string }> {
  const folder = mkdtempSync(join(tmpdir(), 'tafelwerk-test-'))
  const vault = new Vault(folder)
  const recoveryKey = options.create ? await vault.create(PASSPHRASE, PASSPHRASE, withTestOwner) : ''
  return {
    folder,
    vault,
    recoveryKey,
    dispatch: createDispatcher(vault),
    cleanup() {
      vault.lock()
      rmSync(folder, { recursive: true, force: true })
    },
  }
}

/** SHA-256 of every file in the folder, to prove an operation changed nothing. */
export function hashFolder(folder: string): Record<string, string> {
  const hashes: Record<string, string> = {}
  for (const name of readdirSync(folder).sort()) {
    hashes[name] = createHash('sha256')
      .update(readFileSync(join(folder, name)))
      .digest('hex')
  }
  return hashes
}

export function fileExists(path: string): boolean {
  return existsSync(path)
}
