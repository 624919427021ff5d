import { z } from 'zod'
import { idSchema } from './common.ts'
import { ROLES } from './org.ts'

export const loginSchema = z.object({
  username: z
    .string('Isi NIP atau nama pengguna')
    .trim()
    .min(1, 'Isi NIP atau nama pengguna')
    .max(100),
  password: z.string('Isi kata sandi').min(1, 'Isi kata sandi').max(200),
})
export type LoginInput = z.infer<typeof loginSchema>

/** At least 8 characters with letters and digits: simple rules people can follow. */
export const newPasswordSchema = z
  .string()
  .min(8, 'Kata sandi minimal 8 karakter')
  .max(200, 'Kata sandi maksimal 200 karakter')
  .regex(/[A-Za-z]/, 'Kata sandi harus memuat huruf')
  .regex(/[0-9]/, 'Kata sandi harus memuat angka')

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, 'Isi kata sandi saat ini').max(200),
    newPassword: newPasswordSchema,
  })
  .refine((v) => v.currentPassword !== v.newPassword, {
    error: 'Kata sandi baru harus berbeda dari yang lama',
    path: ['newPassword'],
  })
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>

export const meSchema = z.object({
  id: idSchema,
  username: z.string(),
  displayName: z.string(),
  roles: z.array(z.enum(ROLES)),
  instansiId: idSchema.nullable(),
  instansiName: z.string().nullable(),
  instansiTimeZone: z.string().nullable(),
  pegawaiId: idSchema.nullable(),
  mustChangePassword: z.boolean(),
  csrfToken: z.string(),
  isAtasan: z.boolean(),
  subordinateCount: z.number().int(),
})
export type Me = z.infer<typeof meSchema>

export const loginResponseSchema = z.object({ user: meSchema, csrfToken: z.string() })

export const userSchema = z.object({
  id: idSchema,
  username: z.string(),
  displayName: z.string(),
  roles: z.array(z.enum(ROLES)),
  active: z.boolean(),
  pegawaiId: idSchema.nullable(),
  mustChangePassword: z.boolean(),
  lockedUntil: z.string().nullable(),
  lastLoginAt: z.string().nullable(),
})
export type User = z.infer<typeof userSchema>

export const updateUserSchema = z.object({
  roles: z
    .array(z.enum(['admin_instansi', 'pic_helpdesk', 'super_admin']))
    .max(3)
    .optional(),
  active: z.boolean().optional(),
})

export const resetPasswordResponseSchema = z.object({ temporaryPassword: z.string() })
