import { useCallback, useEffect, useRef } from 'react'
import { messageOf } from '../api/request'
import { BackupReminderBanner } from '../backup/backup-reminder-banner'
import { SearchBox } from '../search/search-box'
import { useSearchShortcut } from '../search/use-search-shortcut'
import { announce } from '../stores/announcer-store'
import { useRoute } from '../stores/route-store'
import { useSession } from '../stores/session-store'
import { DemoBanner } from './demo-banner'
import { LockButton } from './lock-button'
import { LogChainBanner } from './log-chain-banner'
import { MainNav } from './main-nav'
import { pages } from './pages'
import { RecoveryKeyBanner } from './recovery-key-banner'
import { SkipLink } from './skip-link'
import { useLockShortcut } from './use-lock-shortcut'

const MAIN_ID = 'inhoud'

/** The open vault: banner with name, navigation, search and lock button; the current page below. */
export function AppShell() {
  const segments = useRoute((state) => state.segments)
  const replace = useRoute((state) => state.replace)
  const lockVault = useSession((state) => state.lock)
  const recoveryKeyConfirmed = useSession((state) => state.status?.recoveryKeyConfirmed ?? false)
  const demo = useSession((state) => state.status?.demo ?? false)
  const searchRef = useRef<HTMLInputElement>(null)

  const lock = useCallback(() => {
    lockVault().catch((error: unknown) => announce(messageOf(error)))
  }, [lockVault])
  useLockShortcut(lock)
  const focusSearch = useCallback(() => {
    searchRef.current?.focus()
    searchRef.current?.select()
  }, [])
  useSearchShortcut(focusSearch)

  const page = pages.find((entry) => entry.path === segments[0])
  const fallback = pages[0]
  useEffect(() => {
    if (!page && fallback) replace(fallback.path)
  }, [page, fallback, replace])

  return (
    <div className="app">
      <SkipLink targetId={MAIN_ID} />
      <header className="app-header">
        <div className="app-header__inner">
          <span className="brand brand--on-dark">
            <span className="brand__name">Tafelwerk</span>
            <span className="brand__tagline">Werkplek voor ondermijningstafels</span>
          </span>
          <MainNav page={page} />
          <SearchBox inputRef={searchRef} />
          <LockButton onLock={lock} />
        </div>
      </header>
      {demo ? <DemoBanner onClose={lock} /> : null}
      <main id={MAIN_ID} className="app-main" tabIndex={-1}>
        {recoveryKeyConfirmed || demo ? null : <RecoveryKeyBanner />}
        <LogChainBanner />
        {demo ? null : <BackupReminderBanner />}
        {page ? <page.Component key={page.path} segments={segments.slice(1)} /> : null}
      </main>
    </div>
  )
}
