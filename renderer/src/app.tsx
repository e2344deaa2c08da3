import { Suspense, useEffect } from 'react'
import { omtBridge } from './api/omt-bridge'
import { Announcer } from './components/announcer'
import {
  AppShell,
  PackageViewerScreen,
  preloadWorkspace,
  PresenterScreen,
  PrintScreen,
  PrivacyPrintScreen,
  ReportPrintScreen,
} from './lazy-screens'
import { CreateVaultScreen } from './screens/vault/create-vault-screen'
import { DamagedVaultScreen } from './screens/vault/damaged-vault-screen'
import { RecoverScreen } from './screens/vault/recover-screen'
import { RestoreScreen } from './screens/vault/restore-screen'
import { RecoveryKeyScreen } from './screens/vault/recovery-key-screen'
import { StartupScreen } from './screens/vault/startup-screen'
import { UnlockScreen } from './screens/vault/unlock-screen'
import { usePackages } from './stores/package-store'
import { useRoute } from './stores/route-store'
import { useSession } from './stores/session-store'
import { PRESENTER_ROUTE_SEGMENT } from '../../shared/domain/presenter-route'
import { PRINT_ROUTE_SEGMENT } from '../../shared/domain/print-route'
import { isPrivacyPrintHash } from '../../shared/domain/privacy-print-route'
import { isReportPrintHash } from '../../shared/domain/report-print-route'

/** Picks the one screen the vault's state allows; nothing of the app renders while it is locked. */
function CurrentScreen() {
  const status = useSession((state) => state.status)
  const statusError = useSession((state) => state.statusError)
  const pendingRecoveryKey = useSession((state) => state.pendingRecoveryKey)
  const lockedView = useSession((state) => state.lockedView)
  const printing = useRoute((state) => state.segments[0] === PRINT_ROUTE_SEGMENT)
  const presenting = useRoute((state) => state.segments[0]?.split('?')[0] === PRESENTER_ROUTE_SEGMENT)
  const packages = usePackages((state) => state.opened)
  // The segments come from the hash, so their first one is the print route's segment if the hash is one.
  const printingReport = useRoute((state) => isReportPrintHash(state.segments.join('/')))
  const printingPrivacy = useRoute((state) => isPrivacyPrintHash(state.segments.join('/')))

  // The print window shows the document alone, and only from an unlocked vault.
  if (printing) return <PrintScreen status={status} />
  if (printingReport) return <ReportPrintScreen status={status} />
  if (printingPrivacy) return <PrivacyPrintScreen status={status} />
  // The presenter view shows what the presentation sends it, from a vault or from a package file alike.
  if (presenting) return <PresenterScreen />
  // A report package opened from the first screen: viewed with no vault open.
  if (packages) return <PackageViewerScreen packages={packages} />
  if (!status) return <StartupScreen error={statusError} />
  // From the first screen, the damaged-vault screen and the unlock screen alike: a back-up takes the vault's place.
  if (status.state !== 'unlocked' && lockedView === 'restore')
    return <RestoreScreen damaged={status.state === 'damaged'} />
  switch (status.state) {
    case 'none':
      return <CreateVaultScreen />
    case 'damaged':
      return <DamagedVaultScreen />
    case 'locked':
      return lockedView === 'recover' ? <RecoverScreen /> : <UnlockScreen />
    case 'unlocked':
      // A key from create survives until typed back; one renewed later says so.
      return pendingRecoveryKey ? <RecoveryKeyScreen pending={pendingRecoveryKey} /> : <AppShell />
  }
}

export function App() {
  const loadStatus = useSession((state) => state.loadStatus)
  const lockedByMain = useSession((state) => state.lockedByMain)

  useEffect(() => {
    void loadStatus()
    preloadWorkspace()
    // Main locks on idle, screen lock and suspend; the renderer then forgets what it showed.
    return omtBridge()?.onVaultLocked((reason) => lockedByMain(reason))
  }, [loadStatus, lockedByMain])

  return (
    <>
      {/* A chunk that is still loading shows nothing: it comes from the local disk in milliseconds. */}
      <Suspense fallback={null}>
        <CurrentScreen />
      </Suspense>
      <Announcer />
    </>
  )
}
