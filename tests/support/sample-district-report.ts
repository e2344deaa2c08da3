import type { DistrictReport } from '../../shared/contract/district-report.contract'

/**
 * A small, valid DistrictReport written by hand: for the writers and the
 * package reader, which only lay a report out and need no vault behind it.
 * Holds what the suppression rule leaves: "<5", "—", a percentage, an amount.
 */
export function sampleDistrictReport(): DistrictReport {
  const columns = [
    { from: '2025-07-01', to: '2025-12-31', label: '2025 H2' },
    { from: '2026-01-01', to: '2026-06-30', label: '2026 H1' },
  ]
  return {
    scope: { kind: 'district', districtId: 'd-1' },
    scopeLabel: 'District D (Delft en Westland)',
    period: columns[1] ?? columns[0]!,
    columns,
    thresholds: { minCount: 5, minN: 10, minContributors: 3 },
    generatedAt: '2026-07-02T09:30:00.000Z',
    empty: false,
    disclaimer: 'Cijfers zijn indicatief en niet vergelijkbaar tussen districten.',
    figures: [
      {
        id: 'signals',
        title: 'Signalen per partner',
        summary: 'Politie bracht de meeste signalen in.',
        unit: 'aantal',
        rows: [
          {
            key: 'politie',
            label: 'Politie',
            group: null,
            cells: [
              { value: 12, display: '12' },
              { value: 1250, display: '1.250' },
            ],
            total: false,
          },
          {
            key: 'gemeente',
            label: 'Gemeente; "Delft"',
            group: null,
            cells: [
              { value: null, display: '<5' },
              { value: 0, display: '0' },
            ],
            total: false,
          },
          {
            key: 'total',
            label: 'Totaal',
            group: null,
            cells: [
              { value: null, display: '<5' },
              { value: null, display: '—' },
            ],
            total: true,
          },
        ],
        note: null,
      },
      {
        id: 'themes',
        title: 'Casussen per verschijningsvorm',
        summary: 'Drugs is de grootste verschijningsvorm.',
        unit: 'procent',
        rows: [
          {
            key: 'drugs',
            label: 'Drugs',
            group: 'Betekenisvol',
            cells: [
              { value: 42, display: '42%' },
              { value: 12.5, display: '12,5' },
            ],
            total: false,
          },
          {
            key: 'amount',
            label: 'Afgepakt',
            group: 'Lokaal',
            cells: [
              { value: 125000, display: '€ 125.000' },
              { value: null, display: '—' },
            ],
            total: false,
          },
        ],
        note: 'Percentages pas vanaf 10 casussen.',
      },
    ],
    slides: [
      {
        id: 'signals',
        title: 'Signalen',
        message: 'Meer signalen dan vorig jaar.',
        figureIds: ['signals'],
        chart: 'bars',
      },
      { id: 'themes', title: 'Thema’s', message: 'Drugs blijft voorop.', figureIds: ['themes'], chart: 'none' },
    ],
    notes: { signals: 'Noem de nieuwe partner.\nEn de tweede regel.' },
  }
}
