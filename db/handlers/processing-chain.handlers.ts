import type { Vault } from '../vault/vault'
import type { HandlersFor } from './handler-types'

type ChainChannel = 'processing-log:chain' | 'processing-log:verify-all' | 'processing-log:acknowledge-break'

/** The chain state for the privacy officer: found at unlock, checked in full on request, a break acknowledged in the log. */
export function processingChainHandlers(vault: Vault): HandlersFor<ChainChannel> {
  return {
    'processing-log:chain': () => Promise.resolve(vault.processingLog.chain),
    'processing-log:verify-all': () => vault.processingLog.verifyAll(),
    'processing-log:acknowledge-break': ({ reason }) => Promise.resolve(vault.processingLog.acknowledgeBreak(reason)),
  }
}
