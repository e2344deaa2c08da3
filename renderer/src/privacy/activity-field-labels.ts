import type { ProcessingActivityValues } from '../../../shared/contract/processing-register.contract'

/** The register's fields as the screen, the history and the printed register name them (AVG art. 30 lid 1). */
export const activityFieldLabels: Record<keyof ProcessingActivityValues, string> = {
  name: 'Naam',
  purpose: 'Doel van de verwerking',
  legalBasis: 'Grondslag',
  dataCategories: 'Soorten persoonsgegevens',
  subjectCategories: 'Categorieën betrokkenen',
  retention: 'Bewaartermijn',
  recipients: 'Ontvangers',
}
