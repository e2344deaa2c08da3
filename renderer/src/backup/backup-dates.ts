/** "4 december 2026 om 10.15": how a back-up's moment reads in the Dutch interface. */
export function backupMoment(iso: string): string {
  const date = new Date(iso)
  const day = date.toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' })
  const time = date.toLocaleTimeString('nl-NL', { hour: '2-digit', minute: '2-digit' })
  return `${day} om ${time.replace(':', '.')}`
}

export function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toLocaleString('nl-NL', { maximumFractionDigits: 1 })} MB`
}
