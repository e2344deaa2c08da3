import type { Dispatch, SetStateAction } from 'react'

/** The keys of a values object that hold free text, which a text, select or textarea field can edit. */
type TextKeys<Values> = {
  [Key in keyof Values]: string extends Values[Key] ? (Values[Key] extends string ? Key : never) : never
}[keyof Values] &
  string

/** What a bound field spreads on a TextField, SelectField or TextareaField. */
export interface BoundField {
  name: string
  value: string
  error: string | undefined
  onChange: (event: { target: { value: string } }) => void
}

interface BindOptions {
  /** A field group's prefix on the field names the vault answers about ("subject." gives "subject.name"). */
  group?: string
}

/**
 * For a form that keeps its values in one object: `field('date')` gives a
 * field its name, value, error and onChange, to spread on a TextField,
 * SelectField or TextareaField: `<TextField label="Datum" {...field('date')} />`.
 */
export function bindFields<Values extends object>(
  values: Values,
  setValues: Dispatch<SetStateAction<Values>>,
  fieldError: (name: string) => string | undefined,
  { group = '' }: BindOptions = {},
) {
  return <Key extends TextKeys<Values>>(key: Key): BoundField => {
    const name = `${group}${key}`
    return {
      name,
      value: values[key] as string,
      error: fieldError(name),
      onChange: (event: { target: { value: string } }) => {
        const value = event.target.value
        setValues((previous) => ({ ...previous, [key]: value }))
      },
    }
  }
}
