import { AlignmentType, type IStylesOptions, type INumberingOptions, LevelFormat } from 'docx'

/**
 * Word styles the secretary can keep working with: the built-in Heading 1-3
 * (so Word's navigation pane and table of contents find them), Normal text,
 * and two list definitions, bullets and numbers. Calibri because every Word
 * has it; the PDF embeds Source Sans 3, which Word may not have.
 */
export const FONT = 'Calibri'
export const BRAND = '154273'
export const MUTED = '4F4F4F'
export const CONFIDENTIAL_RED = 'B3261E'
export const RULE = 'C8D3DF'
export const HEADER_FILL = 'E6EEF6'

/** Twips (1/1440 inch), Word's unit. */
export const cm = (value: number) => Math.round((value / 2.54) * 1440)
/** A4 less the left and right margins of build-docx.ts. */
export const TEXT_WIDTH = cm(21 - 2.5 - 2.2)

export const BULLETS = 'opsomming'
export const NUMBERS = 'nummering'

export const styles: IStylesOptions = {
  default: {
    document: { run: { font: FONT, size: 22, color: '1B1B1B' }, paragraph: { spacing: { after: 120, line: 276 } } },
    heading1: {
      run: { font: FONT, size: 40, bold: true, color: BRAND },
      paragraph: { spacing: { before: 0, after: 120 }, keepNext: true },
    },
    heading2: {
      run: { font: FONT, size: 28, bold: true, color: BRAND },
      paragraph: { spacing: { before: 360, after: 120 }, keepNext: true, keepLines: true },
    },
    heading3: {
      run: { font: FONT, size: 24, bold: true, color: '1B1B1B' },
      paragraph: { spacing: { before: 240, after: 80 }, keepNext: true, keepLines: true },
    },
    heading4: {
      run: { font: FONT, size: 22, bold: true, color: '1B1B1B' },
      paragraph: { spacing: { before: 160, after: 60 }, keepNext: true },
    },
  },
}

const indent = (level: number) => ({ paragraph: { indent: { left: 360 * (level + 1), hanging: 360 } } })

export const numbering: INumberingOptions = {
  config: [
    {
      reference: BULLETS,
      levels: [0, 1, 2].map((level) => ({
        level,
        format: LevelFormat.BULLET,
        text: ['•', '◦', '▪'][level] ?? '•',
        alignment: AlignmentType.LEFT,
        style: indent(level),
      })),
    },
    {
      reference: NUMBERS,
      levels: [0, 1, 2].map((level) => ({
        level,
        format: [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN][level] ?? LevelFormat.DECIMAL,
        text: `%${String(level + 1)}.`,
        alignment: AlignmentType.LEFT,
        style: indent(level),
      })),
    },
  ],
}
