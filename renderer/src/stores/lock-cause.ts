import type { LockReason } from '../../../shared/contract/index'

/** Why the unlock screen shows; 'answer' means a request found the vault locked, 'demo' that the demo vault was closed. */
export type LockCause = LockReason | 'answer' | 'demo'

/** Tells the user why the vault closed, so an automatic lock is not mistaken for a crash. */
export const lockCauseText: Record<LockCause, string> = {
  user: 'U hebt de kluis vergrendeld.',
  idle: 'Automatisch vergrendeld na inactiviteit.',
  'screen-lock': 'Automatisch vergrendeld omdat het scherm van de computer werd vergrendeld.',
  suspend: 'Automatisch vergrendeld omdat de computer in de slaapstand ging.',
  answer: 'De kluis was intussen vergrendeld. Ontgrendel de kluis om verder te gaan.',
  demo: 'De voorbeeldkluis is gesloten en verwijderd. Uw eigen kluis is vergrendeld.',
}
