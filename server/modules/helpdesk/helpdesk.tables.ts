// Helpdesk tables (issue 6) — owned by the helpdesk helper.
export {}
