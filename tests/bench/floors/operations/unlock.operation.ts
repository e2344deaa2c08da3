import { performance } from 'node:perf_hooks'
import { deriveFromPassphrase, DEFAULT_KDF, newKdfParams } from '../../../../db/vault/key-wrap'
import { closeDatabase, openEncryptedDatabase, type SqliteDatabase } from '../../../../db/vault/open-database'
import type { Vault } from '../../../../db/vault/vault'
import type { Operation } from '../floor-row'
import { PASSPHRASE } from '../scale-vault'

/**
 * Unlocking the scale vault: Argon2id at the production parameters, the key
 * unwrapped, the files checked (quick_check reads every page), migrations
 * checked, the processing log verified from its anchor. The floor is the KDF
 * alone: what the passphrase's protection costs and nothing can take off.
 * The cipher floor adds opening the encrypted file with the key and its first
 * read. quick_check is timed apart on the encrypted file: it is most of the rest.
 */
export function unlockOperation(vault: Vault, cipher: SqliteDatabase, dataKey: Buffer, runs: number): Operation {
  const kdf = () => deriveFromPassphrase(PASSPHRASE, newKdfParams())
  const started = performance.now()
  cipher.pragma('quick_check')
  const quickCheckMs = Math.round(performance.now() - started)
  return {
    name: 'unlock',
    budget: { text: '< 1 s (median)', limit_ms: 1000, on: 'median' },
    runs,
    warmup: 1,
    ours: async () => {
      vault.lock()
      await vault.unlock(PASSPHRASE)
    },
    floor: (_sqlite, which) =>
      which === 'plain'
        ? kdf
        : async () => {
            await kdf()
            const opened = openEncryptedDatabase(vault.files.database, dataKey, { create: false })
            closeDatabase(opened)
          },
    extra: {
      kdf: `argon2id m=${String(DEFAULT_KDF.memoryKiB / 1024)}MiB t=${String(DEFAULT_KDF.iterations)} p=${String(DEFAULT_KDF.parallelism)}`,
      quick_check_ms: quickCheckMs,
    },
  }
}
