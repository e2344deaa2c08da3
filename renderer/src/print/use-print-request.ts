import { useEffect, useLayoutEffect, useMemo, useSyncExternalStore } from 'react'
import type { VaultStatus } from '../../../shared/contract/vault.contract'
import { reportPrintError } from './print-state'

const subscribeToHash = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}
const readHash = () => window.location.hash

/**
 * A print route's request, for the hidden print window, wired as the minutes'
 * route is (print-screen.tsx): the page in print style, and a broken address
 * or a locked vault reported to the printer at once instead of waited on.
 */
export function usePrintRequest<R extends { job: string }>(
  parse: (hash: string) => R | null,
  tokenOf: (job: string) => string,
  status: VaultStatus | null,
): { request: R | null; locked: boolean } {
  const hash = useSyncExternalStore(subscribeToHash, readHash)
  const request = useMemo(() => parse(hash), [parse, hash])
  const locked = status !== null && status.state !== 'unlocked'
  useLayoutEffect(() => {
    window.document.documentElement.classList.add('afdruk')
    return () => window.document.documentElement.classList.remove('afdruk')
  }, [])
  useEffect(() => {
    if (!request) reportPrintError('onbekend', 'NOT_FOUND')
    else if (locked) reportPrintError(tokenOf(request.job), 'VAULT_LOCKED')
  }, [request, locked, tokenOf])
  return { request, locked }
}
