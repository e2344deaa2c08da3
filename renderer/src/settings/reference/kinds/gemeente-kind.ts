import { type KindConfig, optionalId, text } from '../reference-config'

export const gemeenteKind: KindConfig<'gemeente'> = {
  kind: 'gemeente',
  slug: 'gemeenten',
  title: 'Gemeenten',
  noun: { one: 'gemeente', many: 'gemeenten' },
  intro:
    'De gemeenten van de regio en het district waar ze bij horen. Pas de indeling aan als die in uw regio anders is.',
  initialSort: { id: 'name', desc: false },
  columns: [
    { id: 'name', header: 'Naam', value: (row) => row.name },
    { id: 'district', header: 'District', value: (row, context) => context.districtName(row.districtId) },
  ],
  fields: [
    { name: 'name', label: 'Naam', type: 'text' },
    { name: 'districtId', label: 'District', type: 'select', options: 'districts' },
  ],
  blank: { name: '', districtId: '' },
  toForm: (row) => ({ name: row.name, districtId: row.districtId ?? '' }),
  toValues: (form) => ({ name: text(form, 'name'), districtId: optionalId(form, 'districtId') }),
  label: (row) => row.name,
}
