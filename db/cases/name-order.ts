/**
 * The order of SQLite's NOCASE collation, for names sorted in code rather
 * than by ORDER BY: ASCII letters folded to lower case, then compared by code
 * point, as SQLite compares UTF-8 bytes. (JavaScript's own < compares UTF-16
 * units, which differs above U+D7FF.)
 */
export function compareNoCase(a: string, b: string): number {
  const left = foldAscii(a)
  const right = foldAscii(b)
  const leftPoints = [...left]
  const rightPoints = [...right]
  const length = Math.min(leftPoints.length, rightPoints.length)
  for (let index = 0; index < length; index++) {
    const difference = (leftPoints[index]?.codePointAt(0) ?? 0) - (rightPoints[index]?.codePointAt(0) ?? 0)
    if (difference !== 0) return difference
  }
  return leftPoints.length - rightPoints.length
}

const foldAscii = (text: string) => text.replace(/[A-Z]/gu, (letter) => letter.toLowerCase())

export const byNameNoCase = (a: { name: string }, b: { name: string }) => compareNoCase(a.name, b.name)
