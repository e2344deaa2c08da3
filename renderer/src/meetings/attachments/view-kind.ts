/**
 * What Tafelwerk can show inside its own window, and as which type the
 * browser must treat the bytes. Never SVG or HTML: those can carry script.
 * Everything else can only be saved as a copy, since opening it in another
 * program would need a plaintext copy in a temp folder.
 */
export type ViewKind = { kind: 'image' | 'pdf' | 'text'; blobType: string } | { kind: 'none' }

const byMediaType: Readonly<Record<string, ViewKind>> = {
  'image/png': { kind: 'image', blobType: 'image/png' },
  'image/jpeg': { kind: 'image', blobType: 'image/jpeg' },
  'image/gif': { kind: 'image', blobType: 'image/gif' },
  'image/webp': { kind: 'image', blobType: 'image/webp' },
  'application/pdf': { kind: 'pdf', blobType: 'application/pdf' },
  'text/plain': { kind: 'text', blobType: 'text/plain' },
}

/** Some systems give no type (or a generic one) for common files; the extension then decides. */
const byExtension: Readonly<Record<string, string>> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  pdf: 'application/pdf',
  txt: 'text/plain',
}

export function viewKindOf(mediaType: string, fileName: string): ViewKind {
  const type = mediaType.split(';')[0]?.trim().toLowerCase() ?? ''
  const direct = byMediaType[type]
  if (direct) return direct
  if (type !== '' && type !== 'application/octet-stream') return { kind: 'none' }
  const extension = /\.([a-z0-9]+)$/iu.exec(fileName)?.[1]?.toLowerCase() ?? ''
  const guessed = byExtension[extension]
  return (guessed ? byMediaType[guessed] : undefined) ?? { kind: 'none' }
}
