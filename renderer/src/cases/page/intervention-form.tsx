import { useState } from 'react'
import type { CaseDetail } from '../../../../shared/contract/case.contract'
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
import { useVaultMutation } from '../../api/use-vault-mutation'
import { FormActions } from '../../components/form-actions'
import { FormAlert } from '../../components/form-alert'
import { SelectField } from '../../components/select-field'
import { TextField } from '../../components/text-field'
import { TextareaField } from '../../components/textarea-field'
import { euroInputText, parseEuro } from '../../lib/money'
import { bindFields } from '../../lib/bind-fields'
import { useFormSubmit } from '../../lib/use-form-submit'
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

const blank: Draft = {
  partnerId: '',
  kind: '',
  subtype: '',
  status: 'gepland',
  startedOn: '',
  endedOn: '',
  amount: '',
  subjectId: '',
  result: '',
}

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
  const interventionUpdate = useVaultMutation('intervention:update')
  const interventionCreate = useVaultMutation('intervention:create')
  const [draft, setDraft] = useState<Draft>(() => (intervention ? draftOf(intervention) : blank))
  const set = (changes: Partial<Draft>) => setDraft((previous) => ({ ...previous, ...changes }))

  const check = () => {
    const local: Record<string, string> = {}
    if (!draft.partnerId) local.partnerId = 'Kies de partner die de interventie uitvoert.'
    if (Number.isNaN(parseEuro(draft.amount)))
      local.amountCents = 'Vul een bedrag in euro in, bijvoorbeeld 12.500,00, of laat het veld leeg.'
    return local
  }
  const save = async () => {
    // Empty choices go to the vault as they are, so its Dutch message explains what is missing.
    const values: Values = {
      partnerId: draft.partnerId,
      kind: draft.kind as InterventionKind,
      subtype: draft.subtype as InterventionSubtype,
      status: draft.status as Values['status'],
      startedOn: draft.startedOn || null,
      endedOn: draft.endedOn || null,
      result: draft.result,
      amountCents: parseEuro(draft.amount),
      subjectId: draft.subjectId || null,
    }
    const saved = intervention
      ? await interventionUpdate.run({ id: intervention.id, values })
      : await interventionCreate.run({ caseId: detail.id, values })
    onSaved(saved)
  }
  const form = useFormSubmit(save, { check })
  const { errors } = form
  const field = bindFields(draft, setDraft, errors.fieldError)

  const subtypes = isKind(draft.kind) ? Object.entries(interventionSubtypes[draft.kind] as Record<string, string>) : []
  const targets = detail.subjects.filter((entry) => entry.involved || entry.subject.id === draft.subjectId)

  return (
    <form {...form.props} className="form">
      <FormAlert message={errors.message} />
      <SelectField
        data-autofocus
        label="Partner"
        {...field('partnerId')}
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
          options={[
            { value: '', label: 'Kies het soort' },
            ...interventionKinds.map((kind) => ({ value: kind, label: interventionKindLabels[kind] })),
          ]}
        />
        <SelectField
          label="Interventie"
          {...field('subtype')}
          options={[
            { value: '', label: isKind(draft.kind) ? 'Kies de interventie' : 'Kies eerst het soort' },
            ...subtypes.map(([value, label]) => ({ value, label })),
          ]}
        />
      </div>
      <SelectField
        label="Status"
        {...field('status')}
        options={interventionStatuses.map((status) => ({ value: status, label: interventionStatusLabels[status] }))}
      />
      <div className="field-row">
        <TextField type="date" label="Begindatum" width="medium" {...field('startedOn')} />
        <TextField type="date" label="Einddatum" width="medium" {...field('endedOn')} />
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
        label="Gericht op"
        hint="Het subject of object van deze casus waar de interventie zich op richt."
        {...field('subjectId')}
        options={[
          { value: '', label: 'Niet op één subject of object' },
          ...targets.map((entry) => ({ value: entry.subject.id, label: entry.subject.title })),
        ]}
      />
      <TextareaField
        label="Resultaat"
        hint="Wat de interventie heeft opgeleverd, of wat de stand van zaken is."
        rows={4}
        {...field('result')}
      />
      <FormActions busy={form.busy} busyLabel="Bezig met opslaan…" onCancel={onCancel}>
        Opslaan
      </FormActions>
    </form>
  )
}
