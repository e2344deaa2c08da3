import latin400 from '@fontsource/source-sans-3/files/source-sans-3-latin-400-normal.woff2?url'
import latin400Italic from '@fontsource/source-sans-3/files/source-sans-3-latin-400-italic.woff2?url'
import latin600 from '@fontsource/source-sans-3/files/source-sans-3-latin-600-normal.woff2?url'
import latin700 from '@fontsource/source-sans-3/files/source-sans-3-latin-700-normal.woff2?url'
import latinExt400 from '@fontsource/source-sans-3/files/source-sans-3-latin-ext-400-normal.woff2?url'
import latinExt400Italic from '@fontsource/source-sans-3/files/source-sans-3-latin-ext-400-italic.woff2?url'
import latinExt600 from '@fontsource/source-sans-3/files/source-sans-3-latin-ext-600-normal.woff2?url'
import latinExt700 from '@fontsource/source-sans-3/files/source-sans-3-latin-ext-700-normal.woff2?url'

/** The fontsource subsets: Latin, and Latin Extended for names such as "Yılmaz" or "Łukasz". */
const LATIN =
  'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD'
const LATIN_EXT =
  'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF'

const faces: [url: string, weight: string, style: string, range: string][] = [
  [latin400, '400', 'normal', LATIN],
  [latin400Italic, '400', 'italic', LATIN],
  [latin600, '600', 'normal', LATIN],
  [latin700, '700', 'normal', LATIN],
  [latinExt400, '400', 'normal', LATIN_EXT],
  [latinExt400Italic, '400', 'italic', LATIN_EXT],
  [latinExt600, '600', 'normal', LATIN_EXT],
  [latinExt700, '700', 'normal', LATIN_EXT],
]

let loading: Promise<void> | null = null

/**
 * Source Sans 3 (SIL Open Font License), bundled with the app and served from
 * app:// (the CSP allows fonts from 'self' only), is embedded in every PDF.
 * Loaded explicitly and awaited, so nothing is printed in a fallback font.
 */
export function loadPrintFonts(): Promise<void> {
  loading ??= (async () => {
    const loaded = await Promise.all(
      faces.map(([url, weight, style, unicodeRange]) =>
        new FontFace('Source Sans 3', `url(${url}) format('woff2')`, {
          weight,
          style,
          unicodeRange,
          display: 'block',
        }).load(),
      ),
    )
    for (const face of loaded) document.fonts.add(face)
    await document.fonts.ready
  })()
  return loading
}
