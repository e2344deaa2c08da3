import type { DistrictReport } from '../../../../shared/contract/district-report.contract'
import type { ReportPrintLayout } from '../../../../shared/domain/report-print-route'

const cssString = (text: string) => `"${text.replace(/["\\]/gu, (char) => `\\${char}`).replace(/\n/gu, ' ')}"`

/**
 * The printed page of the report: 1280×720 without margins for the slides,
 * portrait A4 with a running header for the handout. The app's one style
 * sheet already has the minutes' @page (A4, their header and "pagina X van
 * Y"), so these rules come after it, in a constructed sheet (the CSP allows
 * no <style> element), and only while the report's print view is on screen.
 */
export function installReportPageRules(
  layout: ReportPrintLayout,
  report: Pick<DistrictReport, 'scopeLabel' | 'period'>,
): () => void {
  const rules =
    layout === 'dia'
      ? '@page { size: 1280px 720px; margin: 0; @top-left { content: none } @top-right { content: none } @bottom-right { content: none } }'
      : `@page { size: A4 portrait; margin: 18mm 16mm 18mm 16mm; @top-left { content: ${cssString(
          `Voortgangsrapportage · ${report.scopeLabel} · ${report.period.label}`,
        )} } @top-right { content: none } }`
  const sheet = new CSSStyleSheet()
  sheet.replaceSync(rules)
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet]
  return () => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet)
  }
}
