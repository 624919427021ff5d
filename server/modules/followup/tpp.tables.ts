// TPP, coaching plans and talent potensi tables (issue 6) — owned by the follow-up TPP helper.
export {}
