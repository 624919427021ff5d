import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { z } from 'zod'
import type {
  Faq,
  HelpdeskSettings,
  HelpdeskStaff,
  HelpdeskStats,
  TicketCreate,
  TicketDetail,
  TicketList,
  TicketStatus,
  faqInputSchema,
  ticketAttachmentSchema,
  ticketRatingSchema,
  ticketReplySchema,
} from '../../../../shared/helpdesk.ts'
import { api } from '../../lib/api-client.ts'

export type {
  Faq,
  HelpdeskSettings,
  HelpdeskStaff,
  HelpdeskStats,
  TicketCreate,
  TicketDetail,
  TicketList,
}
export type TicketAttachment = z.infer<typeof ticketAttachmentSchema>
export type TicketReply = z.input<typeof ticketReplySchema>
export type TicketRating = z.input<typeof ticketRatingSchema>
export type FaqInput = z.input<typeof faqInputSchema>

export type TicketScope = 'mine' | 'queue'
export type TicketFilters = {
  scope: TicketScope
  status?: TicketStatus | undefined
  q?: string | undefined
  page: number
  pageSize: number
}

/** Tickets live, in a helpdesk: the lists and an open ticket refresh while they are shown. */
export const TICKET_POLL_MS = 30_000

export const helpdeskKeys = {
  all: ['helpdesk'] as const,
  tickets: ['helpdesk', 'tickets'] as const,
  ticketList: (f: TicketFilters) => ['helpdesk', 'tickets', 'list', f] as const,
  ticket: (id: string) => ['helpdesk', 'tickets', 'detail', id] as const,
  faq: (q: string | undefined) => ['helpdesk', 'faq', q ?? ''] as const,
  faqAll: ['helpdesk', 'faq'] as const,
  stats: (from: string | undefined, to: string | undefined) =>
    ['helpdesk', 'stats', from ?? '', to ?? ''] as const,
  settings: ['helpdesk', 'settings'] as const,
  staff: ['helpdesk', 'staff'] as const,
}

// ---------- tickets ----------

/** The person's own tickets (`mine`) or the PIC/admin queue (`queue`). */
export function useTickets(filters: TicketFilters, enabled = true) {
  return useQuery({
    enabled,
    queryKey: helpdeskKeys.ticketList(filters),
    queryFn: ({ signal }) =>
      api.get<TicketList>(
        '/helpdesk/tickets',
        {
          scope: filters.scope,
          status: filters.status,
          q: filters.q,
          page: filters.page,
          pageSize: filters.pageSize,
        },
        signal,
      ),
    placeholderData: keepPreviousData,
    refetchInterval: TICKET_POLL_MS,
  })
}

export function useTicket(id: string) {
  return useQuery({
    queryKey: helpdeskKeys.ticket(id),
    queryFn: ({ signal }) => api.get<TicketDetail>(`/helpdesk/tickets/${id}`, undefined, signal),
    refetchInterval: TICKET_POLL_MS,
  })
}

/** Every answer about a ticket is its whole detail: keep it and let the lists catch up. */
function useTicketSaved() {
  const qc = useQueryClient()
  return (detail: TicketDetail) => {
    qc.setQueryData(helpdeskKeys.ticket(detail.id), detail)
    void qc.invalidateQueries({ queryKey: ['helpdesk', 'tickets', 'list'] })
    void qc.invalidateQueries({ queryKey: ['helpdesk', 'stats'] })
  }
}

export function useCreateTicket() {
  const saved = useTicketSaved()
  return useMutation({
    mutationFn: (input: TicketCreate) => api.post<TicketDetail>('/helpdesk/tickets', input),
    onSuccess: saved,
  })
}

/** A screenshot (image or PDF, 5 MB) for a ticket, sent after the ticket exists. */
export function useUploadAttachment() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: ({ ticketId, file }: { ticketId: string; file: File }) => {
      const form = new FormData()
      form.append('file', file, file.name)
      return api.upload<TicketAttachment>(`/helpdesk/tickets/${ticketId}/attachments`, form)
    },
    onSuccess: (_attachment, { ticketId }) =>
      qc.invalidateQueries({ queryKey: helpdeskKeys.ticket(ticketId) }),
  })
}

export function useReplyTicket(id: string) {
  const saved = useTicketSaved()
  return useMutation({
    mutationFn: (input: TicketReply) =>
      api.post<TicketDetail>(`/helpdesk/tickets/${id}/messages`, input),
    onSuccess: saved,
  })
}

/** PIC/admin: diproses | menunggu_pengguna | selesai; reporter: selesai (close) or diproses (reopen). */
export function useSetTicketStatus(id: string) {
  const saved = useTicketSaved()
  return useMutation({
    mutationFn: (input: { status: TicketStatus; version: number }) =>
      api.post<TicketDetail>(`/helpdesk/tickets/${id}/status`, input),
    onSuccess: saved,
  })
}

/** PIC/admin: `{}` takes the ticket, `{ userId }` gives it to that PIC, `{ userId: null }` back to the queue. */
export function useAssignTicket(id: string) {
  const saved = useTicketSaved()
  return useMutation({
    mutationFn: (input: { userId?: string | null }) =>
      api.post<TicketDetail>(`/helpdesk/tickets/${id}/assign`, input),
    onSuccess: saved,
  })
}

/** "Ambil" from the queue: the PIC takes the ticket of a row. */
export function useTakeTicket() {
  const saved = useTicketSaved()
  return useMutation({
    mutationFn: (id: string) => api.post<TicketDetail>(`/helpdesk/tickets/${id}/assign`, {}),
    onSuccess: saved,
  })
}

export function useRateTicket(id: string) {
  const saved = useTicketSaved()
  return useMutation({
    mutationFn: (input: TicketRating) =>
      api.post<TicketDetail>(`/helpdesk/tickets/${id}/rating`, input),
    onSuccess: saved,
  })
}

/** PIC/admin: the instansi's PICs and admins a ticket can go to, with their open tickets. */
export function useHelpdeskStaff(enabled = true) {
  return useQuery({
    enabled,
    queryKey: helpdeskKeys.staff,
    queryFn: ({ signal }) =>
      api.get<{ items: HelpdeskStaff[] }>('/helpdesk/staff', undefined, signal),
  })
}

// ---------- stats and settings ----------

export function useHelpdeskStats(from: string | undefined, to: string | undefined) {
  return useQuery({
    queryKey: helpdeskKeys.stats(from, to),
    queryFn: ({ signal }) => api.get<HelpdeskStats>('/helpdesk/stats', { from, to }, signal),
    placeholderData: keepPreviousData,
  })
}

export function useHelpdeskSettings() {
  return useQuery({
    queryKey: helpdeskKeys.settings,
    queryFn: ({ signal }) => api.get<HelpdeskSettings>('/helpdesk/settings', undefined, signal),
  })
}

export function useSaveHelpdeskSettings() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (input: HelpdeskSettings) => api.put<HelpdeskSettings>('/helpdesk/settings', input),
    onSuccess: (saved) => {
      qc.setQueryData(helpdeskKeys.settings, saved)
      // Due times of open tickets follow the new hours.
      void qc.invalidateQueries({ queryKey: helpdeskKeys.tickets })
    },
  })
}

// ---------- FAQ ----------

/** Published questions for everyone; PIC/admin also get drafts. */
export function useFaq(q: string | undefined) {
  return useQuery({
    queryKey: helpdeskKeys.faq(q),
    queryFn: ({ signal }) => api.get<{ items: Faq[] }>('/helpdesk/faq', { q }, signal),
    placeholderData: keepPreviousData,
  })
}

export function useCreateFaq() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (input: FaqInput) => api.post<Faq>('/helpdesk/faq', input),
    onSuccess: () => qc.invalidateQueries({ queryKey: helpdeskKeys.faqAll }),
  })
}

export function useUpdateFaq() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: ({ id, ...input }: FaqInput & { id: string; version: number }) =>
      api.put<Faq>(`/helpdesk/faq/${id}`, input),
    onSuccess: () => qc.invalidateQueries({ queryKey: helpdeskKeys.faqAll }),
  })
}

export function useDeleteFaq() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => api.delete<{ ok: true }>(`/helpdesk/faq/${id}`),
    onSuccess: () => qc.invalidateQueries({ queryKey: helpdeskKeys.faqAll }),
  })
}
