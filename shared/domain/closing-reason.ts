/**
 * Why a case was closed ("afsluiten"), as a code the district report can count.
 * The decision's free-text reason stays beside it for the minutes.
 */
export const closingReasons = [
  'doelen-bereikt',
  'geen-aanknopingspunten',
  'overgedragen',
  'geen-capaciteit',
  'overig',
] as const
export type ClosingReason = (typeof closingReasons)[number]

export const closingReasonLabels: Record<ClosingReason, string> = {
  'doelen-bereikt': 'Doelen bereikt',
  'geen-aanknopingspunten': 'Onvoldoende aanknopingspunten',
  overgedragen: 'Overgedragen aan de reguliere aanpak',
  'geen-capaciteit': 'Onvoldoende capaciteit',
  overig: 'Overige reden',
}
