/**
 * The built-in guide's topic ids and roles: small and free of content, so a page header's
 * help link does not pull the guide's text into its chunk. The text lives in content/*.ts,
 * loaded with the guide pages only.
 */
export const GUIDE_ROLES = ['pegawai', 'atasan', 'admin', 'pic'] as const
export type GuideRole = (typeof GUIDE_ROLES)[number]

export const GUIDE_TOPIC_IDS = [
  // pegawai
  'mulai',
  'skp',
  'progres-harian',
  'realisasi',
  'penilaian-saya',
  'keberatan',
  'bantuan',
  // atasan
  'skp-bawahan',
  'pemantauan',
  'menilai-bawahan',
  'distribusi',
  // admin
  'organisasi',
  'pegawai',
  'impor',
  'periode',
  'laporan',
  'tindak-lanjut',
  // PIC helpdesk
  'tiket',
  'sla',
  'faq',
] as const
export type GuideTopicId = (typeof GUIDE_TOPIC_IDS)[number]

export function isGuideTopicId(value: string): value is GuideTopicId {
  return (GUIDE_TOPIC_IDS as readonly string[]).includes(value)
}
