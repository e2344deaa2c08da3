import type { ReactNode } from 'react'
import {
  extensibleKinds,
  type ReferenceKind,
  type ReferenceRow,
  type ReferenceValues,
} from '../../../../shared/domain/reference'
import type { SelectOption } from '../../components/select-field'

/** What a form holds while being edited: text inputs and selects as strings, checkboxes as booleans. */
export type FormValues = Record<string, string | boolean>

/** Resolves ids to names for display, sorting and filtering. */
export interface DisplayContext {
  districtName(id: string | null): string
}

export interface ColumnSpec<Row> {
  id: string
  header: string
  /** The cell's text: also what sorting and the filter use. */
  value(row: Row, context: DisplayContext): string | number
  numeric?: boolean
  /** Codes read better in a monospaced face. */
  mono?: boolean
  /** Short values (codes, Ja/Nee, a kind): the column shrinks to fit, leaving the width to names. */
  fit?: boolean
  render?(row: Row, context: DisplayContext): ReactNode
}

export type FieldSpec =
  | { name: string; label: string; type: 'text'; hint?: string; width?: 'short' | 'medium' | 'full' }
  | { name: string; label: string; type: 'number'; hint?: string; min: number; max: number }
  | { name: string; label: string; type: 'select'; hint?: string; options: readonly SelectOption[] | 'districts' }
  | { name: string; label: string; type: 'checkbox'; hint?: string }

/**
 * Everything the settings page needs to know about one kind of reference data.
 * Members are methods on purpose: method parameters are bivariant, so each
 * kind's config fits the generic section component.
 */
export interface KindConfig<K extends ReferenceKind> {
  kind: K
  slug: string
  title: string
  /** Lower case, for sentences: "partner", "partners". */
  noun: { one: string; many: string }
  intro: string
  initialSort: { id: string; desc: boolean }
  columns: readonly ColumnSpec<ReferenceRow<K>>[]
  fields: readonly FieldSpec[]
  blank: FormValues
  toForm(row: ReferenceRow<K>): FormValues
  toValues(form: FormValues): ReferenceValues<K>
  /** How a row is named in buttons and messages. */
  label(row: ReferenceRow<K>): string
}

export type AnyKindConfig = KindConfig<ReferenceKind>

/** Phases are fixed by the decision rules: no adding, no archiving. The shared domain decides which kinds. */
export const isExtensible = (config: AnyKindConfig): boolean => extensibleKinds.includes(config.kind)

export const text = (form: FormValues, name: string): string => {
  const value = form[name]
  return typeof value === 'string' ? value : ''
}

export const flag = (form: FormValues, name: string): boolean => form[name] === true

/** An empty select means "none" (a regional table, a gemeente outside the districts). */
export const optionalId = (form: FormValues, name: string): string | null => text(form, name) || null

/** An empty or non-numeric entry is sent as NaN so the vault answers with its Dutch validation message. */
export const whole = (form: FormValues, name: string): number => {
  const value = text(form, name).trim()
  return value === '' ? Number.NaN : Number(value)
}
