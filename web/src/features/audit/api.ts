import { keepPreviousData, useQuery } from '@tanstack/react-query'
import type { AuditEntryView } from '../../../../shared/audit.ts'
import { api } from '../../lib/api-client.ts'
import type { Page } from '../../lib/api-client.ts'

export type AuditEntry = AuditEntryView

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
