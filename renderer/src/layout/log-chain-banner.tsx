import { chainBreakMessage } from '../../../shared/domain/chain-break'
import { useVaultQuery } from '../api/use-vault-query'
import { useLogChainChecks } from '../stores/log-chain-store'

const NO_INPUT = {}

/**
 * A processing log that no longer verifies is reported, not a reason to stop
 * work: the secretary can go on, and the privacy officer knows where to look.
 */
export function LogChainBanner() {
  const checks = useLogChainChecks((state) => state.checks)
  const chain = useVaultQuery('processing-log:chain', NO_INPUT, { version: checks }).data
  if (chain?.state !== 'broken') return null
  return (
    <section className="banner banner--warning" aria-labelledby="log-chain-banner-title">
      <div className="banner__text">
        <h2 id="log-chain-banner-title" className="banner__title">
          Het verwerkingenlog is niet meer sluitend
        </h2>
        <p>{chainBreakMessage(chain)}</p>
        <p>U kunt gewoon doorwerken. Meld dit bij de functionaris gegevensbescherming.</p>
      </div>
      <a className="button button--secondary" href="#/instellingen/verwerkingenlog">
        Naar het verwerkingenlog
      </a>
    </section>
  )
}
