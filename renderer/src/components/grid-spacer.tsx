/**
 * The room a virtualised grid keeps for the rows above or below those it
 * renders, so the scroll bar tells the whole length; hidden from assistive
 * technology, which learns the length from aria-rowcount.
 */
export function GridSpacer({ height, columns }: { height: number; columns: number }) {
  if (height <= 0) return null
  return (
    <tr aria-hidden="true" className="grid-spacer">
      <td colSpan={columns} style={{ height }} />
    </tr>
  )
}
