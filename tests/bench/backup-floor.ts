import { closeSync, copyFileSync, fsyncSync, openSync, rmSync } from 'node:fs'
import { dirname } from 'node:path'

/**
 * The floor under a back-up: the vault's database file copied as it is and
 * made durable (the copy fsynced, then its folder), as a user could do by
 * hand with the app closed. No snapshot, no check, no read back.
 */
export function plainCopy(database: string, target: string): void {
  copyFileSync(database, target)
  for (const path of [target, dirname(target)]) {
    const fd = openSync(path, 'r')
    try {
      fsyncSync(fd)
    } finally {
      closeSync(fd)
    }
  }
}

export function removeCopy(target: string): void {
  rmSync(target, { force: true })
}
