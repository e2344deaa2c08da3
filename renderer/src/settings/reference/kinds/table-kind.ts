import { type KindConfig, optionalId, text } from '../reference-config'

export const tableKind: KindConfig<'table'> = {
  kind: 'table',
  slug: 'tafels',
  title: 'Tafels',
  noun: { one: 'tafel', many: 'tafels' },
  intro: 'De ondermijningstafels van de regio. Het casusvoorvoegsel staat voor elke casuscode, zoals D in D-2025-014.',
  initialSort: { id: 'code', desc: false },
  columns: [
    { id: 'code', header: 'Code', value: (row) => row.code, mono: true },
    { id: 'name', header: 'Naam', value: (row) => row.name },
    { id: 'district', header: 'District', value: (row, context) => context.districtName(row.districtId) },
    { id: 'casePrefix', header: 'Casusvoorvoegsel', value: (row) => row.casePrefix, mono: true },
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
    {
      name: 'districtId',
      label: 'District',
      type: 'select',
      options: 'districts',
      hint: 'Kies “Geen district” voor de regionale tafel.',
    },
    {
      name: 'casePrefix',
      label: 'Casusvoorvoegsel',
      type: 'text',
      width: 'short',
      hint: 'Letters, cijfers en streepjes, hoogstens 12 tekens.',
    },
  ],
  blank: { code: '', name: '', districtId: '', casePrefix: '' },
  toForm: (row) => ({ code: row.code, name: row.name, districtId: row.districtId ?? '', casePrefix: row.casePrefix }),
  toValues: (form) => ({
    code: text(form, 'code'),
    name: text(form, 'name'),
    districtId: optionalId(form, 'districtId'),
    casePrefix: text(form, 'casePrefix'),
  }),
  label: (row) => row.name,
}
