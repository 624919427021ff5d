import {
  slaState,
  ticketActions,
  type Faq,
  type TicketDetail,
  type TicketSummary,
  type TicketViewer,
} from '../../../shared/helpdesk.ts'
import type * as repo from './helpdesk.repository.ts'

const iso = (d: Date) => d.toISOString()
const isoOrNull = (d: Date | null) => (d ? d.toISOString() : null)

/** Whether the other side did something since the viewer last opened the ticket. */
function waitingFor(row: repo.TicketRow, viewer: TicketViewer): boolean {
  if (viewer.isReporter) {
    return (
      !!row.staffActivityAt && (!row.reporterSeenAt || row.staffActivityAt > row.reporterSeenAt)
    )
  }
  return !row.staffSeenAt || row.reporterActivityAt > row.staffSeenAt
}

export function presentSla(row: repo.TicketRow, now: Date): TicketSummary['sla'] {
  return {
    firstResponseDueAt: iso(row.firstResponseDueAt),
    resolutionDueAt: iso(row.resolutionDueAt),
    firstResponseAt: isoOrNull(row.firstResponseAt),
    resolvedAt: isoOrNull(row.resolvedAt),
    firstResponseState: slaState(row.firstResponseDueAt, row.firstResponseAt, now),
    resolutionState: slaState(row.resolutionDueAt, row.resolvedAt, now),
  }
}

export function presentSummary(
  row: repo.TicketRow,
  viewer: TicketViewer,
  now: Date,
): TicketSummary {
  return {
    id: row.id,
    number: row.number,
    subject: row.subject,
    category: row.category,
    status: row.status,
    reporterName: row.reporterName,
    reporterUnitName: row.context.unitName,
    assigneeUserId: row.assigneeUserId,
    assigneeName: row.assigneeName,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
    sla: presentSla(row, now),
    satisfaction: row.satisfaction,
    waitingForViewer: waitingFor(row, viewer),
  }
}

export const attachmentUrl = (id: string) => `/api/helpdesk/attachments/${id}/file`

export function presentAttachment(a: repo.AttachmentRow): TicketDetail['attachments'][number] {
  return {
    id: a.id,
    fileName: a.fileName,
    mimeType: a.mimeType,
    size: a.size,
    url: attachmentUrl(a.id),
    createdAt: iso(a.createdAt),
  }
}

export function presentDetail(
  row: repo.TicketRow,
  messages: readonly repo.MessageRow[],
  attachments: readonly repo.AttachmentRow[],
  viewer: TicketViewer,
  now: Date,
): TicketDetail {
  return {
    ...presentSummary(row, viewer, now),
    description: row.description,
    reporterPegawaiId: row.reporterPegawaiId,
    reporterUserId: row.reporterUserId,
    context: row.context,
    messages: messages.map((m) => ({
      id: m.id,
      authorName: m.authorName,
      authorRole: m.authorRole,
      body: m.body,
      createdAt: iso(m.createdAt),
    })),
    attachments: attachments.map(presentAttachment),
    satisfactionComment: row.satisfactionComment,
    version: row.version,
    actions: ticketActions(row, viewer),
  }
}

export function presentFaq(r: repo.FaqRow): Faq {
  return {
    id: r.id,
    question: r.question,
    answer: r.answer,
    category: r.category,
    published: r.published,
    sortOrder: r.sortOrder,
    updatedAt: iso(r.updatedAt),
    version: r.version,
  }
}
