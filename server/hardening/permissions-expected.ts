/**
 * What each signed-in role gets from each operation on records it may see — instansi A (the
 * Gianyar demo): the pegawai's own records; otherAdmin: instansi B's — checked by
 * permissions-matrix.test.ts (decision 0018). Reads run first, then writes (each role in this
 * order, so an earlier role's write can change what a later one gets: e.g. the PIC deletes the
 * FAQ entry before the admin tries), then deletes, then the calls that end sessions.
 *
 * Observed once, then reviewed against the policies (per-module matrices hold the detailed
 * reasons): 404 = not visible (or not an admin for admin-only routes), 403 = visible but not
 * allowed, 409 = allowed but the record's state forbids it, 400 = allowed but the request is
 * refused on its content (e.g. an SKP copied from someone else's). A failing line prints the
 * observed value to paste here after checking it is what the policy says.
 */
export const EXPECTED: Record<string, string> = {
  'GET /api/health': 'pegawai:200 atasan:200 atasanAtasan:200 pic:200 otherAdmin:200 admin:200',
  'GET /api/auth/me': 'pegawai:200 atasan:200 atasanAtasan:200 pic:200 otherAdmin:200 admin:200',
  'GET /api/users/': 'pegawai:404 atasan:404 atasanAtasan:404 pic:404 otherAdmin:200 admin:200',
  'GET /api/org/instansi':
    'pegawai:200 atasan:200 atasanAtasan:200 pic:200 otherAdmin:200 admin:200',
  'GET /api/org/units': 'pegawai:200 atasan:200 atasanAtasan:200 pic:200 otherAdmin:200 admin:200',
  'GET /api/org/jabatan':
    'pegawai:200 atasan:200 atasanAtasan:200 pic:200 otherAdmin:200 admin:200',
  'GET /api/org/pegawai':
    'pegawai:200 atasan:200 atasanAtasan:200 pic:200 otherAdmin:200 admin:200',
  'GET /api/org/pegawai/{pegawaiId}':
    'pegawai:200 atasan:200 atasanAtasan:200 pic:404 otherAdmin:200 admin:200',
  'GET /api/org/pegawai/{pegawaiId}/exclusions':
    'pegawai:200 atasan:200 atasanAtasan:200 pic:404 otherAdmin:200 admin:200',
  'GET /api/org/pegawai/{pegawaiId}/atasan-overrides':
    'pegawai:200 atasan:200 atasanAtasan:200 pic:404 otherAdmin:200 admin:200',
  'GET /api/org/acting': 'pegawai:200 atasan:200 atasanAtasan:200 pic:200 otherAdmin:200 admin:200',
  'GET /api/org/me/profile':
    'pegawai:200 atasan:200 atasanAtasan:200 pic:200 otherAdmin:200 admin:200',
  'GET /api/org/me/subordinates':
    'pegawai:200 atasan:200 atasanAtasan:200 pic:200 otherAdmin:200 admin:200',
  'GET /api/org/import/rejected/{id}':
    'pegawai:404 atasan:404 atasanAtasan:404 pic:404 otherAdmin:200 admin:200',
  'GET /api/org/export/pegawai':
    'pegawai:404 atasan:404 atasanAtasan:404 pic:404 otherAdmin:200 admin:200',
  'GET /api/org/export/units':
    'pegawai:404 atasan:404 atasanAtasan:404 pic:404 otherAdmin:200 admin:200',
  'GET /api/periods/current':
    'pegawai:200 atasan:200 atasanAtasan:200 pic:200 otherAdmin:200 admin:200',
  'GET /api/periods/years':
    'pegawai:200 atasan:200 atasanAtasan:200 pic:200 otherAdmin:200 admin:200',
  'GET /api/periods/years/{year}':
    'pegawai:200 atasan:200 atasanAtasan:200 pic:200 otherAdmin:200 admin:200',
  'GET /api/audit/': 'pegawai:404 atasan:404 atasanAtasan:404 pic:404 otherAdmin:200 admin:200',
  'GET /api/skp/': 'pegawai:404 atasan:404 atasanAtasan:404 pic:404 otherAdmin:200 admin:200',
  'GET /api/skp/matriks':
    'pegawai:200 atasan:200 atasanAtasan:200 pic:404 otherAdmin:200 admin:200',
  'GET /api/skp/tree': 'pegawai:200 atasan:200 atasanAtasan:200 pic:200 otherAdmin:200 admin:200',
  'GET /api/skp/pk': 'pegawai:200 atasan:200 atasanAtasan:200 pic:200 otherAdmin:200 admin:200',
  'GET /api/skp/{id}': 'pegawai:200 atasan:200 atasanAtasan:200 pic:404 otherAdmin:200 admin:200',
  'GET /api/skp/{id}/revisions':
    'pegawai:200 atasan:200 atasanAtasan:403 pic:404 otherAdmin:200 admin:200',
  'GET /api/skp/{id}/atasan-rhk':
    'pegawai:200 atasan:200 atasanAtasan:200 pic:404 otherAdmin:200 admin:200',
  'GET /api/skp/{id}/dialog':
    'pegawai:200 atasan:200 atasanAtasan:403 pic:404 otherAdmin:200 admin:200',
  'GET /api/skp/{id}/pdf':
    'pegawai:200 atasan:200 atasanAtasan:200 pic:404 otherAdmin:200 admin:200',
  'GET /api/skp/{id}/xlsx':
    'pegawai:200 atasan:200 atasanAtasan:200 pic:404 otherAdmin:200 admin:200',
  'GET /api/activities/rencana-aksi':
    'pegawai:200 atasan:200 atasanAtasan:200 pic:404 otherAdmin:200 admin:200',
  'GET /api/activities/progress':
    'pegawai:200 atasan:200 atasanAtasan:200 pic:404 otherAdmin:200 admin:200',
  'GET /api/activities/progress/import/template':
    'pegawai:200 atasan:200 atasanAtasan:200 pic:200 otherAdmin:404 admin:404',
  'GET /api/activities/progress/{id}':
    'pegawai:200 atasan:200 atasanAtasan:200 pic:404 otherAdmin:200 admin:200',
  'GET /api/activities/evidence/{evidenceId}/file':
    'pegawai:404 atasan:404 atasanAtasan:404 pic:404 otherAdmin:200 admin:404',
  'GET /api/activities/calendar':
    'pegawai:200 atasan:200 atasanAtasan:200 pic:404 otherAdmin:200 admin:200',
  'GET /api/activities/templates':
    'pegawai:200 atasan:200 atasanAtasan:200 pic:200 otherAdmin:404 admin:404',
  'GET /api/activities/settings':
    'pegawai:200 atasan:200 atasanAtasan:200 pic:200 otherAdmin:200 admin:200',
  'GET /api/activities/monitoring':
    'pegawai:404 atasan:200 atasanAtasan:200 pic:404 otherAdmin:404 admin:404',
  'GET /api/activities/progress/{id}/verifications':
    'pegawai:200 atasan:200 atasanAtasan:200 pic:404 otherAdmin:200 admin:200',
  'GET /api/activities/feedback':
    'pegawai:200 atasan:200 atasanAtasan:200 pic:404 otherAdmin:200 admin:200',
  'GET /api/assessments/mine':
    'pegawai:200 atasan:200 atasanAtasan:200 pic:200 otherAdmin:404 admin:404',
  'GET /api/assessments/settings':
    'pegawai:200 atasan:200 atasanAtasan:200 pic:200 otherAdmin:200 admin:200',
  'GET /api/assessments/extensions':
    'pegawai:403 atasan:403 atasanAtasan:403 pic:403 otherAdmin:200 admin:200',
  'GET /api/assessments/evidence/{evidenceId}/file':
    'pegawai:404 atasan:404 atasanAtasan:404 pic:404 otherAdmin:404 admin:404',
  'GET /api/assessments/{id}':
    'pegawai:200 atasan:200 atasanAtasan:200 pic:404 otherAdmin:200 admin:200',
  'GET /api/assessments/bawahan':
    'pegawai:200 atasan:200 atasanAtasan:200 pic:200 otherAdmin:200 admin:200',
  'GET /api/assessments/distribution':
    'pegawai:404 atasan:200 atasanAtasan:200 pic:404 otherAdmin:200 admin:200',
  'GET /api/assessments/org-predikat':
    'pegawai:200 atasan:200 atasanAtasan:200 pic:200 otherAdmin:200 admin:200',
  'GET /api/assessments/{id}/document.pdf':
    'pegawai:200 atasan:200 atasanAtasan:200 pic:404 otherAdmin:200 admin:200',
  'GET /api/assessments/org-predikat/document.pdf':
    'pegawai:404 atasan:200 atasanAtasan:200 pic:404 otherAdmin:200 admin:200',
  'GET /api/assessments/org-predikat/document.xlsx':
    'pegawai:404 atasan:200 atasanAtasan:200 pic:404 otherAdmin:200 admin:200',
  'GET /api/notifications/':
    'pegawai:200 atasan:200 atasanAtasan:200 pic:200 otherAdmin:200 admin:200',
  'GET /api/notifications/unread-count':
    'pegawai:200 atasan:200 atasanAtasan:200 pic:200 otherAdmin:200 admin:200',
  'GET /api/notifications/preferences':
    'pegawai:200 atasan:200 atasanAtasan:200 pic:200 otherAdmin:200 admin:200',
  'GET /api/followup/angka-kredit/settings':
    'pegawai:200 atasan:200 atasanAtasan:200 pic:200 otherAdmin:200 admin:200',
  'GET /api/followup/angka-kredit/':
    'pegawai:403 atasan:200 atasanAtasan:200 pic:403 otherAdmin:200 admin:200',
  'GET /api/followup/angka-kredit/pegawai/{pegawaiId}':
    'pegawai:200 atasan:200 atasanAtasan:200 pic:404 otherAdmin:200 admin:200',
  'GET /api/followup/angka-kredit/pegawai/{pegawaiId}/pak.pdf':
    'pegawai:200 atasan:200 atasanAtasan:200 pic:404 otherAdmin:200 admin:200',
  'GET /api/followup/siasn/':
    'pegawai:403 atasan:403 atasanAtasan:403 pic:403 otherAdmin:200 admin:200',
  'GET /api/followup/siasn/export.{format}':
    'pegawai:403 atasan:403 atasanAtasan:403 pic:403 otherAdmin:200 admin:200',
  'GET /api/followup/tpp/settings':
    'pegawai:403 atasan:403 atasanAtasan:403 pic:403 otherAdmin:200 admin:200',
  'GET /api/followup/tpp':
    'pegawai:403 atasan:403 atasanAtasan:403 pic:403 otherAdmin:200 admin:200',
  'GET /api/followup/tpp/export.{format}':
    'pegawai:403 atasan:403 atasanAtasan:403 pic:403 otherAdmin:200 admin:200',
  'GET /api/followup/recommendations':
    'pegawai:403 atasan:200 atasanAtasan:200 pic:403 otherAdmin:200 admin:200',
  'GET /api/followup/coaching':
    'pegawai:200 atasan:200 atasanAtasan:200 pic:404 otherAdmin:200 admin:200',
  'GET /api/followup/talent':
    'pegawai:403 atasan:403 atasanAtasan:403 pic:403 otherAdmin:200 admin:200',
  'GET /api/helpdesk/tickets':
    'pegawai:403 atasan:403 atasanAtasan:403 pic:200 otherAdmin:200 admin:200',
  'GET /api/helpdesk/tickets/{id}':
    'pegawai:200 atasan:404 atasanAtasan:404 pic:200 otherAdmin:200 admin:200',
  'GET /api/helpdesk/attachments/{id}/file':
    'pegawai:200 atasan:404 atasanAtasan:404 pic:200 otherAdmin:200 admin:200',
  'GET /api/helpdesk/staff':
    'pegawai:403 atasan:403 atasanAtasan:403 pic:200 otherAdmin:200 admin:200',
  'GET /api/helpdesk/settings':
    'pegawai:403 atasan:403 atasanAtasan:403 pic:200 otherAdmin:200 admin:200',
  'GET /api/helpdesk/stats':
    'pegawai:403 atasan:403 atasanAtasan:403 pic:200 otherAdmin:200 admin:200',
  'GET /api/helpdesk/faq':
    'pegawai:200 atasan:200 atasanAtasan:200 pic:200 otherAdmin:200 admin:200',
  'GET /api/helpdesk/onboarding':
    'pegawai:200 atasan:200 atasanAtasan:200 pic:200 otherAdmin:200 admin:200',
  'GET /api/reports/scope':
    'pegawai:403 atasan:200 atasanAtasan:200 pic:403 otherAdmin:200 admin:200',
  'GET /api/reports/dashboard':
    'pegawai:403 atasan:200 atasanAtasan:200 pic:403 otherAdmin:200 admin:200',
  'GET /api/reports/{key}':
    'pegawai:403 atasan:200 atasanAtasan:200 pic:403 otherAdmin:200 admin:200',
  'GET /api/reports/{key}/people':
    'pegawai:403 atasan:200 atasanAtasan:200 pic:403 otherAdmin:200 admin:200',
  'GET /api/reports/{key}/export.{format}':
    'pegawai:403 atasan:200 atasanAtasan:200 pic:403 otherAdmin:200 admin:200',
  'POST /api/auth/login':
    'pegawai:401 atasan:401 atasanAtasan:401 pic:401 otherAdmin:401 admin:401',
  'PATCH /api/org/instansi':
    'pegawai:404 atasan:404 atasanAtasan:404 pic:404 otherAdmin:200 admin:200',
  'POST /api/org/units': 'pegawai:404 atasan:404 atasanAtasan:404 pic:404 otherAdmin:201 admin:201',
  'PATCH /api/org/units/{unitId}':
    'pegawai:404 atasan:404 atasanAtasan:404 pic:404 otherAdmin:200 admin:200',
  'POST /api/org/jabatan':
    'pegawai:404 atasan:404 atasanAtasan:404 pic:404 otherAdmin:201 admin:201',
  'PATCH /api/org/jabatan/{jabatanId}':
    'pegawai:404 atasan:404 atasanAtasan:404 pic:404 otherAdmin:200 admin:200',
  'POST /api/org/pegawai':
    'pegawai:404 atasan:404 atasanAtasan:404 pic:404 otherAdmin:201 admin:409',
  'PATCH /api/org/pegawai/{pegawaiId}':
    'pegawai:404 atasan:404 atasanAtasan:404 pic:404 otherAdmin:200 admin:200',
  'POST /api/org/pegawai/{pegawaiId}/exclusions':
    'pegawai:404 atasan:404 atasanAtasan:404 pic:404 otherAdmin:201 admin:201',
  'POST /api/org/pegawai/{pegawaiId}/atasan-overrides':
    'pegawai:404 atasan:404 atasanAtasan:404 pic:404 otherAdmin:400 admin:400',
  'POST /api/org/acting':
    'pegawai:404 atasan:404 atasanAtasan:404 pic:404 otherAdmin:201 admin:201',
  'POST /api/org/import/pegawai':
    'pegawai:404 atasan:404 atasanAtasan:404 pic:404 otherAdmin:400 admin:400',
  'POST /api/org/import/units':
    'pegawai:404 atasan:404 atasanAtasan:404 pic:404 otherAdmin:400 admin:400',
  'POST /api/periods/years':
    'pegawai:404 atasan:404 atasanAtasan:404 pic:404 otherAdmin:201 admin:201',
  'PATCH /api/periods/years/{year}':
    'pegawai:404 atasan:404 atasanAtasan:404 pic:404 otherAdmin:200 admin:200',
  'PATCH /api/periods/periods/{periodId}':
    'pegawai:404 atasan:404 atasanAtasan:404 pic:404 otherAdmin:200 admin:200',
  'PUT /api/periods/years/{year}/calendar':
    'pegawai:404 atasan:404 atasanAtasan:404 pic:404 otherAdmin:200 admin:200',
  'POST /api/periods/years/{year}/holidays':
    'pegawai:404 atasan:404 atasanAtasan:404 pic:404 otherAdmin:201 admin:201',
  'POST /api/periods/years/{year}/holidays/load-defaults':
    'pegawai:404 atasan:404 atasanAtasan:404 pic:404 otherAdmin:200 admin:200',
  'POST /api/skp/': 'pegawai:201 atasan:400 atasanAtasan:400 pic:400 otherAdmin:404 admin:404',
  'POST /api/skp/bulk-approve':
    'pegawai:200 atasan:200 atasanAtasan:200 pic:200 otherAdmin:200 admin:200',
  'PUT /api/skp/pk/{unitId}/{year}':
    'pegawai:403 atasan:400 atasanAtasan:403 pic:403 otherAdmin:400 admin:400',
  'PUT /api/skp/{id}': 'pegawai:409 atasan:403 atasanAtasan:403 pic:404 otherAdmin:403 admin:403',
  'POST /api/skp/{id}/submit':
    'pegawai:409 atasan:403 atasanAtasan:403 pic:404 otherAdmin:403 admin:403',
  'POST /api/skp/{id}/approve':
    'pegawai:403 atasan:409 atasanAtasan:403 pic:404 otherAdmin:409 admin:409',
  'POST /api/skp/{id}/return':
    'pegawai:403 atasan:409 atasanAtasan:403 pic:404 otherAdmin:409 admin:409',
  'POST /api/skp/{id}/revise':
    'pegawai:200 atasan:403 atasanAtasan:403 pic:404 otherAdmin:403 admin:403',
  'PUT /api/skp/{id}/ekspektasi':
    'pegawai:403 atasan:200 atasanAtasan:403 pic:404 otherAdmin:409 admin:200',
  'POST /api/skp/{id}/dialog':
    'pegawai:201 atasan:201 atasanAtasan:403 pic:404 otherAdmin:403 admin:403',
  'POST /api/activities/rencana-aksi':
    'pegawai:201 atasan:403 atasanAtasan:403 pic:400 otherAdmin:403 admin:403',
  'PATCH /api/activities/rencana-aksi/{id}':
    'pegawai:200 atasan:403 atasanAtasan:403 pic:404 otherAdmin:403 admin:403',
  'POST /api/activities/progress':
    'pegawai:201 atasan:400 atasanAtasan:400 pic:400 otherAdmin:404 admin:404',
  'POST /api/activities/progress/import':
    'pegawai:400 atasan:400 atasanAtasan:400 pic:400 otherAdmin:404 admin:404',
  'PATCH /api/activities/progress/{id}':
    'pegawai:200 atasan:403 atasanAtasan:403 pic:404 otherAdmin:403 admin:403',
  'POST /api/activities/progress/{id}/evidence':
    'pegawai:201 atasan:403 atasanAtasan:403 pic:404 otherAdmin:403 admin:403',
  'POST /api/activities/templates':
    'pegawai:201 atasan:400 atasanAtasan:400 pic:400 otherAdmin:404 admin:404',
  'PUT /api/activities/settings':
    'pegawai:403 atasan:403 atasanAtasan:403 pic:403 otherAdmin:200 admin:200',
  'POST /api/activities/progress/verify-bulk':
    'pegawai:200 atasan:200 atasanAtasan:200 pic:200 otherAdmin:200 admin:200',
  'POST /api/activities/progress/{id}/verify':
    'pegawai:403 atasan:200 atasanAtasan:403 pic:404 otherAdmin:200 admin:200',
  'POST /api/activities/feedback':
    'pegawai:403 atasan:201 atasanAtasan:403 pic:404 otherAdmin:201 admin:201',
  'POST /api/activities/feedback/{threadId}/messages':
    'pegawai:201 atasan:201 atasanAtasan:403 pic:404 otherAdmin:201 admin:201',
  'PUT /api/assessments/settings':
    'pegawai:403 atasan:403 atasanAtasan:403 pic:403 otherAdmin:200 admin:200',
  'POST /api/assessments/extensions':
    'pegawai:403 atasan:403 atasanAtasan:403 pic:403 otherAdmin:201 admin:201',
  'PUT /api/assessments/{id}/realisasi':
    'pegawai:409 atasan:403 atasanAtasan:403 pic:404 otherAdmin:403 admin:403',
  'POST /api/assessments/{id}/submit':
    'pegawai:409 atasan:403 atasanAtasan:403 pic:404 otherAdmin:403 admin:403',
  'POST /api/assessments/{id}/acknowledge':
    'pegawai:200 atasan:403 atasanAtasan:403 pic:404 otherAdmin:403 admin:403',
  'POST /api/assessments/{id}/objection':
    'pegawai:409 atasan:403 atasanAtasan:403 pic:404 otherAdmin:403 admin:403',
  'POST /api/assessments/{id}/evidence':
    'pegawai:409 atasan:403 atasanAtasan:403 pic:404 otherAdmin:403 admin:403',
  'POST /api/assessments/{id}/evidence/link':
    'pegawai:409 atasan:403 atasanAtasan:403 pic:404 otherAdmin:403 admin:403',
  'POST /api/assessments/{id}/evidence/pick':
    'pegawai:409 atasan:403 atasanAtasan:403 pic:404 otherAdmin:403 admin:403',
  'POST /api/assessments/finalise-bulk':
    'pegawai:200 atasan:200 atasanAtasan:200 pic:200 otherAdmin:200 admin:200',
  'PUT /api/assessments/org-predikat':
    'pegawai:403 atasan:403 atasanAtasan:409 pic:403 otherAdmin:403 admin:403',
  'POST /api/assessments/org-predikat/finalise':
    'pegawai:403 atasan:403 atasanAtasan:409 pic:403 otherAdmin:403 admin:403',
  'PUT /api/assessments/{id}/feedback':
    'pegawai:403 atasan:409 atasanAtasan:403 pic:404 otherAdmin:403 admin:403',
  'POST /api/assessments/{id}/rate':
    'pegawai:403 atasan:409 atasanAtasan:403 pic:404 otherAdmin:403 admin:403',
  'POST /api/assessments/{id}/finalise':
    'pegawai:403 atasan:409 atasanAtasan:403 pic:404 otherAdmin:403 admin:403',
  'POST /api/assessments/{id}/objection/decide':
    'pegawai:403 atasan:403 atasanAtasan:409 pic:404 otherAdmin:403 admin:403',
  'PUT /api/notifications/preferences':
    'pegawai:200 atasan:200 atasanAtasan:200 pic:200 otherAdmin:200 admin:200',
  'POST /api/notifications/{id}/read':
    'pegawai:200 atasan:404 atasanAtasan:404 pic:404 otherAdmin:404 admin:404',
  'POST /api/notifications/read-all':
    'pegawai:200 atasan:200 atasanAtasan:200 pic:200 otherAdmin:200 admin:200',
  'PUT /api/followup/angka-kredit/settings':
    'pegawai:403 atasan:403 atasanAtasan:403 pic:403 otherAdmin:200 admin:200',
  'POST /api/followup/angka-kredit/generate':
    'pegawai:403 atasan:403 atasanAtasan:403 pic:403 otherAdmin:200 admin:200',
  'POST /api/followup/angka-kredit/pegawai/{pegawaiId}/entries':
    'pegawai:403 atasan:403 atasanAtasan:403 pic:403 otherAdmin:201 admin:201',
  'PUT /api/followup/tpp/settings':
    'pegawai:403 atasan:403 atasanAtasan:403 pic:403 otherAdmin:200 admin:200',
  'POST /api/followup/coaching':
    'pegawai:403 atasan:409 atasanAtasan:403 pic:404 otherAdmin:409 admin:409',
  'PUT /api/followup/coaching/{id}':
    'pegawai:403 atasan:200 atasanAtasan:403 pic:404 otherAdmin:200 admin:200',
  'PUT /api/followup/talent/potensi':
    'pegawai:403 atasan:403 atasanAtasan:403 pic:403 otherAdmin:200 admin:200',
  'POST /api/helpdesk/tickets':
    'pegawai:201 atasan:201 atasanAtasan:201 pic:201 otherAdmin:201 admin:201',
  'POST /api/helpdesk/tickets/{id}/messages':
    'pegawai:200 atasan:404 atasanAtasan:404 pic:200 otherAdmin:200 admin:200',
  'POST /api/helpdesk/tickets/{id}/status':
    'pegawai:409 atasan:404 atasanAtasan:404 pic:409 otherAdmin:409 admin:409',
  'POST /api/helpdesk/tickets/{id}/assign':
    'pegawai:403 atasan:404 atasanAtasan:404 pic:200 otherAdmin:200 admin:200',
  'POST /api/helpdesk/tickets/{id}/rating':
    'pegawai:409 atasan:404 atasanAtasan:404 pic:403 otherAdmin:403 admin:403',
  'POST /api/helpdesk/tickets/{id}/attachments':
    'pegawai:201 atasan:404 atasanAtasan:404 pic:201 otherAdmin:201 admin:201',
  'PUT /api/helpdesk/settings':
    'pegawai:403 atasan:403 atasanAtasan:403 pic:403 otherAdmin:200 admin:200',
  'POST /api/helpdesk/faq':
    'pegawai:403 atasan:403 atasanAtasan:403 pic:201 otherAdmin:201 admin:201',
  'PUT /api/helpdesk/faq/{id}':
    'pegawai:403 atasan:403 atasanAtasan:403 pic:200 otherAdmin:200 admin:200',
  'POST /api/helpdesk/onboarding':
    'pegawai:200 atasan:200 atasanAtasan:200 pic:200 otherAdmin:200 admin:200',
  'POST /api/skp/{id}/close':
    'pegawai:403 atasan:403 atasanAtasan:403 pic:404 otherAdmin:200 admin:200',
  'POST /api/assessments/org-predikat/reopen':
    'pegawai:403 atasan:403 atasanAtasan:403 pic:403 otherAdmin:409 admin:409',
  'POST /api/assessments/{id}/reopen':
    'pegawai:403 atasan:403 atasanAtasan:403 pic:404 otherAdmin:409 admin:409',
  'DELETE /api/org/pegawai/{pegawaiId}/exclusions/{exclusionId}':
    'pegawai:404 atasan:404 atasanAtasan:404 pic:404 otherAdmin:200 admin:200',
  'DELETE /api/org/pegawai/{pegawaiId}/atasan-overrides/{overrideId}':
    'pegawai:404 atasan:404 atasanAtasan:404 pic:404 otherAdmin:200 admin:200',
  'DELETE /api/org/acting/{actingId}':
    'pegawai:404 atasan:404 atasanAtasan:404 pic:404 otherAdmin:200 admin:200',
  'DELETE /api/periods/holidays/{holidayId}':
    'pegawai:404 atasan:404 atasanAtasan:404 pic:404 otherAdmin:200 admin:200',
  'DELETE /api/activities/rencana-aksi/{id}':
    'pegawai:409 atasan:403 atasanAtasan:403 pic:404 otherAdmin:403 admin:403',
  'DELETE /api/activities/progress/{id}':
    'pegawai:409 atasan:403 atasanAtasan:403 pic:404 otherAdmin:403 admin:403',
  'DELETE /api/activities/progress/{id}/evidence/{evidenceId}':
    'pegawai:409 atasan:403 atasanAtasan:403 pic:404 otherAdmin:403 admin:403',
  'DELETE /api/activities/templates/{id}':
    'pegawai:200 atasan:404 atasanAtasan:404 pic:404 otherAdmin:404 admin:404',
  'DELETE /api/assessments/extensions/{id}':
    'pegawai:403 atasan:403 atasanAtasan:403 pic:403 otherAdmin:200 admin:200',
  'DELETE /api/assessments/{id}/evidence/{evidenceId}':
    'pegawai:409 atasan:403 atasanAtasan:403 pic:404 otherAdmin:403 admin:403',
  'DELETE /api/followup/angka-kredit/entries/{id}':
    'pegawai:403 atasan:403 atasanAtasan:403 pic:403 otherAdmin:200 admin:200',
  'DELETE /api/helpdesk/faq/{id}':
    'pegawai:403 atasan:403 atasanAtasan:403 pic:200 otherAdmin:200 admin:404',
  'POST /api/auth/logout':
    'pegawai:200 atasan:200 atasanAtasan:200 pic:200 otherAdmin:200 admin:200',
  'POST /api/auth/change-password':
    'pegawai:400 atasan:400 atasanAtasan:400 pic:400 otherAdmin:400 admin:400',
  'PATCH /api/users/{userId}':
    'pegawai:404 atasan:404 atasanAtasan:404 pic:404 otherAdmin:200 admin:200',
  'POST /api/users/{userId}/reset-password':
    'pegawai:404 atasan:404 atasanAtasan:404 pic:404 otherAdmin:200 admin:200',
}
