import type { SqliteDatabase } from '../../../db/vault/open-database'

const ROW_BYTES = 200

/**
 * The least a committed write of `rows()` rows can cost: that many rows of
 * 200 bytes into one scratch table in ONE transaction, on a file with the
 * vault's pragmas (WAL, synchronous=FULL: the commit waits for the disk).
 * The table is made on first use in the floor copies, which are thrown away
 * with the bench's folder. `alsoInside` writes more in the same transaction.
 */
export function commitFloor(
  sqlite: SqliteDatabase,
  rows: () => number,
  alsoInside: (run: number) => void = () => undefined,
): (run: number) => void {
  sqlite.exec('CREATE TABLE IF NOT EXISTS bench_floor_write (a TEXT NOT NULL, b INTEGER NOT NULL)')
  const insert = sqlite.prepare('INSERT INTO bench_floor_write VALUES (?, ?)')
  const write = sqlite.transaction((run: number) => {
    alsoInside(run)
    for (let row = 0; row < rows(); row++) insert.run(`${'x'.repeat(ROW_BYTES)}${String(run)}`, row)
  })
  return (run) => write(run)
}
