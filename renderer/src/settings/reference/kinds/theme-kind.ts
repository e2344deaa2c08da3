import { themeScopes } from '../../../../../shared/domain/reference'
import { type KindConfig, text } from '../reference-config'

type Scope = (typeof themeScopes)[number]

const scopeLabels: Record<Scope, string> = { landelijk: 'Landelijk', regionaal: 'Regionaal', lokaal: 'Lokaal' }

export const themeKind: KindConfig<'theme'> = {
  kind: 'theme',
  slug: 'themas',
  title: 'Thema’s',
  noun: { one: 'thema', many: 'thema’s' },
  intro:
    'De verschijningsvormen van ondermijning waar de regio dit jaar op inzet. De lijst verschilt per jaar en per regio.',
  initialSort: { id: 'name', desc: false },
  columns: [
    { id: 'name', header: 'Naam', value: (row) => row.name },
    { id: 'scope', header: 'Prioriteit', value: (row) => scopeLabels[row.scope], fit: true },
  ],
  fields: [
    { name: 'name', label: 'Naam', type: 'text' },
    {
      name: 'scope',
      label: 'Prioriteit',
      type: 'select',
      hint: 'Een landelijke, regionale of lokale prioriteit.',
      options: themeScopes.map((scope) => ({ value: scope, label: scopeLabels[scope] })),
    },
  ],
  blank: { name: '', scope: 'regionaal' },
  toForm: (row) => ({ name: row.name, scope: row.scope }),
  toValues: (form) => {
    // The select offers only valid scopes; the fallback keeps the type honest without a cast.
    const scope = themeScopes.find((candidate) => candidate === text(form, 'scope')) ?? 'regionaal'
    return { name: text(form, 'name'), scope }
  },
  label: (row) => row.name,
}
