import { OmtError, type OmtErrorPayload } from '../../shared/contract/errors'
import { isDamageError } from '../vault/sqlite-damage'

const CONFLICT_MESSAGE = 'Er bestaat al een gegeven met deze naam of code. Kies een andere.'
const REFERENCE_MESSAGE = 'Dit verwijst naar een gegeven dat niet bestaat. Kies een bestaande waarde.'

function sqliteCode(error: unknown): string | null {
  if (error instanceof Error && error.name === 'SqliteError' && 'code' in error && typeof error.code === 'string') {
    return error.code
  }
  return null
}

/**
 * Turns anything thrown into a typed, Dutch payload. SQL text and stacks stay
 * in the main process; the caller is told whether the error was unexpected.
 */
export function toErrorPayload(error: unknown): { payload: OmtErrorPayload; unexpected: boolean } {
  if (error instanceof OmtError) return { payload: error.toPayload(), unexpected: false }
  const code = sqliteCode(error)
  // SQLite rolled the transaction back; the vault is as it was before the request.
  if (code === 'SQLITE_FULL') return { payload: new OmtError('DISK_FULL').toPayload(), unexpected: false }
  if (code?.startsWith('SQLITE_IOERR')) return { payload: new OmtError('DISK_ERROR').toPayload(), unexpected: true }
  // A page that fails SQLCipher's HMAC when read (bit rot the unlock did not read): the vault's own word for it.
  if (isDamageError(error)) return { payload: new OmtError('VAULT_DAMAGED').toPayload(), unexpected: true }
  switch (code) {
    case 'SQLITE_CONSTRAINT_UNIQUE':
    case 'SQLITE_CONSTRAINT_PRIMARYKEY':
      return { payload: { code: 'CONFLICT', message: CONFLICT_MESSAGE }, unexpected: false }
    case 'SQLITE_CONSTRAINT_FOREIGNKEY':
      return { payload: { code: 'VALIDATION', message: REFERENCE_MESSAGE }, unexpected: false }
    default:
      return { payload: new OmtError('INTERNAL').toPayload(), unexpected: true }
  }
}
