/** Joins the truthy class names; keeps conditional styling readable in JSX. */
export function cx(...names: (string | false | null | undefined)[]): string {
  return names.filter(Boolean).join(' ')
}
