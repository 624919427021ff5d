import { randomUUID } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import nodemailer from 'nodemailer'

/** One plain-text email (the outbox stores nothing richer). */
export type MailMessage = { to: string; subject: string; text: string }

/** Sends email; `send` throws when the message was not accepted (the outbox then retries). */
export type Mailer = {
  /** Where mail goes, for logs: `smtp://host` or the directory of .eml files. */
  readonly target: string
  send(message: MailMessage): Promise<{ messageId: string }>
  close(): void
}

export type MailerOptions = {
  from: string
  /** smtp:// or smtps:// URL; unset = write each message to `dir` as an .eml file. */
  smtpUrl?: string | undefined
  dir: string
}

/**
 * A Mailer over nodemailer. With an SMTP URL it sends through that server; without one every
 * message is rendered by nodemailer's stream transport and written to `dir` as an .eml file
 * (open it with any mail client), so a fresh install needs no mail server (decision 0008).
 */
export function createMailer(opts: MailerOptions): Mailer {
  return opts.smtpUrl ? smtpMailer(opts.smtpUrl, opts.from) : fileMailer(opts.dir, opts.from)
}

function smtpMailer(url: string, from: string): Mailer {
  const transport = nodemailer.createTransport(url, { from })
  let host = 'smtp'
  try {
    host = `${new URL(url).protocol}//${new URL(url).host}`
  } catch {
    // nodemailer reports a malformed URL on the first send; the target is only for logs.
  }
  return {
    target: host,
    async send(m) {
      const info = await transport.sendMail({ to: m.to, subject: m.subject, text: m.text })
      if (info.rejected.length > 0) throw new Error(`Ditolak server SMTP: ${info.response}`)
      return { messageId: info.messageId }
    },
    close: () => transport.close(),
  }
}

function fileMailer(dir: string, from: string): Mailer {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true }, { from })
  return {
    target: dir,
    async send(m) {
      const info = await transport.sendMail({ to: m.to, subject: m.subject, text: m.text })
      const bytes = info.message
      if (!Buffer.isBuffer(bytes)) throw new Error('stream transport returned no buffer')
      await fs.mkdir(dir, { recursive: true })
      // Sortable by time; the random part keeps two messages of one millisecond apart.
      const stamp = new Date().toISOString().replace(/[:.]/g, '-')
      const name = `${stamp}-${randomUUID().slice(0, 8)}.eml`
      // Written under a temporary name and renamed: a reader never sees half a message.
      const tmp = path.join(dir, `.${name}.tmp`)
      try {
        await fs.writeFile(tmp, bytes, { flag: 'wx' })
        await fs.rename(tmp, path.join(dir, name))
      } catch (e) {
        await fs.rm(tmp, { force: true })
        throw e
      }
      return { messageId: info.messageId }
    },
    close: () => transport.close(),
  }
}
