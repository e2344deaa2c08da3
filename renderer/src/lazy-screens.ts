import { lazy } from 'react'

/**
 * The screens behind the first one, each its own chunk: the first screen
 * (unlock, create, restore) paints from the small entry chunk, and the
 * workspace is fetched while the secretary types the passphrase
 * (`preloadWorkspace`), so unlocking does not wait for it.
 */
const loadAppShell = () => import('./layout/app-shell')

export const AppShell = lazy(async () => ({ default: (await loadAppShell()).AppShell }))
export const PrintScreen = lazy(async () => ({ default: (await import('./print/print-screen')).PrintScreen }))
export const ReportPrintScreen = lazy(async () => ({
  default: (await import('./district-report/print/report-print-screen')).ReportPrintScreen,
}))
export const PrivacyPrintScreen = lazy(async () => ({
  default: (await import('./privacy/print/privacy-print-screen')).PrivacyPrintScreen,
}))
export const PresenterScreen = lazy(async () => ({
  default: (await import('./district-report/present/presenter-screen')).PresenterScreen,
}))
export const PackageViewerScreen = lazy(async () => ({
  default: (await import('./district-report/package/package-viewer-screen')).PackageViewerScreen,
}))

export function preloadWorkspace(): void {
  void loadAppShell()
}
