/** Action items (actiepunten) belong to a table and are followed up meeting after meeting until done. */
export const actionStatuses = ['open', 'gereed', 'vervallen'] as const
export type ActionStatus = (typeof actionStatuses)[number]

export const actionStatusLabels: Record<ActionStatus, string> = {
  open: 'Open',
  gereed: 'Gereed',
  vervallen: 'Vervallen',
}

/** Overdue: still open after its due date (the due date itself is still on time). */
export function isOverdue(status: ActionStatus, dueDate: string | null, today: string): boolean {
  return status === 'open' && dueDate !== null && dueDate < today
}
