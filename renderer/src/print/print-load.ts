import type { VaultQuery } from '../api/use-vault-query'

export type PrintLoad<T> =
  { state: 'loading' } | { state: 'ready'; data: T } | { state: 'error'; code: string; message: string }

/**
 * A vault answer as the print window sees it. Only the answer to this job
 * counts: the print window is reused between exports, and a register edited
 * in between must be in the next PDF, not the previous one's data.
 */
export function printLoadOf<I, T>(query: VaultQuery<I, T>, job: string): PrintLoad<T> {
  const answered = !query.loading && query.answeredVersion === job
  if (query.error && query.errorCode && answered) return { state: 'error', code: query.errorCode, message: query.error }
  if (query.data && answered) return { state: 'ready', data: query.data }
  return { state: 'loading' }
}
