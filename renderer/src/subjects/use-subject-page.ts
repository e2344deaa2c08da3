import { useVaultQuery } from '../api/use-vault-query'

export function useSubjectPage(id: string) {
  const { data, error, errorCode } = useVaultQuery('subject:get', { id })
  return { page: data, error, notFound: errorCode === 'NOT_FOUND' }
}
