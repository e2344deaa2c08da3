import { hkdfSync } from 'node:crypto'
import type { SqliteDatabase } from '../kernel/sqlite-database'

const CHAIN_LABEL = 'tafelwerk processing log chain v1'
const ANCHOR_LABEL = 'tafelwerk processing log anchor v1'

/** The chain key of the data key now in use (HKDF with a label of its own, so it is no other key's). */
export function chainKeyOf(dataKey: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', dataKey, Buffer.alloc(0), CHAIN_LABEL, 32))
}

/**
 * The chain keys by epoch. A data key rotation starts a new epoch: the entries
 * before it stay verifiable with the key they were made under (kept in the
 * vault, encrypted like everything else), and the chain runs on unbroken: it is
 * carried over, never recomputed.
 */
export class LogKeyring {
  private constructor(
    private readonly keys: Map<number, Buffer>,
    readonly currentEpoch: number,
  ) {}

  /** Loads the epochs and, on the first open under a new data key, adds its epoch. */
  static open(sqlite: SqliteDatabase, dataKey: Buffer, now: Date): LogKeyring {
    const current = chainKeyOf(dataKey)
    const rows = sqlite.prepare('SELECT epoch, key FROM processing_log_key ORDER BY epoch').all() as {
      epoch: number
      key: Buffer
    }[]
    const keys = new Map(rows.map((row) => [row.epoch, row.key]))
    const latest = rows.at(-1)
    if (latest && latest.key.equals(current)) return new LogKeyring(keys, latest.epoch)
    const epoch = (latest?.epoch ?? 0) + 1
    sqlite
      .prepare('INSERT INTO processing_log_key (epoch, key, created_at) VALUES (?, ?, ?)')
      .run(epoch, current, now.toISOString())
    keys.set(epoch, current)
    return new LogKeyring(keys, epoch)
  }

  keyOf(epoch: number): Buffer | null {
    return this.keys.get(epoch) ?? null
  }

  get currentKey(): Buffer {
    const key = this.keys.get(this.currentEpoch)
    if (!key) throw new Error('the current chain key is missing')
    return key
  }

  /** The anchor's MAC key: from the first epoch, so it survives data key rotations. */
  get anchorKey(): Buffer {
    const first = this.keys.get(Math.min(...this.keys.keys()))
    if (!first) throw new Error('no chain key')
    return Buffer.from(hkdfSync('sha256', first, Buffer.alloc(0), ANCHOR_LABEL, 32))
  }
}
