import { PageHeading } from '../../components/page-heading'
import { RestoreFlow } from '../../backup/restore-flow'
import { useSession } from '../../stores/session-store'
import { VaultScreenFrame } from './vault-screen-frame'

/**
 * Herstellen uit een back-up without an open vault: on a new laptop (no
 * vault yet), after damage, or from the unlock screen.
 */
export function RestoreScreen({ damaged }: { damaged: boolean }) {
  const showLockedView = useSession((state) => state.showLockedView)
  const back = () => showLockedView('unlock')
  return (
    <VaultScreenFrame>
      <PageHeading>Herstellen uit een back-up</PageHeading>
      <p>
        Kies een back-up van Tafelwerk (een bestand dat eindigt op .tafelbackup), bijvoorbeeld op een USB-stick. Zo zet
        u ook uw kluis over naar een nieuwe laptop.
      </p>
      {damaged ? (
        <div className="notice notice--info">
          <p className="notice__title">De beschadigde kluis blijft bewaard</p>
          <p>Tafelwerk zet hem onder een nieuwe naam naast de herstelde kluis, byte voor byte zoals hij is.</p>
        </div>
      ) : null}
      <RestoreFlow replacesOpenVault={false} />
      <div className="form__actions">
        <button type="button" className="link-button" onClick={back}>
          Terug
        </button>
      </div>
    </VaultScreenFrame>
  )
}
