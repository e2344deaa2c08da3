import { CheckboxField } from '../../components/checkbox-field'
import { TextField } from '../../components/text-field'
import type { RegisterReferences } from '../../reference/use-register-references'
import type { CaseDraft } from './case-draft'

interface CaseCodeFieldProps {
  mode: 'create' | 'edit'
  draft: CaseDraft
  references: RegisterReferences
  error: string | undefined
  onChange: (changes: Partial<CaseDraft>) => void
}

const CODE_HINT = 'Vorm: PREFIX-JAAR-NUMMER, bijvoorbeeld D-2025-014.'

/**
 * New cases are numbered by the vault per table and year; the form shows the
 * pattern the code will follow. A case that already had a code (from an
 * earlier register) may keep it, and an existing code may be corrected.
 */
export function CaseCodeField({ mode, draft, references, error, onChange }: CaseCodeFieldProps) {
  if (mode === 'edit') {
    return (
      <TextField
        name="code"
        label="Casuscode"
        hint={`${CODE_HINT} Wijzig de code alleen als die niet klopt.`}
        width="medium"
        className="field--mono-value"
        autoComplete="off"
        spellCheck={false}
        value={draft.code}
        error={error}
        onChange={(event) => onChange({ code: event.target.value })}
      />
    )
  }
  const table = references.tables.find((candidate) => candidate.id === draft.tableId)
  const year = /^\d{4}/u.exec(draft.registeredOn)?.[0] ?? String(new Date().getFullYear())
  return (
    <div className="code-field">
      <p className="code-field__label">Casuscode</p>
      {draft.ownCode ? null : (
        <p className="code-field__preview" data-testid="code-preview">
          {table ? (
            <>
              Tafelwerk geeft de casus bij het opslaan het volgende nummer:{' '}
              <span className="case-code">{`${table.casePrefix}-${year}-…`}</span>
            </>
          ) : (
            'Tafelwerk geeft de casus bij het opslaan het volgende nummer van de gekozen tafel en het jaar van registratie.'
          )}
        </p>
      )}
      <CheckboxField
        label="Deze casus heeft al een code"
        hint="Bijvoorbeeld uit een eerder register. Anders kiest Tafelwerk de code."
        checked={draft.ownCode}
        onChange={(event) => onChange({ ownCode: event.target.checked })}
      />
      {draft.ownCode ? (
        <TextField
          name="code"
          label="Eigen casuscode"
          hint={CODE_HINT}
          width="medium"
          className="field--mono-value"
          autoComplete="off"
          spellCheck={false}
          value={draft.code}
          error={error}
          onChange={(event) => onChange({ code: event.target.value })}
        />
      ) : null}
    </div>
  )
}
