import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { api } from '../../lib/api-client.ts'
import type { Page } from '../../lib/api-client.ts'

export type AuditEntry = {
  id: string
  at: string
  actorLabel: string | null
  action: string
  entity: string
  entityId: string | null
  before: unknown
  after: unknown
  ip: string | null
}

export type AuditFilters = {
  entity?: string | undefined
  action?: string | undefined
  actor?: string | undefined
  from?: string | undefined
  to?: string | undefined
  page: number
  pageSize: number
}

export function useAuditLog(filters: AuditFilters) {
  return useQuery({
    queryKey: ['audit', filters],
    queryFn: ({ signal }) => api.get<Page<AuditEntry>>('/audit', filters, signal),
    placeholderData: keepPreviousData,
  })
}
