/** Null status: not recorded yet (before the meeting, invitees have none). */
export const attendanceStatuses = ['aanwezig', 'afwezig', 'afgemeld'] as const
export type AttendanceStatus = (typeof attendanceStatuses)[number]

export const attendanceStatusLabels: Record<AttendanceStatus, string> = {
  aanwezig: 'Aanwezig',
  afwezig: 'Afwezig',
  afgemeld: 'Afgemeld',
}

/** A partner's representative, or a guest from an organisation outside the partners. */
export const attendeeKinds = ['partner', 'gast'] as const
export type AttendeeKind = (typeof attendeeKinds)[number]
