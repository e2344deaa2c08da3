import { execFileSync } from 'node:child_process'

/** Every XML part of an XLSX (a zip), concatenated: what a marker search must cover, shared strings included. */
export const xlsxXml = (file: string) => execFileSync('unzip', ['-p', file], { encoding: 'utf8', maxBuffer: 64 << 20 })

/** All text of a PDF, whitespace folded, as pdftotext reads it. */
export const pdfText = (file: string) =>
  execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/gu, ' ')

/** The same in reading order, without -layout: a table cell that wraps stays whole instead of interleaving with its row. */
export const pdfReadingText = (file: string) =>
  execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/gu, ' ')

export const pdfInfo = (file: string) => execFileSync('pdfinfo', [file], { encoding: 'utf8' })

/** Each page's size in points, from `pdfinfo -f 1 -l N`. */
export function pdfPageSizes(file: string): { width: number; height: number }[] {
  const pages = Number(/Pages:\s+(\d+)/u.exec(pdfInfo(file))?.[1] ?? 0)
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', String(pages), file], { encoding: 'utf8' })
  return [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gu)].map((match) => ({
    width: Number(match[1]),
    height: Number(match[2]),
  }))
}
