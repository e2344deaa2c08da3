import type { z } from 'zod'
import type { FieldErrors } from './errors'

/**
 * Zod's own messages are English; schemas carry Dutch messages where a user can
 * meet them, and this fills in the rest so no English text reaches a form.
 */
function dutchMessage(issue: z.core.$ZodIssue): string {
  // A message written in our schemas is Dutch already; zod's defaults start with "Invalid"/"Too".
  if (issue.message && !/^(Invalid|Too |Expected|Unrecognized)/u.test(issue.message)) return issue.message
  switch (issue.code) {
    case 'too_small':
      return issue.origin === 'string'
        ? `Gebruik minstens ${String(issue.minimum)} tekens.`
        : `Kies minstens ${String(issue.minimum)}.`
    case 'too_big':
      return issue.origin === 'string'
        ? `Gebruik hoogstens ${String(issue.maximum)} tekens.`
        : `Kies hoogstens ${String(issue.maximum)}.`
    case 'invalid_format':
      return 'Deze waarde heeft niet de juiste vorm.'
    case 'invalid_value':
      return 'Kies een van de mogelijke waarden.'
    case 'unrecognized_keys':
      return 'Het verzoek bevat onbekende velden.'
    default:
      return 'Deze waarde is ongeldig of ontbreekt.'
  }
}

export function dutchFieldErrors(error: z.ZodError): FieldErrors {
  const fields: FieldErrors = {}
  for (const issue of error.issues) {
    // "values.name" → "name": forms name their fields after the values object.
    const path =
      issue.path
        .filter((part) => part !== 'values')
        .map(String)
        .join('.') || '_'
    fields[path] ??= dutchMessage(issue)
  }
  return fields
}
