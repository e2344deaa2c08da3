import { useCallback, useState } from 'react'
import { variantsOf } from '../../../shared/domain/export-options'
import type { ExportDocument, ExportVariant } from '../../../shared/domain/minutes-export'
import { useVaultQuery } from '../api/use-vault-query'
import { useExportPurpose } from '../lib/use-export-purpose'
import { FormAlert } from '../components/form-alert'
import { PageHeading } from '../components/page-heading'
import { StatusNote } from '../components/status-note'
import { DocumentView } from '../print/document-view'
import { useExportModel } from '../print/use-export-model'
import { ExportHistory } from './export-history'
import { ExportToolbar } from './export-toolbar'
import { MeetingChoice } from './meeting-choice'
import { useExportSave } from './use-export-save'
import './export-page.css'

function ExportPreview({ meetingId }: { meetingId: string }) {
  const [document, setDocument] = useState<ExportDocument>('verslag')
  const [variant, setVariant] = useState<ExportVariant>('volledig')
  const model = useExportModel(meetingId, document, variant)
  // Unreadable history shows as none: the export itself still works.
  const exports = useVaultQuery('meeting:exports', { meetingId })
  const history = exports.data?.rows ?? []
  const { refetch } = exports
  const [saveState, save] = useExportSave(useCallback(() => void refetch(), [refetch]))
  const purpose = useExportPurpose()

  const saveAs = (format: 'pdf' | 'docx') => {
    const checked = purpose.take()
    if (checked !== null) save({ meetingId, document, variant, format, purpose: checked })
  }

  const chooseDocument = (next: ExportDocument) => {
    setDocument(next)
    setVariant(variantsOf[next][0] ?? 'volledig')
  }
  return (
    <>
      <ExportToolbar
        document={document}
        variant={variant}
        state={saveState}
        canSave={model.state === 'ready'}
        onDocument={chooseDocument}
        onVariant={setVariant}
        purpose={purpose.value}
        purposeError={purpose.error}
        purposeRef={purpose.ref}
        onPurpose={purpose.change}
        onSave={saveAs}
      />
      <StatusNote message={saveState.saved} />
      <FormAlert message={saveState.error ?? (model.state === 'error' ? model.message : null)} />
      {model.state === 'ready' ? (
        <section className="export-preview" aria-label="Voorbeeld van het document">
          <div className="export-preview__sheet">
            <DocumentView model={model.model} tocPages={null} />
          </div>
        </section>
      ) : null}
      <ExportHistory rows={history} />
    </>
  )
}

/** `#/exporteren/<meetingId>`: the document as it will be saved, and the buttons to save it. */
export function ExportPage({ segments }: { segments: string[] }) {
  const meetingId = segments[0]
  return (
    <div className="export-page">
      <PageHeading>Exporteren</PageHeading>
      {meetingId ? <ExportPreview key={meetingId} meetingId={meetingId} /> : <MeetingChoice />}
    </div>
  )
}
