import { useEffect, useState } from 'react'
import { PageHeading } from '../components/page-heading'
import { useRoute } from '../stores/route-store'
import { BackupSection } from './backup/backup-section'
import { EnforcementIssueSection } from './enforcement-issues/enforcement-issue-section'
import { ProcessingLogSection } from './processing-log/processing-log-section'
import { ProcessingRegisterSection } from './processing-register/processing-register-section'
import { ReferenceSection } from './reference/reference-section'
import { ReportSection } from './report/report-section'
import { RetentionSection } from './retention/retention-section'
import { SecuritySection } from './security/security-section'
import { SettingsNav } from './settings-nav'
import { settingsSections } from './settings-sections'

/** Instellingen: reference data of the region and the vault's security, one part at a time. */
export function SettingsPage({ segments }: { segments: string[] }) {
  const replace = useRoute((state) => state.replace)
  const section = settingsSections.find((candidate) => candidate.slug === segments[0])
  const fallback = settingsSections[0]
  // The h1 takes focus when the page opens; after that, moving between parts focuses the part's heading.
  const [seen, setSeen] = useState({ slug: section?.slug, moved: false })
  if (section && section.slug !== seen.slug) setSeen({ slug: section.slug, moved: seen.slug !== undefined })
  useEffect(() => {
    if (!section && fallback) replace(`instellingen/${fallback.slug}`)
  }, [section, fallback, replace])

  return (
    <div className="page">
      <PageHeading>Instellingen</PageHeading>
      {section ? (
        <div className="settings-layout">
          <SettingsNav current={section} />
          <div className="settings-layout__content">
            {section.type === 'reference' ? (
              <ReferenceSection key={section.slug} config={section.config} focusHeading={seen.moved} />
            ) : section.type === 'enforcement-issues' ? (
              <EnforcementIssueSection focusHeading={seen.moved} />
            ) : section.type === 'processing-log' ? (
              <ProcessingLogSection focusHeading={seen.moved} />
            ) : section.type === 'processing-register' ? (
              <ProcessingRegisterSection focusHeading={seen.moved} />
            ) : section.type === 'report' ? (
              <ReportSection key={section.slug} focusHeading={seen.moved} />
            ) : section.type === 'backup' ? (
              <BackupSection key={section.slug} focusHeading={seen.moved} />
            ) : section.type === 'retention' ? (
              <RetentionSection key={section.slug} focusHeading={seen.moved} />
            ) : (
              <SecuritySection key={section.slug} focusHeading={seen.moved} />
            )}
          </div>
        </div>
      ) : null}
    </div>
  )
}
