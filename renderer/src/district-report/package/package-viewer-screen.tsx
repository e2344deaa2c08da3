import { PageHeading } from '../../components/page-heading'
import { usePackages, type OpenedPackage } from '../../stores/package-store'
import { PresentTools } from '../present/present-tools'
import { ReportView } from '../report-view'
import { RegionalView } from './regional-view'
import '../district-report.css'

/**
 * A report from a package file, read only, with no vault open: its slides,
 * presentation mode and the presenter view; several district files as one
 * regional view. Closing returns to the vault's first screen.
 */
export function PackageViewerScreen({ packages }: { packages: OpenedPackage[] }) {
  const close = usePackages((state) => state.close)
  const [single] = packages
  return (
    <div className="app">
      <header className="app-header">
        <div className="app-header__inner">
          <span className="brand brand--on-dark">
            <span className="brand__name">Tafelwerk</span>
            <span className="brand__tagline">Rapport uit bestand</span>
          </span>
          <button type="button" className="button button--on-dark package-viewer__close" onClick={close}>
            Sluiten
          </button>
        </div>
      </header>
      <main className="app-main" tabIndex={-1}>
        <div className="page district-report">
          <PageHeading>
            {packages.length > 1 ? 'Regionaal overzicht' : `Voortgangsrapportage ${single?.report.scopeLabel ?? ''}`}
          </PageHeading>
          <p className="notice notice--info">
            Alleen-lezen: geopend uit {packages.length > 1 ? `${String(packages.length)} bestanden` : 'een bestand'}
            {packages.length === 1 && single ? ` (${single.fileName})` : ''}. Er is geen kluis geopend; de cijfers zijn
            zoals ze in het bestand staan.
          </p>
          {packages.length > 1 ? (
            <RegionalView packages={packages} />
          ) : single ? (
            <>
              <PresentTools report={single.report} notesEditable={false} />
              <ReportView report={single.report} />
            </>
          ) : null}
        </div>
      </main>
    </div>
  )
}
