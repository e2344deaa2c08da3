import type { ComponentType } from 'react'
import { CasesPage } from '../cases/cases-page'
import { DistrictReportPage } from '../district-report/district-report-page'
import { ExportPage } from '../exports/export-page'
import { MeetingsPage } from '../meetings/meetings-page'
import { ActionsPage } from '../actions/actions-page'
import { RetentionPage } from '../retention/retention-page'
import { SettingsPage } from '../settings/settings-page'
import { SubjectRoute } from '../subjects/subject-page'

export interface PageEntry {
  /** The first segment of the hash route. */
  path: string
  /** The label in the main navigation. */
  label: string
  Component: ComponentType<{ segments: string[] }>
  /** Pages reached from another page (a subject from its case) are not in the menu; this menu item is lit for them. */
  partOf?: string
}

/**
 * Every page, in menu order; the first is where the app opens. A new page is
 * added here; print routes are separate (renderer/src/print, chosen in app.tsx).
 */
export const pages: readonly PageEntry[] = [
  { path: 'casussen', label: 'Casussen', Component: CasesPage },
  { path: 'vergaderingen', label: 'Vergaderingen', Component: MeetingsPage },
  { path: 'actiepunten', label: 'Actiepunten', Component: ActionsPage },
  // The menu says "Rapportage": the screen's full name would push the lock button out of the header at 1280 px.
  { path: 'voortgangsrapportage', label: 'Rapportage', Component: DistrictReportPage },
  { path: 'instellingen', label: 'Instellingen', Component: SettingsPage },
  { path: 'subjecten', label: 'Subject', Component: SubjectRoute, partOf: 'casussen' },
  // Reached from a meeting (the meeting screens link here); until then it offers a choice of meetings.
  { path: 'exporteren', label: 'Exporteren', Component: ExportPage, partOf: 'vergaderingen' },
  // Under Casussen (a link on the case list): a seventh menu item would not fit the header at 1280 px.
  { path: 'bewaartermijnen', label: 'Bewaartermijnen', Component: RetentionPage, partOf: 'casussen' },
]

export const menuPages = pages.filter((page) => page.partOf === undefined)
