import type { Ref } from 'react'
import { SelectField } from '../components/select-field'
import { TextField } from '../components/text-field'
import { documentLabels, variantLabels, variantsOf } from '../../../shared/domain/export-options'
import { type ExportDocument, exportDocuments, type ExportVariant } from '../../../shared/domain/minutes-export'
import type { SaveState } from './use-export-save'

interface ExportToolbarProps {
  document: ExportDocument
  variant: ExportVariant
  state: SaveState
  canSave: boolean
  onDocument: (document: ExportDocument) => void
  onVariant: (variant: ExportVariant) => void
  /** What the export is for: asked before case data leaves the laptop, and logged with it. */
  purpose: string
  purposeError: string | undefined
  purposeRef: Ref<HTMLInputElement>
  onPurpose: (purpose: string) => void
  onSave: (format: 'pdf' | 'docx') => void
}

/** Document, variant, and the two ways to save: what the secretary decides before anything leaves the laptop. */
export function ExportToolbar({
  document,
  variant,
  state,
  canSave,
  onDocument,
  onVariant,
  purpose,
  purposeError,
  purposeRef,
  onPurpose,
  onSave,
}: ExportToolbarProps) {
  const button = (format: 'pdf' | 'docx', label: string, primary: boolean) => (
    <button
      type="button"
      className={`button ${primary ? 'button--primary' : 'button--secondary'}`}
      aria-busy={state.busy === format || undefined}
      aria-disabled={!canSave || undefined}
      onClick={() => {
        if (canSave && !state.busy) onSave(format)
      }}
    >
      {state.busy === format ? (
        <>
          <span className="spinner" aria-hidden="true" />
          Bezig met opslaan…
        </>
      ) : (
        label
      )}
    </button>
  )
  return (
    <div className="export-toolbar" role="group" aria-label="Exporteren">
      <SelectField
        label="Document"
        value={document}
        options={exportDocuments.map((value) => ({ value, label: documentLabels[value] }))}
        onChange={(event) => onDocument(event.target.value as ExportDocument)}
      />
      <SelectField
        label="Variant"
        value={variant}
        options={variantsOf[document].map((value) => ({ value, label: variantLabels[value] }))}
        onChange={(event) => onVariant(event.target.value as ExportVariant)}
      />
      <TextField
        ref={purposeRef}
        className="export-toolbar__purpose"
        label="Doel van de export"
        hint="Bijvoorbeeld ‘verslag aan de partners’. Het doel wordt vastgelegd in het verwerkingenlog."
        name="purpose"
        autoComplete="off"
        maxLength={500}
        value={purpose}
        error={purposeError}
        onChange={(event) => onPurpose(event.target.value)}
      />
      <div className="export-toolbar__actions">
        {button('pdf', 'Opslaan als PDF', true)}
        {button('docx', 'Opslaan als Word', false)}
      </div>
    </div>
  )
}
