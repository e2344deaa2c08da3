import { useId, useRef, useState } from 'react'
import type { ChainState } from '../../../../shared/contract/processing-chain.contract'
import { chainBreakMessage, chainIntactMessage } from '../../../../shared/domain/chain-break'
import { useVaultMutation } from '../../api/use-vault-mutation'
import { useVaultQuery } from '../../api/use-vault-query'
import { FormAlert } from '../../components/form-alert'
import { messageOf } from '../../api/request'
import { useLogChainChecks } from '../../stores/log-chain-store'
import { LogBreakAcknowledgement } from './log-break-acknowledgement'

const NO_INPUT = {}

/**
 * Whether the log's chain still verifies: what the vault found at unlock,
 * and a full check from the first entry on request of the privacy officer.
 */
export function LogChainState() {
  const titleId = useId()
  const found = useVaultQuery('processing-log:chain', NO_INPUT)
  const verify = useVaultMutation('processing-log:verify-all')
  const checked = useLogChainChecks((state) => state.checked)
  const [verified, setVerified] = useState<ChainState | null>(null)
  const title = useRef<HTMLHeadingElement>(null)
  const [error, setError] = useState<string | null>(null)
  const chain = verified ?? found.data
  if (!chain) return <FormAlert message={found.error} />
  const broken = chain.state === 'broken'
  const checkAll = async () => {
    setError(null)
    try {
      setVerified(await verify.run(NO_INPUT))
      checked()
    } catch (failure) {
      setError(messageOf(failure))
    }
  }
  return (
    <section
      className={broken ? 'notice notice--warning log-chain' : 'notice log-chain'}
      aria-labelledby={titleId}
      aria-busy={verify.busy || undefined}
    >
      <h3 id={titleId} ref={title} tabIndex={-1} className="notice__title">
        {broken ? 'De keten van het log is verbroken' : 'De keten van het log is intact'}
      </h3>
      <p role="status">{chain.state === 'broken' ? chainBreakMessage(chain) : chainIntactMessage(chain)}</p>
      <FormAlert message={error} />
      <button type="button" className="button button--secondary" disabled={verify.busy} onClick={() => void checkAll()}>
        {verify.busy ? 'Bezig met controleren…' : 'Volledig controleren'}
      </button>
      {broken ? (
        <LogBreakAcknowledgement
          onAcknowledged={(next) => {
            setVerified(next)
            checked()
            // The form goes with the break; focus stays in the section, on what it now says.
            title.current?.focus()
          }}
        />
      ) : null}
    </section>
  )
}
