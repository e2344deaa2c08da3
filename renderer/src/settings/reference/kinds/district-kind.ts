import { type KindConfig, text } from '../reference-config'

export const districtKind: KindConfig<'district'> = {
  kind: 'district',
  slug: 'districten',
  title: 'Districten',
  noun: { one: 'district', many: 'districten' },
  intro: 'De districten van de regio. Tafels en gemeenten horen bij een district.',
  initialSort: { id: 'code', desc: false },
  columns: [
    { id: 'code', header: 'Code', value: (row) => row.code, mono: true },
    { id: 'name', header: 'Naam', value: (row) => row.name },
  ],
  fields: [
    {
      name: 'code',
      label: 'Code',
      type: 'text',
      width: 'short',
      hint: 'Letters, cijfers en streepjes, hoogstens 12 tekens.',
    },
    { name: 'name', label: 'Naam', type: 'text' },
  ],
  blank: { code: '', name: '' },
  toForm: (row) => ({ code: row.code, name: row.name }),
  toValues: (form) => ({ code: text(form, 'code'), name: text(form, 'name') }),
  label: (row) => `${row.code} ${row.name}`,
}
