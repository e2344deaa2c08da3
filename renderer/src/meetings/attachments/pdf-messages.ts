/** What the viewer says when pdf.js cannot show a PDF; the file itself can always still be saved. */
export const PDF_DAMAGED = 'Deze PDF kan niet worden getoond: het bestand is beschadigd. U kunt het wel opslaan.'
export const PDF_PROTECTED =
  'Deze PDF is met een wachtwoord beveiligd en kan hier niet worden getoond. U kunt het bestand wel opslaan.'
export const PDF_FAILED = 'Deze PDF kan niet worden getoond. U kunt het bestand wel opslaan.'
