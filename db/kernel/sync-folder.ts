import { closeSync, fsyncSync, openSync } from 'node:fs'
import { dirname } from 'node:path'

/** A rename is only durable once its folder is; Windows cannot open a folder and needs no such step. */
export function syncFolder(renamedPath: string): void {
  if (process.platform === 'win32') return
  const fd = openSync(dirname(renamedPath), 'r')
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}
