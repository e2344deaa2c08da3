import { referenceKindConfigs } from './reference/kinds/index'
import type { AnyKindConfig } from './reference/reference-config'

export type SettingsSection = { slug: string; title: string; group: 'reference' | 'report' | 'vault' } & (
  | { type: 'reference'; config: AnyKindConfig }
  | { type: 'enforcement-issues' }
  | { type: 'report' }
  | { type: 'security' }
  | { type: 'retention' }
  | { type: 'backup' }
  | { type: 'processing-log' }
  | { type: 'processing-register' }
)

/** The parts of Instellingen, each its own address (#/instellingen/partners) so it can be linked and returned to. */
export const settingsSections: readonly SettingsSection[] = [
  ...referenceKindConfigs.map((config) => ({
    slug: config.slug,
    title: config.title,
    group: 'reference' as const,
    type: 'reference' as const,
    config,
  })),
  {
    slug: 'handhavingsknelpunten',
    // A soft hyphen: the long word breaks in the narrow menu instead of running out of it.
    title: 'Handhavings\u00ADknelpunten',
    group: 'report',
    type: 'enforcement-issues',
  },
  { slug: 'voortgangsrapportage', title: 'Kleine aantallen', group: 'report', type: 'report' },
  { slug: 'beveiliging', title: 'Beveiliging', group: 'vault', type: 'security' },
  { slug: 'back-up', title: 'Back-up', group: 'vault', type: 'backup' },
  { slug: 'bewaartermijn', title: 'Bewaartermijn', group: 'vault', type: 'retention' },
  { slug: 'verwerkingenlog', title: 'Verwerkingenlog', group: 'vault', type: 'processing-log' },
  { slug: 'verwerkingsregister', title: 'Verwerkingsregister', group: 'vault', type: 'processing-register' },
]

export const settingsGroups = [
  { id: 'reference', title: 'Referentiegegevens' },
  { id: 'report', title: 'Rapportage' },
  { id: 'vault', title: 'Kluis' },
] as const
