import { type FormEvent, useRef, useState } from 'react'
import type { CaseDetail } from '../../../../shared/contract/case.contract'
import { OmtError } from '../../../../shared/contract/errors'
import type { Input } from '../../../../shared/contract/index'
import type { Intervention } from '../../../../shared/contract/intervention.contract'
import {
  type InterventionKind,
  interventionKindLabels,
  interventionKinds,
  interventionStatuses,
  interventionStatusLabels,
  interventionSubtypes,
  type InterventionSubtype,
} from '../../../../shared/domain/intervention'
import type { ReferenceRow } from '../../../../shared/domain/reference'
import { request } from '../../api/request'
import { FormAlert } from '../../components/form-alert'
import { SelectField } from '../../components/select-field'
import { SubmitButton } from '../../components/submit-button'
import { TextField } from '../../components/text-field'
import { TextareaField } from '../../components/textarea-field'
import { euroInputText, parseEuro } from '../../lib/money'
import { useFormErrors } from '../../lib/use-form-errors'
import { choosable } from '../../reference/use-register-references'

type Values = Input<'intervention:create'>['values']

interface Draft {
  partnerId: string
  kind: string
  subtype: string
  status: string
  startedOn: string
  endedOn: string
  amount: string
  subjectId: string
  result: string
}

const blank: Draft = { partnerId: '', kind: '', subtype: '', status: 'gepland', startedOn: '', endedOn: '', amount: '', subjectId: '', result: '' }

function draftOf(intervention: Intervention): Draft {
  return {
    partnerId: intervention.partner.id,
    kind: intervention.kind,
    subtype: intervention.subtype,
    status: intervention.status,
    startedOn: intervention.startedOn ?? '',
    endedOn: intervention.endedOn ?? '',
    amount: euroInputText(intervention.amountCents),
    subjectId: intervention.subject?.id ?? '',
    result: intervention.result,
  }
}

const isKind = (value: string): value is InterventionKind => (interventionKinds as readonly string[]).includes(value)

interface InterventionFormProps {
  detail: CaseDetail
  partners: readonly ReferenceRow<'partner'>[]
  /** Null to add one. */
  intervention: Intervention | null
  onSaved: (saved: Intervention) => void
  onCancel: () => void
}

/** A partner's measure in this case; the subtypes follow the chosen kind. */
export function InterventionForm({ detail, partners, intervention, onSaved, onCancel }: InterventionFormProps) {
  const formRef = useRef<HTMLFormElement>(null)
  const errors = useFormErrors(formRef)
  const [draft, setDraft] = useState<Draft>(() => (intervention ? draftOf(intervention) : blank))
  const [busy, setBusy] = useState(false)
  const set = (changes: Partial<Draft>) => setDraft((previous) => ({ ...previous, ...changes }))

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (busy) return
    errors.clear()
    const amountCents = parseEuro(draft.amount)
    const local: Record<string, string> = {}
    if (!draft.partnerId) local.partnerId = 'Kies de partner die de interventie uitvoert.'
    if (Number.isNaN(amountCents)) local.amountCents = 'Vul een bedrag in euro in, bijvoorbeeld 12.500,00, of laat het veld leeg.'
    if (Object.keys(local).length > 0) return errors.fail(new OmtError('VALIDATION', undefined, local))
    // Empty choices go to the vault as they are, so its Dutch message explains what is missing.
    const values: Values = {
      partnerId: draft.partnerId,
      kind: draft.kind as InterventionKind,
      subtype: draft.subtype as InterventionSubtype,
      status: draft.status as Values['status'],
      startedOn: draft.startedOn || null,
      endedOn: draft.endedOn || null,
      result: draft.result,
      amountCents,
      subjectId: draft.subjectId || null,
    }
    setBusy(true)
    try {
      const saved = intervention
        ? await request('intervention:update', { id: intervention.id, values })
        : await request('intervention:create', { caseId: detail.id, values })
      onSaved(saved)
    } catch (error) {
      errors.fail(error)
      setBusy(false)
    }
  }

  const subtypes = isKind(draft.kind) ? Object.entries(interventionSubtypes[draft.kind] as Record<string, string>) : []
  const targets = detail.subjects.filter((entry) => entry.involved || entry.subject.id === draft.subjectId)

  return (
    <form ref={formRef} className="form" noValidate onChange={errors.onFormChange} onSubmit={(event) => void submit(event)}>
      <FormAlert message={errors.message} />
      <SelectField
        data-autofocus
        name="partnerId"
        label="Partner"
        value={draft.partnerId}
        error={errors.fieldError('partnerId')}
        onChange={(event) => set({ partnerId: event.target.value })}
        options={[
          { value: '', label: 'Kies een partner' },
          ...choosable(partners, [draft.partnerId]).map((partner) => ({ value: partner.id, label: partner.name })),
        ]}
      />
      <div className="field-row">
        <SelectField
          name="kind"
          label="Soort interventie"
          value={draft.kind}
          error={errors.fieldError('kind')}
          // Another kind has other subtypes: the old choice no longer applies.
          onChange={(event) => set({ kind: event.target.value, subtype: '' })}
          options={[{ value: '', label: 'Kies het soort' }, ...interventionKinds.map((kind) => ({ value: kind, label: interventionKindLabels[kind] }))]}
        />
        <SelectField
          name="subtype"
          label="Interventie"
          value={draft.subtype}
          error={errors.fieldError('subtype')}
          onChange={(event) => set({ subtype: event.target.value })}
          options={[
            { value: '', label: isKind(draft.kind) ? 'Kies de interventie' : 'Kies eerst het soort' },
            ...subtypes.map(([value, label]) => ({ value, label })),
          ]}
        />
      </div>
      <SelectField
        name="status"
        label="Status"
        value={draft.status}
        error={errors.fieldError('status')}
        onChange={(event) => set({ status: event.target.value })}
        options={interventionStatuses.map((status) => ({ value: status, label: interventionStatusLabels[status] }))}
      />
      <div className="field-row">
        <TextField
          type="date"
          name="startedOn"
          label="Begindatum"
          width="medium"
          value={draft.startedOn}
          error={errors.fieldError('startedOn')}
          onChange={(event) => set({ startedOn: event.target.value })}
        />
        <TextField
          type="date"
          name="endedOn"
          label="Einddatum"
          width="medium"
          value={draft.endedOn}
          error={errors.fieldError('endedOn')}
          onChange={(event) => set({ endedOn: event.target.value })}
        />
      </div>
      <TextField
        name="amountCents"
        label="Bedrag in euro"
        hint="Alleen als er een bedrag bij hoort, zoals bij beslag of een navordering. Bijvoorbeeld 12.500,00."
        width="medium"
        inputMode="decimal"
        autoComplete="off"
        value={draft.amount}
        error={errors.fieldError('amountCents')}
        onChange={(event) => set({ amount: event.target.value })}
      />
      <SelectField
        name="subjectId"
        label="Gericht op"
        hint="Het subject of object van deze casus waar de interventie zich op richt."
        value={draft.subjectId}
        error={errors.fieldError('subjectId')}
        onChange={(event) => set({ subjectId: event.target.value })}
        options={[
          { value: '', label: 'Niet op één subject of object' },
          ...targets.map((entry) => ({ value: entry.subject.id, label: entry.subject.title })),
        ]}
      />
      <TextareaField
        name="result"
        label="Resultaat"
        hint="Wat de interventie heeft opgeleverd, of wat de stand van zaken is."
        rows={4}
        value={draft.result}
        error={errors.fieldError('result')}
        onChange={(event) => set({ result: event.target.value })}
      />
      <div className="form__actions">
        <SubmitButton busy={busy} busyLabel="Bezig met opslaan…">
          Opslaan
        </SubmitButton>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Annuleren
        </button>
      </div>
    </form>
  )
}
