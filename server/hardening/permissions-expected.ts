/**
 * What each signed-in role gets on records it may see (instansi A: the pegawai's own records;
 * otherAdmin: instansi B's), per operation — checked by permissions-matrix.test.ts.
 */
export const EXPECTED: Record<string, string> = {}
