import { z } from 'zod'

/**
 * Validation messages in the user's language (design/quality.md): zod's own Indonesian or
 * English messages, with a plainer one for the most common case, a missing field.
 */
export function setZodLanguage(lang: 'id' | 'en') {
  z.config(lang === 'id' ? z.locales.id() : z.locales.en())
  z.config({
    customError: (issue) =>
      issue.code === 'invalid_type' && issue.input === undefined
        ? lang === 'id'
          ? 'Wajib diisi'
          : 'Required'
        : undefined,
  })
}
