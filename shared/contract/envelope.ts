import type { OmtErrorPayload } from './errors'

/**
 * What every channel answers. A plain JSON value so Electron IPC and the test
 * bridge carry it unchanged (thrown errors lose their fields across IPC).
 */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: OmtErrorPayload }
