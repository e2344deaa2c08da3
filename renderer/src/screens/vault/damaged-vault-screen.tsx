import { useState } from 'react'
import { FormAlert } from '../../components/form-alert'
import { PageHeading } from '../../components/page-heading'
import { messageOf } from '../../api/request'
import { useSession } from '../../stores/session-store'
import { VaultScreenFrame } from './vault-screen-frame'

/**
 * A vault that cannot be read is never touched: the user may set its files
 * aside (renamed, byte for byte kept) and start a new vault beside them.
 */
export function DamagedVaultScreen() {
  const setAsideDamaged = useSession((state) => state.setAsideDamaged)
  const showLockedView = useSession((state) => state.showLockedView)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const setAside = async () => {
    if (busy) return
    setBusy(true)
    setError(null)
    try {
      await setAsideDamaged()
    } catch (failure) {
      setError(messageOf(failure))
      setBusy(false)
    }
  }

  return (
    <VaultScreenFrame>
      <PageHeading>De kluis kan niet worden geopend</PageHeading>
      <p>
        Het kluisbestand op deze computer is beschadigd of hoort niet bij Tafelwerk. Tafelwerk controleert bij elk
        ontgrendelen of alles wat is opgeslagen nog te lezen is.
      </p>
      <div className="notice notice--info">
        <p className="notice__title">Het bestand is niet gewijzigd</p>
        <p>Tafelwerk heeft niets aan het bestand veranderd en niets verwijderd.</p>
      </div>
      <h2 className="section-title">Herstellen uit een back-up</h2>
      <p>
        Hebt u een back-up, bijvoorbeeld op een USB-stick? Zet die dan terug. De beschadigde kluis blijft onder een
        nieuwe naam bewaard.
      </p>
      <div className="form__actions">
        <button type="button" className="button button--primary" onClick={() => showLockedView('restore')}>
          Herstellen uit een back-up
        </button>
      </div>
      <h2 className="section-title">Opnieuw beginnen</h2>
      <p>
        U kunt het bestand ook apart zetten. Tafelwerk geeft het dan een nieuwe naam met de datum van vandaag erin,
        zodat het bewaard blijft, bijvoorbeeld voor uw ICT-afdeling. Daarna maakt u een nieuwe, lege kluis.
      </p>
      <FormAlert message={error} />
      <div className="form__actions">
        <button
          type="button"
          className="button button--secondary"
          aria-busy={busy || undefined}
          onClick={() => void setAside()}
        >
          Bestand apart zetten en nieuwe kluis maken
        </button>
      </div>
    </VaultScreenFrame>
  )
}
