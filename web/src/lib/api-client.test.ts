import { afterEach, describe, expect, it, vi } from 'vitest'
import { ApiError, api } from './api-client.ts'

afterEach(() => {
  vi.unstubAllGlobals()
})

function stubFetch(impl: (url: string, init: RequestInit) => Promise<Response>) {
  const fetch = vi.fn(impl)
  vi.stubGlobal('fetch', fetch)
  return fetch
}

describe('api.blob', () => {
  it('fetches the bytes under /api with the session cookie', async () => {
    const fetch = stubFetch(
      async () =>
        new Response(new Uint8Array([0x89, 0x50, 0x4e, 0x47]), {
          status: 200,
          headers: { 'content-type': 'image/png' },
        }),
    )
    const blob = await api.blob('/activities/evidence/abc/file')
    expect(blob.type).toBe('image/png')
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(
      new Uint8Array([0x89, 0x50, 0x4e, 0x47]),
    )
    const [url, init] = fetch.mock.calls[0]!
    expect(url).toBe('/api/activities/evidence/abc/file')
    expect(init.credentials).toBe('include')
    expect(init.method).toBe('GET')
  })

  it('turns the error envelope into an ApiError', async () => {
    stubFetch(
      async () =>
        new Response(
          JSON.stringify({ error: { code: 'NOT_FOUND', message: 'Bukti tidak ditemukan' } }),
          { status: 404, headers: { 'content-type': 'application/json' } },
        ),
    )
    const error = await api.blob('/activities/evidence/x/file').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({
      status: 404,
      code: 'NOT_FOUND',
      message: 'Bukti tidak ditemukan',
    })
  })

  it('reports no connection as NETWORK_ERROR and passes an abort through', async () => {
    stubFetch(async () => {
      throw new TypeError('Failed to fetch')
    })
    await expect(api.blob('/activities/evidence/x/file')).rejects.toMatchObject({
      status: 0,
      code: 'NETWORK_ERROR',
    })
    stubFetch(async () => {
      throw new DOMException('aborted', 'AbortError')
    })
    await expect(api.blob('/activities/evidence/x/file')).rejects.toMatchObject({
      name: 'AbortError',
    })
  })
})
