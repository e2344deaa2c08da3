import { type KindConfig, text, whole } from '../reference-config'

export const phaseKind: KindConfig<'phase'> = {
  kind: 'phase',
  slug: 'fasen',
  title: 'Fasen',
  noun: { one: 'fase', many: 'fasen' },
  intro:
    'De fasen van een casus. Ze horen bij de besluitregels: u kunt de naam en de volgorde aanpassen, maar geen fasen toevoegen of archiveren.',
  initialSort: { id: 'sortOrder', desc: false },
  columns: [
    { id: 'sortOrder', header: 'Volgorde', value: (row) => row.sortOrder, numeric: true },
    { id: 'name', header: 'Naam', value: (row) => row.name },
    { id: 'kind', header: 'Soort', value: (row) => (row.kind === 'hoofd' ? 'Hoofdfase' : 'Zijfase'), fit: true },
  ],
  fields: [
    { name: 'name', label: 'Naam', type: 'text' },
    {
      name: 'sortOrder',
      label: 'Volgorde',
      type: 'number',
      min: 0,
      max: 999,
      hint: 'Een heel getal van 0 tot en met 999; lager staat eerder.',
    },
  ],
  blank: { name: '', sortOrder: '' },
  toForm: (row) => ({ name: row.name, sortOrder: String(row.sortOrder) }),
  toValues: (form) => ({ name: text(form, 'name'), sortOrder: whole(form, 'sortOrder') }),
  label: (row) => row.name,
}
