import { randomBytes } from 'node:crypto'
import { open, rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { OmtError } from '../../shared/contract/errors'

function exportError(error: unknown): OmtError {
  const code = error instanceof Error && 'code' in error ? error.code : null
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new OmtError('EXPORT_DISK_FULL')
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
    case 'ENOENT':
    case 'ENOTDIR':
    case 'EISDIR':
      return new OmtError('EXPORT_NOT_WRITABLE')
    default:
      return new OmtError('EXPORT_FAILED')
  }
}

/**
 * Exports and saved attachment copies leave the vault only as complete files: write to a hidden temporary
 * name in the target folder (never a system temp folder, where plaintext
 * could linger), flush to disk, then rename over the target in one step. On any
 * failure the partial file is removed and the old target, if any, is intact.
 */
export async function writeFileAtomically(target: string, bytes: Uint8Array): Promise<void> {
  const partial = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.deels`)
  try {
    const handle = await open(partial, 'wx', 0o600)
    try {
      await handle.writeFile(bytes)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(partial, target)
  } catch (error) {
    await rm(partial, { force: true }).catch(() => undefined)
    throw exportError(error)
  }
}
