import { useVaultQuery } from '../api/use-vault-query'

/** One case, fetched for its page; `reload` after a change made on the page. */
export function useCaseDetail(id: string) {
  const query = useVaultQuery('case:get', { id })
  return { detail: query.data, error: query.error, notFound: query.errorCode === 'NOT_FOUND', reload: query.refetch }
}
