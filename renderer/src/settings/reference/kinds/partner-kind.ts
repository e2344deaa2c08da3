import { type KindConfig, flag, text } from '../reference-config'

export const partnerKind: KindConfig<'partner'> = {
  kind: 'partner',
  slug: 'partners',
  title: 'Partners',
  noun: { one: 'partner', many: 'partners' },
  intro: 'Organisaties die aan de tafels deelnemen. De korte naam staat in agenda’s, actielijsten en verslagen.',
  initialSort: { id: 'name', desc: false },
  columns: [
    { id: 'name', header: 'Naam', value: (row) => row.name },
    { id: 'shortName', header: 'Korte naam', value: (row) => row.shortName, fit: true },
    { id: 'convenant', header: 'Convenantpartner', value: (row) => (row.convenant ? 'Ja' : 'Nee'), fit: true },
  ],
  fields: [
    { name: 'name', label: 'Naam', type: 'text' },
    {
      name: 'shortName',
      label: 'Korte naam',
      type: 'text',
      width: 'medium',
      hint: 'Hoogstens 24 tekens, bijvoorbeeld OM of NLA.',
    },
    {
      name: 'convenant',
      label: 'Convenantpartner',
      type: 'checkbox',
      hint: 'De organisatie heeft het RIEC-convenant ondertekend.',
    },
  ],
  blank: { name: '', shortName: '', convenant: true },
  toForm: (row) => ({ name: row.name, shortName: row.shortName, convenant: row.convenant }),
  toValues: (form) => ({
    name: text(form, 'name'),
    shortName: text(form, 'shortName'),
    convenant: flag(form, 'convenant'),
  }),
  label: (row) => row.name,
}
