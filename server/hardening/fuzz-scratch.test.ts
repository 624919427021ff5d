import { it } from 'vitest'
import { setupTestApp } from '../test/test-app.ts'
import { multipart, PNG } from './fuzz-uploads.ts'
const t = await setupTestApp({ env: { LOG_LEVEL: 'error' } })
it('x', async () => {
  const o = await t.f.office()
  const s = await t.login(o.admin.username)
  const bodies: [string, Buffer][] = [
    [
      'multipart/form-data; boundary=----kinerjaFuzzBoundary7',
      multipart([{ name: 'file', filename: 'a.png', data: PNG }], { close: false }),
    ],
    ['multipart/form-data; boundary=----kinerjaFuzzBoundary7', Buffer.from('garbage')],
    ['multipart/form-data', multipart([{ name: 'file', filename: 'a.png', data: PNG }])],
  ]
  for (const [ct, b] of bodies) {
    const r = await t.as(s, {
      method: 'POST',
      url: '/api/org/import/units',
      headers: { 'content-type': ct },
      payload: b,
    })
    console.log(r.statusCode, r.body)
  }
})
