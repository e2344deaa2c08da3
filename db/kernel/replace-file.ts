import { closeSync, fsyncSync, openSync, renameSync, writeSync } from 'node:fs'
import { syncFolder } from './sync-folder'

/**
 * The small files beside the vault (its header, the log anchor, the back-up
 * settings) are replaced whole: written to `<name>.tmp`, synced, renamed over
 * the file, the folder synced. A crash leaves the old file or the new one,
 * never half of one. The temporary name is fixed, so one a kill left behind
 * is overwritten by the next write instead of piling up; one app instance
 * per vault (electron/main/single-instance.ts) means no two writers share it.
 */
export function replaceFileDurably(path: string, text: string): void {
  const temporary = `${path}.tmp`
  const fd = openSync(temporary, 'w', 0o600)
  try {
    writeSync(fd, text)
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
  renameSync(temporary, path)
  syncFolder(path)
}
