import { readFileSync, renameSync, writeFileSync } from 'node:fs'
import type { Rect, SavedWindowState } from './window-bounds'

/**
 * Window size and position, in a small JSON file beside the vault. It holds
 * nothing confidential, which is why it may live outside the encrypted vault
 * (the vault is locked when the window opens and closes).
 */
const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value)

function parseRect(value: unknown): Rect | null {
  if (typeof value !== 'object' || value === null) return null
  const { x, y, width, height } = value as Record<string, unknown>
  if (!isFiniteNumber(x) || !isFiniteNumber(y) || !isFiniteNumber(width) || !isFiniteNumber(height)) return null
  if (width <= 0 || height <= 0) return null
  return { x: Math.round(x), y: Math.round(y), width: Math.round(width), height: Math.round(height) }
}

/** A missing, unreadable or hand-edited file just means "open at the default place". */
export function readWindowState(path: string): SavedWindowState | null {
  let raw: unknown
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'))
  } catch {
    return null
  }
  if (typeof raw !== 'object' || raw === null) return null
  const { bounds, maximized } = raw as Record<string, unknown>
  const rect = parseRect(bounds)
  return rect ? { bounds: rect, maximized: maximized === true } : null
}

/** Written to a temporary file and renamed, so a crash mid-write leaves the old file. */
export function writeWindowState(path: string, state: SavedWindowState): void {
  const temporary = `${path}.tmp`
  writeFileSync(temporary, `${JSON.stringify({ version: 1, ...state })}\n`)
  renameSync(temporary, path)
}
