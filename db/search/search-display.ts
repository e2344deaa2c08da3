import type { SearchResult } from '../../shared/contract/search.contract'

/**
 * What a hit shows, plus the original text its snippet is cut from (the index
 * holds a folded copy); a subject's kind only on subject hits.
 */
export type Display = Pick<SearchResult, 'title' | 'detail' | 'caseId' | 'meetingId'> & {
  body: string
  subjectKind?: SearchResult['subjectKind']
}
