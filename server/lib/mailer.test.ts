import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createMailer } from './mailer.ts'

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-mailer-'))
afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

describe('file mailer (no SMTP_URL)', () => {
  it('writes each message as a complete .eml file, creating the directory', async () => {
    const dir = path.join(root, 'data', 'mail')
    const mailer = createMailer({ from: 'Kinerja <no-reply@kinerja.local>', dir })
    expect(mailer.target).toBe(dir)
    const sent = await Promise.all(
      [1, 2, 3].map((i) =>
        mailer.send({
          to: `pegawai${i}@gianyar.go.id`,
          subject: `Pengingat ${i}`,
          text: `Progres harian — catatan ${i}`,
        }),
      ),
    )
    expect(new Set(sent.map((s) => s.messageId)).size).toBe(3)
    const files = fs.readdirSync(dir)
    // Three messages, no temporary files left behind.
    expect(files.filter((f) => f.endsWith('.eml'))).toHaveLength(3)
    expect(files).toHaveLength(3)
    const texts = files.map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))
    const second = texts.find((x) => x.includes('To: pegawai2@gianyar.go.id'))
    expect(second).toContain('Subject: Pengingat 2')
    expect(second).toContain('From: Kinerja <no-reply@kinerja.local>')
    expect(second).toMatch(/Content-Type: text\/plain; charset=utf-8/i)
    mailer.close()
  })

  it('reports a directory it cannot write to', async () => {
    const file = path.join(root, 'not-a-dir')
    fs.writeFileSync(file, 'x')
    const mailer = createMailer({ from: 'Kinerja <no-reply@kinerja.local>', dir: file })
    await expect(mailer.send({ to: 'a@b.go.id', subject: 'S', text: 'T' })).rejects.toThrow()
  })
})
