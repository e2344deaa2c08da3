/**
 * How long typing must pause before a search-as-you-type field asks the
 * vault. Short enough that the results follow each key within the 100 ms
 * budget on a quiet machine (the pause, a request of about 30 ms, a paint of
 * about 10 ms), long enough to turn a paste or a held key into one request,
 * and so into one processing-log entry. Older answers never overwrite newer
 * ones (useVaultQuery), so no longer pause is needed for correctness.
 */
export const SEARCH_PAUSE_MS = 50

/** The case list's filter also recounts the whole register per request. */
export const CASE_FILTER_PAUSE_MS = 80
