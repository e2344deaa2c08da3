import type { Figure, Slide } from '../../shared/contract/district-report.contract'
import type { SuppressionThresholds } from '../../shared/domain/report-period'

/** On every slide and in every export; it names the thresholds in force. */
export function disclaimer(thresholds: SuppressionThresholds): string {
  const below = thresholds.minCount
  return `De cijfers zijn indicatief en niet vergelijkbaar tussen districten of met andere RIEC’s. Aantallen van 1 tot en met ${String(below - 1)} worden getoond als "<${String(below)}".`
}

/** One message per slide: the first figure's summary, or a title or closing line. */
export function reportSlides(
  figures: Figure[],
  scopeLabel: string,
  periodLabel: string,
  disclaimerText: string,
): Slide[] {
  const summary = (id: string) => figures.find((figure) => figure.id === id)?.summary ?? ''
  const slide = (id: string, title: string, figureIds: string[], chart: Slide['chart']): Slide => ({
    id,
    title,
    message: summary(figureIds[0] ?? ''),
    figureIds,
    chart,
  })
  return [
    {
      id: 'titel',
      title: 'Voortgang aanpak ondermijning',
      message: `Signalen, casussen, interventies en actiepunten in ${scopeLabel}, ${periodLabel}, naast de halfjaren ervoor.`,
      figureIds: [],
      chart: 'none',
    },
    slide('signalen', 'Signalen', ['signalen-per-partner', 'signalen-naar-casus'], 'bars'),
    slide('instroom', 'Gestart en afgesloten', ['casussen-in-en-uit'], 'columns-over-time'),
    slide('lopend', 'Lopende casussen', ['lopend-per-fase'], 'bars'),
    slide('afgesloten', 'Afgesloten casussen', ['afgesloten-per-reden'], 'bars'),
    slide('thema', 'Verschijningsvormen', ['casussen-per-thema'], 'bars'),
    slide('doorlooptijd', 'Doorlooptijden', ['doorlooptijden'], 'columns-over-time'),
    slide('interventies', 'Interventies', ['interventies-per-soort'], 'bars'),
    slide('partners', 'Interventies per partner', ['interventies-per-partner'], 'bars'),
    slide('vermogen', 'Afpakken', ['bedragen'], 'columns-over-time'),
    slide('actiepunten', 'Actiepunten', ['actiepunten-open', 'actiepunten-te-laat'], 'bars'),
    slide('knelpunten', 'Handhavingsknelpunten', ['handhavingsknelpunten'], 'none'),
    { id: 'tot-slot', title: 'Tot slot', message: disclaimerText, figureIds: [], chart: 'none' },
  ]
}
