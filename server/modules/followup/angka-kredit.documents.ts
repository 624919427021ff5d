/**
 * The PAK-style document of one person: "Penetapan Angka Kredit" with the identity, the
 * ledger (one row per line: year, predikat, %, koefisien, months, AK), the cumulative total,
 * the promotion hints and the signature block of the instansi's pejabat. Built from the same
 * ledger the screen shows (the service authorises).
 */
import type { Content, StyleDictionary, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces'
import type { AkLedger } from '../../../shared/followup.ts'
import { JF_JENJANG_LABEL } from '../../../shared/rules/angka-kredit.ts'
import { formatNip } from '../../../shared/rules/nip.ts'
import { PREDIKAT_LABEL } from '../../../shared/rules/predikat.ts'
import {
  columnNumbers,
  FORM_STYLES,
  formDocument,
  formatTanggal,
  gridLayout,
  HEAD_FILL,
  renderPdf,
  th,
  fillers,
} from '../../lib/pdf.ts'
import { placeFromInstansiName } from '../skp/skp-documents.ts'
import type { PakContext } from './angka-kredit.service.ts'
import { formatAk } from './angka-kredit.ledger.ts'

const EMPTY = '-'

const STYLES: StyleDictionary = {
  ...FORM_STYLES,
  label: { bold: true, fillColor: HEAD_FILL },
  muted: { italics: true, color: '#444444' },
  section: { bold: true, fontSize: 9.5, margin: [0, 8, 0, 3] },
}

const table = (widths: (number | string)[], body: TableCell[][], headerRows = 0): Content => ({
  table: { headerRows, widths, body, dontBreakRows: true },
  layout: gridLayout,
  margin: [0, 0, 0, 6],
})

const right = (text: string): TableCell => ({ text, alignment: 'right' })
const center = (text: string): TableCell => ({ text, alignment: 'center' })

/** `pak-198002022009081009.pdf`: digits and letters only. */
export function pakFileName(ledger: Pick<AkLedger, 'nip' | 'pegawaiId'>): string {
  return `pak-${ledger.nip.replace(/[^0-9A-Za-z]/g, '') || ledger.pegawaiId}.pdf`
}

function pakDefinition(ledger: AkLedger, ctx: PakContext): TDocumentDefinitions {
  const years = ledger.entries.map((e) => e.year)
  const span =
    years.length === 0
      ? 'Belum ada angka kredit yang tercatat'
      : Math.min(...years) === Math.max(...years)
        ? `Tahun ${Math.min(...years)}`
        : `Tahun ${Math.min(...years)} s.d. ${Math.max(...years)}`
  const identity = table(
    [150, '*'],
    (
      [
        ['Nama', ledger.name],
        ['NIP', formatNip(ledger.nip)],
        ['Pangkat/Gol. Ruang', ledger.golongan ?? EMPTY],
        ['Jabatan', ledger.jabatanName || EMPTY],
        ['Jenjang Jabatan Fungsional', ledger.jenjang ? JF_JENJANG_LABEL[ledger.jenjang] : EMPTY],
        ['Unit Kerja', ledger.unitName || EMPTY],
        ['Instansi', ctx.instansiName || EMPTY],
      ] as const
    ).map(([k, v]): TableCell[] => [
      { text: k, style: 'label' },
      { text: v, style: k === 'Nama' ? 'strong' : [] },
    ]),
  )
  const headers = [
    'NO',
    'TAHUN',
    'URAIAN',
    'JENJANG',
    'PREDIKAT KINERJA',
    'PERSENTASE',
    'KOEFISIEN',
    'BULAN',
    'ANGKA KREDIT',
  ]
  const rows: TableCell[][] = ledger.entries.length
    ? ledger.entries.map((e, i): TableCell[] => [
        center(String(i + 1)),
        center(String(e.year)),
        e.source === 'penilaian'
          ? `Konversi predikat kinerja tahunan ${e.year}`
          : (e.note ?? 'Angka kredit (manual)'),
        JF_JENJANG_LABEL[e.jenjang],
        e.predikat ? PREDIKAT_LABEL[e.predikat] : EMPTY,
        center(e.sharePercent === null ? EMPTY : `${formatAk(e.sharePercent)}%`),
        right(e.koefisien === null ? EMPTY : formatAk(e.koefisien)),
        center(e.months === null ? EMPTY : `${e.months}/12`),
        right(formatAk(e.ak)),
      ])
    : [[{ text: 'Belum ada baris angka kredit', style: 'muted', colSpan: 9 }, ...fillers(8)]]
  const ledgerTable = table(
    [18, 32, '*', 56, 60, 64, 48, 34, 54],
    [
      headers.map((h) => th(h)),
      columnNumbers(headers.length),
      ...rows,
      [
        { text: 'JUMLAH ANGKA KREDIT KUMULATIF', style: 'strong', colSpan: 8 },
        ...fillers(7),
        { text: formatAk(ledger.total), style: 'strong', alignment: 'right' },
      ],
    ],
    2,
  )
  const annual = ledger.annual.length
    ? ledger.annual
        .map((a) => `${a.year}: ${a.predikat ? PREDIKAT_LABEL[a.predikat] : 'belum final'}`)
        .join('; ')
    : 'Belum ada penilaian tahunan'
  const verdict = (ok: boolean) => (ok ? 'MEMENUHI' : 'BELUM MEMENUHI')
  const hints = table(
    [140, 84, '*'],
    [
      [th('PERTIMBANGAN'), th('STATUS'), th('KETERANGAN')],
      [
        { text: 'Kenaikan pangkat', style: 'label' },
        { text: verdict(ledger.promotion.pangkat.eligible), style: 'strong' },
        ledger.promotion.pangkat.reason,
      ],
      ledger.promotion.jenjang
        ? [
            {
              text: ledger.promotion.jenjang.next
                ? `Kenaikan jenjang ke ${JF_JENJANG_LABEL[ledger.promotion.jenjang.next]}`
                : 'Kenaikan jenjang',
              style: 'label',
            },
            { text: verdict(ledger.promotion.jenjang.eligible), style: 'strong' },
            ledger.promotion.jenjang.reason,
          ]
        : [
            { text: 'Kenaikan jenjang', style: 'label' },
            { text: EMPTY, alignment: 'center' },
            'Tidak menduduki jabatan fungsional.',
          ],
    ],
    1,
  )
  const place = placeFromInstansiName(ctx.instansiName)
  const placeDate = place
    ? `Ditetapkan di ${place}, ${formatTanggal(ctx.today)}`
    : `Ditetapkan tanggal ${formatTanggal(ctx.today)}`
  const footer = `Penetapan Angka Kredit · ${ledger.name} · NIP ${formatNip(ledger.nip)}`
  return formDocument({
    title: footer,
    footer,
    landscape: false,
    styles: STYLES,
    watermark: null,
    content: [
      { text: 'PENETAPAN ANGKA KREDIT', style: 'title' },
      { text: (ctx.instansiName || '').toUpperCase(), style: 'subtitle' },
      { text: `Masa penilaian: ${span}`, style: 'headLine', margin: [0, 4, 0, 8] },
      { text: 'I. KETERANGAN PERORANGAN', style: 'section' },
      identity,
      { text: 'II. HASIL PENILAIAN KINERJA DAN ANGKA KREDIT', style: 'section' },
      ledgerTable,
      {
        text: 'Angka kredit = persentase predikat × koefisien jenjang × bulan/12, dibulatkan dua desimal (PermenPAN-RB 1/2023).',
        style: 'muted',
      },
      { text: `Predikat kinerja tahunan: ${annual}.`, margin: [0, 2, 0, 0] },
      { text: 'III. PERTIMBANGAN KENAIKAN PANGKAT DAN JENJANG', style: 'section' },
      hints,
      {
        text: 'Keterangan ini bersifat petunjuk; penetapan kenaikan pangkat/jenjang mengikuti ketentuan peraturan perundang-undangan.',
        style: 'muted',
      },
      {
        unbreakable: true,
        margin: [0, 14, 0, 0],
        columns: [
          { width: '*', text: '' },
          {
            width: 240,
            alignment: 'center',
            stack: [
              { text: placeDate },
              { text: ctx.signer.title },
              { text: ' ', margin: [0, 0, 0, 36] },
              { text: ctx.signer.name, style: 'signName' },
              { text: ctx.signer.nip ? `NIP ${formatNip(ctx.signer.nip)}` : ' ' },
            ],
          },
        ],
      },
    ],
  })
}

/** The PAK-style document as a PDF. */
export async function renderPakPdf(ledger: AkLedger, ctx: PakContext): Promise<Buffer> {
  return renderPdf(pakDefinition(ledger, ctx))
}
