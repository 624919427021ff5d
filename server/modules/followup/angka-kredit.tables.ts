// Angka kredit tables (issue 6) — owned by the follow-up AK/SIASN helper.
export {}
