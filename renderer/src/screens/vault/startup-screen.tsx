import { PageHeading } from '../../components/page-heading'
import { VaultScreenFrame } from './vault-screen-frame'

/** Shown for the blink before the vault's state is known, or when main cannot be reached at all. */
export function StartupScreen({ error }: { error: string | null }) {
  if (!error) {
    return (
      <div className="startup" aria-busy="true">
        <span className="visually-hidden">Tafelwerk wordt geopend…</span>
      </div>
    )
  }
  return (
    <VaultScreenFrame>
      <PageHeading>Tafelwerk kan niet starten</PageHeading>
      <p role="alert">{error}</p>
    </VaultScreenFrame>
  )
}
