import type { ComponentType } from 'react'
import { SettingsPage } from '../settings/settings-page'

export interface PageEntry {
  /** The first segment of the hash route. */
  path: string
  /** The label in the main navigation. */
  label: string
  Component: ComponentType<{ segments: string[] }>
}

/**
 * The main navigation, in order. Only pages that work are listed; later issues
 * add Casussen, Vergaderingen and Actiepunten here (and print routes beside it).
 */
export const pages: readonly PageEntry[] = [{ path: 'instellingen', label: 'Instellingen', Component: SettingsPage }]
