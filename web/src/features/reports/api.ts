import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { PAGED_REPORTS } from '../../../../shared/reports.ts'
import type {
  Dashboard,
  Report,
  ReportFormat,
  ReportKey,
  ReportPeople,
  ReportScope,
} from '../../../../shared/reports.ts'
import { api, apiUrl } from '../../lib/api-client.ts'

/** The filters every report takes (shared/reports.ts reportQuerySchema). */
export type ReportFilters = {
  year: number
  periodId?: string | undefined
  unitId?: string | undefined
}

/** Rows per page of a paged report (progress-discipline: one row per person). */
export const REPORT_PAGE_SIZE = 50

/** Whether the server pages this report's rows (page/pageSize, total). */
export function isPagedReport(key: ReportKey): boolean {
  return PAGED_REPORTS.includes(key)
}

/** One cell's names: the report's filters plus the row and column of the cell. */
export type PeopleQuery = ReportFilters & { rowKey: string; column: string }

export const reportKeys = {
  all: ['reports'] as const,
  scope: ['reports', 'scope'] as const,
  dashboard: (year: number | undefined) => ['reports', 'dashboard', year ?? 'current'] as const,
  report: (key: ReportKey, f: ReportFilters, page: number) =>
    ['reports', 'report', key, f, page] as const,
  people: (key: ReportKey, q: PeopleQuery) => ['reports', 'people', key, q] as const,
}

function filterParams(f: ReportFilters) {
  return { year: f.year, periodId: f.periodId, unitId: f.unitId }
}

/** Read models change only when people work, so a minute of staleness is fine for reports. */
const REPORT_STALE_MS = 60_000

/** What the viewer may filter on: their units (leaders) or the whole instansi, years, periods. */
export function useReportScope(enabled = true) {
  return useQuery({
    queryKey: reportKeys.scope,
    queryFn: ({ signal }) => api.get<ReportScope>('/reports/scope', undefined, signal),
    staleTime: 5 * 60_000,
    enabled,
  })
}

/** The leader's or admin's page at a glance; without a year, the server picks the current one. */
export function useDashboard(year: number | undefined, enabled = true) {
  return useQuery({
    queryKey: reportKeys.dashboard(year),
    queryFn: ({ signal }) => api.get<Dashboard>('/reports/dashboard', { year }, signal),
    staleTime: REPORT_STALE_MS,
    placeholderData: keepPreviousData,
    enabled,
  })
}

/** One report; a paged one (see isPagedReport) shows `page` of REPORT_PAGE_SIZE rows. */
export function useReport(key: ReportKey, filters: ReportFilters, page = 1, enabled = true) {
  const paged = isPagedReport(key)
  return useQuery({
    queryKey: reportKeys.report(key, filters, paged ? page : 1),
    queryFn: ({ signal }) =>
      api.get<Report>(
        `/reports/${key}`,
        paged
          ? { ...filterParams(filters), page, pageSize: REPORT_PAGE_SIZE }
          : filterParams(filters),
        signal,
      ),
    staleTime: REPORT_STALE_MS,
    placeholderData: keepPreviousData,
    enabled,
  })
}

/** The names behind one number of a report (drill-down). */
export function useReportPeople(key: ReportKey, query: PeopleQuery | null) {
  return useQuery({
    queryKey: reportKeys.people(key, query ?? { year: 0, rowKey: '', column: '' }),
    queryFn: ({ signal }) =>
      api.get<ReportPeople>(
        `/reports/${key}/people`,
        {
          ...filterParams(query ?? { year: 0 }),
          rowKey: query?.rowKey,
          column: query?.column,
        },
        signal,
      ),
    staleTime: REPORT_STALE_MS,
    enabled: query !== null,
  })
}

/**
 * The authorised download route of a report file. A plain link (with `download`) lets the
 * browser stream and name the file itself; the session cookie goes along as with any page.
 */
export function reportExportHref(key: ReportKey, format: ReportFormat, f: ReportFilters): string {
  return apiUrl(`/reports/${key}/export.${format}`, filterParams(f))
}
