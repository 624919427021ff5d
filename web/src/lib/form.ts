import i18next from 'i18next'
import { setZodLanguage } from '../../../shared/zod-language.ts'
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form'
import { ApiError } from './api-client.ts'

/** For optional inputs registered with `setValueAs`: an empty input means null. */
export const emptyToNull = (v: unknown) => (v === '' ? null : v)

/**
 * Field errors from the server (400 VALIDATION_FAILED `fields`) are shown on the same
 * inputs as client-side errors. Returns true when at least one field was marked, so the
 * caller can skip the generic notification.
 */
export function applyServerFieldErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  known: readonly string[],
): boolean {
  if (!(error instanceof ApiError)) return false
  let marked = false
  for (const [field, message] of Object.entries(error.fields)) {
    const name = field.split('.')[0] ?? field
    if (!known.includes(name)) continue
    setError(name as Path<T>, { type: 'server', message }, { shouldFocus: !marked })
    marked = true
  }
  return marked
}

/**
 * zod's built-in messages (e.g. "invalid UUID") follow the UI language; messages written
 * in shared/ schemas are Indonesian and stay as they are. This module is loaded by the
 * form chunks only, so zod never enters the first load.
 */
function applyZodLocale(lang: string): void {
  setZodLanguage(lang === 'en' ? 'en' : 'id')
}
applyZodLocale(i18next.language)
i18next.on('languageChanged', applyZodLocale)
