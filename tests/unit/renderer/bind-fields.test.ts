import type { SetStateAction } from 'react'
import { describe, expect, expectTypeOf, test } from 'vitest'
import { bindFields } from '../../../renderer/src/lib/bind-fields'

interface Values {
  date: string
  location: string
  kind: 'persoon' | 'object'
  themeIds: string[]
}

/** The values as a form's useState keeps them: setValues applies what the binder hands it. */
function valuesState(initial: Values) {
  const state = { values: initial }
  const setValues = (next: SetStateAction<Values>) => {
    state.values = typeof next === 'function' ? next(state.values) : next
  }
  return { state, setValues }
}

const initial: Values = { date: '2026-11-23', location: 'Stadhuis', kind: 'persoon', themeIds: ['t1'] }
const fieldErrors: Record<string, string> = { location: 'Vul de locatie in.', 'subject.date': 'Kies een datum.' }
const fieldError = (name: string): string | undefined => fieldErrors[name]

describe('bindFields', () => {
  test('gives a field its name, value and error from the values and the errors', () => {
    const { state, setValues } = valuesState(initial)
    const field = bindFields(state.values, setValues, fieldError)
    expect(field('date')).toMatchObject({ name: 'date', value: '2026-11-23', error: undefined })
    expect(field('location')).toMatchObject({ name: 'location', value: 'Stadhuis', error: 'Vul de locatie in.' })
  })

  test('onChange replaces only its own value, keeping what other fields changed meanwhile', () => {
    const { state, setValues } = valuesState(initial)
    const field = bindFields(state.values, setValues, fieldError)
    const date = field('date')
    field('location').onChange({ target: { value: 'Politiebureau' } })
    date.onChange({ target: { value: '2026-12-01' } })
    expect(state.values).toEqual({ ...initial, date: '2026-12-01', location: 'Politiebureau' })
  })

  test('a field group prefixes the name and the error it looks up, not the value it edits', () => {
    const { state, setValues } = valuesState(initial)
    const field = bindFields(state.values, setValues, fieldError, { group: 'subject.' })
    const date = field('date')
    expect(date).toMatchObject({ name: 'subject.date', value: '2026-11-23', error: 'Kies een datum.' })
    date.onChange({ target: { value: '2027-01-05' } })
    expect(state.values.date).toBe('2027-01-05')
  })

  test('binds only free-text values: a choice union or a list is not a text field', () => {
    const { state, setValues } = valuesState(initial)
    const field = bindFields(state.values, setValues, fieldError)
    // 'kind' holds a union of choices, which a text field could set to anything; 'themeIds' is a list.
    expectTypeOf(field).parameter(0).toEqualTypeOf<'date' | 'location'>()
  })
})
