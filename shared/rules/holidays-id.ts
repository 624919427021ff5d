/**
 * Default day-off lists an admin can load into an instansi calendar (issue #3). Source:
 * defaults; verify against the year's SKB (Keputusan Bersama Menteri Agama, Menteri
 * Ketenagakerjaan dan Menteri PANRB tentang Hari Libur Nasional dan Cuti Bersama) and, for
 * Bali, the Surat Edaran Gubernur Bali on "Dispensasi Hari Raya Suci Hindu di Bali". The admin
 * checks them every year: the government revises lists mid-year (18 August 2025 was added as
 * cuti bersama in August 2025) and Islamic dates follow the Menteri Agama's sidang isbat.
 *
 * - 2024: SKB 855/3/4 Tahun 2023 (as revised).
 * - 2025: SKB 1017/2/2 Tahun 2024, revised by SKB 933/1/3 Tahun 2025 (+18 August).
 * - 2026: SKB 1497/2/5 Tahun 2025.
 * - 2027: no SKB was published when this table was written. The national holidays are
 *   estimates (Islamic dates from the Umm al-Qura calendar shifted to past Indonesian practice,
 *   Easter by the Gregorian computus, Imlek and Waisak by the new and full moon); cuti bersama
 *   are left out. Estimated entries say "(perkiraan)" in their name.
 *
 * Bali: the Pawukon days repeat every 210 days, counted from Galungan 28 February 2024 (SE
 * Gubernur Bali 7/2023): Penampahan Galungan (G−1), Galungan (G, a Wednesday), Umanis Galungan
 * (G+1), Penampahan Kuningan (G+9), Kuningan (G+10), Saraswati (G+136, a Saturday), Pagerwesi
 * (G+140). Siwaratri (eve of Tilem Kapitu), Tawur Kesanga (eve of Nyepi) and Ngembak Geni (day
 * after Nyepi) follow the lunar Saka calendar; where no circular was at hand they are estimates.
 * Nyepi itself is a national holiday.
 */

export const HOLIDAY_KIND_VALUES = ['national', 'cuti_bersama', 'local'] as const
export type DefaultHolidayKind = (typeof HOLIDAY_KIND_VALUES)[number]
export type DefaultHoliday = {
  readonly date: string
  readonly name: string
  readonly kind: DefaultHolidayKind
}
export const LOCAL_HOLIDAY_REGIONS = ['bali'] as const
export type LocalHolidayRegion = (typeof LOCAL_HOLIDAY_REGIONS)[number]

const EST = ' (perkiraan)'
type Row = readonly [date: string, name: string]

const NATIONAL: Readonly<
  Record<number, { holidays: readonly Row[]; cutiBersama: readonly Row[] }>
> = {
  2024: {
    holidays: [
      ['2024-01-01', 'Tahun Baru 2024 Masehi'],
      ['2024-02-08', 'Isra Mikraj Nabi Muhammad SAW'],
      ['2024-02-10', 'Tahun Baru Imlek 2575 Kongzili'],
      ['2024-03-11', 'Hari Suci Nyepi Tahun Baru Saka 1946'],
      ['2024-03-29', 'Wafat Isa Al Masih'],
      ['2024-03-31', 'Hari Paskah'],
      ['2024-04-10', 'Hari Raya Idul Fitri 1445 Hijriah'],
      ['2024-04-11', 'Hari Raya Idul Fitri 1445 Hijriah'],
      ['2024-05-01', 'Hari Buruh Internasional'],
      ['2024-05-09', 'Kenaikan Isa Al Masih'],
      ['2024-05-23', 'Hari Raya Waisak 2568 BE'],
      ['2024-06-01', 'Hari Lahir Pancasila'],
      ['2024-06-17', 'Hari Raya Idul Adha 1445 Hijriah'],
      ['2024-07-07', 'Tahun Baru Islam 1446 Hijriah'],
      ['2024-08-17', 'Hari Kemerdekaan Republik Indonesia'],
      ['2024-09-16', 'Maulid Nabi Muhammad SAW'],
      ['2024-12-25', 'Hari Raya Natal'],
    ],
    cutiBersama: [
      ['2024-02-09', 'Cuti bersama Tahun Baru Imlek'],
      ['2024-03-12', 'Cuti bersama Hari Suci Nyepi'],
      ['2024-04-08', 'Cuti bersama Idul Fitri'],
      ['2024-04-09', 'Cuti bersama Idul Fitri'],
      ['2024-04-12', 'Cuti bersama Idul Fitri'],
      ['2024-04-15', 'Cuti bersama Idul Fitri'],
      ['2024-05-10', 'Cuti bersama Kenaikan Isa Al Masih'],
      ['2024-05-24', 'Cuti bersama Hari Raya Waisak'],
      ['2024-06-18', 'Cuti bersama Idul Adha'],
      ['2024-12-26', 'Cuti bersama Hari Raya Natal'],
    ],
  },
  2025: {
    holidays: [
      ['2025-01-01', 'Tahun Baru 2025 Masehi'],
      ['2025-01-27', 'Isra Mikraj Nabi Muhammad SAW'],
      ['2025-01-29', 'Tahun Baru Imlek 2576 Kongzili'],
      ['2025-03-29', 'Hari Suci Nyepi Tahun Baru Saka 1947'],
      ['2025-03-31', 'Idul Fitri 1446 Hijriah'],
      ['2025-04-01', 'Idul Fitri 1446 Hijriah'],
      ['2025-04-18', 'Wafat Yesus Kristus'],
      ['2025-04-20', 'Kebangkitan Yesus Kristus (Paskah)'],
      ['2025-05-01', 'Hari Buruh Internasional'],
      ['2025-05-12', 'Hari Raya Waisak 2569 BE'],
      ['2025-05-29', 'Kenaikan Yesus Kristus'],
      ['2025-06-01', 'Hari Lahir Pancasila'],
      ['2025-06-06', 'Idul Adha 1446 Hijriah'],
      ['2025-06-27', '1 Muharam Tahun Baru Islam 1447 Hijriah'],
      ['2025-08-17', 'Proklamasi Kemerdekaan'],
      ['2025-09-05', 'Maulid Nabi Muhammad SAW'],
      ['2025-12-25', 'Kelahiran Yesus Kristus'],
    ],
    cutiBersama: [
      ['2025-01-28', 'Cuti bersama Tahun Baru Imlek'],
      ['2025-03-28', 'Cuti bersama Hari Suci Nyepi'],
      ['2025-04-02', 'Cuti bersama Idul Fitri'],
      ['2025-04-03', 'Cuti bersama Idul Fitri'],
      ['2025-04-04', 'Cuti bersama Idul Fitri'],
      ['2025-04-07', 'Cuti bersama Idul Fitri'],
      ['2025-05-13', 'Cuti bersama Hari Raya Waisak'],
      ['2025-05-30', 'Cuti bersama Kenaikan Yesus Kristus'],
      ['2025-06-09', 'Cuti bersama Idul Adha'],
      ['2025-08-18', 'Cuti bersama Proklamasi Kemerdekaan'],
      ['2025-12-26', 'Cuti bersama Kelahiran Yesus Kristus'],
    ],
  },
  2026: {
    holidays: [
      ['2026-01-01', 'Tahun Baru 2026 Masehi'],
      ['2026-01-16', 'Isra Mikraj Nabi Muhammad SAW'],
      ['2026-02-17', 'Tahun Baru Imlek 2577 Kongzili'],
      ['2026-03-19', 'Hari Suci Nyepi Tahun Baru Saka 1948'],
      ['2026-03-21', 'Idul Fitri 1447 Hijriah'],
      ['2026-03-22', 'Idul Fitri 1447 Hijriah'],
      ['2026-04-03', 'Wafat Yesus Kristus'],
      ['2026-04-05', 'Kebangkitan Yesus Kristus (Paskah)'],
      ['2026-05-01', 'Hari Buruh Internasional'],
      ['2026-05-14', 'Kenaikan Yesus Kristus'],
      ['2026-05-27', 'Idul Adha 1447 Hijriah'],
      ['2026-05-31', 'Hari Raya Waisak 2570 BE'],
      ['2026-06-01', 'Hari Lahir Pancasila'],
      ['2026-06-16', '1 Muharam Tahun Baru Islam 1448 Hijriah'],
      ['2026-08-17', 'Proklamasi Kemerdekaan'],
      ['2026-08-25', 'Maulid Nabi Muhammad SAW'],
      ['2026-12-25', 'Kelahiran Yesus Kristus'],
    ],
    cutiBersama: [
      ['2026-02-16', 'Cuti bersama Tahun Baru Imlek'],
      ['2026-03-18', 'Cuti bersama Hari Suci Nyepi'],
      ['2026-03-20', 'Cuti bersama Idul Fitri'],
      ['2026-03-23', 'Cuti bersama Idul Fitri'],
      ['2026-03-24', 'Cuti bersama Idul Fitri'],
      ['2026-05-15', 'Cuti bersama Kenaikan Yesus Kristus'],
      ['2026-05-28', 'Cuti bersama Idul Adha'],
      ['2026-12-24', 'Cuti bersama Kelahiran Yesus Kristus'],
    ],
  },
  2027: {
    holidays: [
      ['2027-01-01', 'Tahun Baru 2027 Masehi'],
      ['2027-01-05', `Isra Mikraj Nabi Muhammad SAW${EST}`],
      ['2027-02-06', `Tahun Baru Imlek 2578 Kongzili${EST}`],
      ['2027-03-08', `Hari Suci Nyepi Tahun Baru Saka 1949${EST}`],
      ['2027-03-10', `Idul Fitri 1448 Hijriah${EST}`],
      ['2027-03-11', `Idul Fitri 1448 Hijriah${EST}`],
      ['2027-03-26', 'Wafat Yesus Kristus'],
      ['2027-03-28', 'Kebangkitan Yesus Kristus (Paskah)'],
      ['2027-05-01', 'Hari Buruh Internasional'],
      ['2027-05-06', 'Kenaikan Yesus Kristus'],
      ['2027-05-17', `Idul Adha 1448 Hijriah${EST}`],
      ['2027-05-20', `Hari Raya Waisak 2571 BE${EST}`],
      ['2027-06-01', 'Hari Lahir Pancasila'],
      ['2027-06-06', `1 Muharam Tahun Baru Islam 1449 Hijriah${EST}`],
      ['2027-08-15', `Maulid Nabi Muhammad SAW${EST}`],
      ['2027-08-17', 'Proklamasi Kemerdekaan'],
      ['2027-12-25', 'Kelahiran Yesus Kristus'],
    ],
    cutiBersama: [],
  },
}

const BALI: Readonly<Record<number, readonly Row[]>> = {
  2024: [
    ['2024-01-09', 'Hari Suci Siwaratri'],
    ['2024-02-27', 'Penampahan Galungan'],
    ['2024-02-28', 'Hari Raya Galungan'],
    ['2024-02-29', 'Umanis Galungan'],
    ['2024-03-08', 'Penampahan Kuningan'],
    ['2024-03-09', 'Hari Raya Kuningan'],
    ['2024-03-10', 'Tawur Kesanga'],
    ['2024-03-12', 'Ngembak Geni'],
    ['2024-07-13', 'Hari Raya Saraswati'],
    ['2024-07-17', 'Hari Raya Pagerwesi'],
    ['2024-09-24', 'Penampahan Galungan'],
    ['2024-09-25', 'Hari Raya Galungan'],
    ['2024-09-26', 'Umanis Galungan'],
    ['2024-10-04', 'Penampahan Kuningan'],
    ['2024-10-05', 'Hari Raya Kuningan'],
  ],
  2025: [
    ['2025-01-28', 'Hari Suci Siwaratri'],
    ['2025-02-08', 'Hari Raya Saraswati'],
    ['2025-02-12', 'Hari Raya Pagerwesi'],
    ['2025-03-28', 'Tawur Kesanga'],
    ['2025-03-30', 'Ngembak Geni'],
    ['2025-04-22', 'Penampahan Galungan'],
    ['2025-04-23', 'Hari Raya Galungan'],
    ['2025-04-24', 'Umanis Galungan'],
    ['2025-05-02', 'Penampahan Kuningan'],
    ['2025-05-03', 'Hari Raya Kuningan'],
    ['2025-09-06', 'Hari Raya Saraswati'],
    ['2025-09-10', 'Hari Raya Pagerwesi'],
    ['2025-11-18', 'Penampahan Galungan'],
    ['2025-11-19', 'Hari Raya Galungan'],
    ['2025-11-20', 'Umanis Galungan'],
    ['2025-11-28', 'Penampahan Kuningan'],
    ['2025-11-29', 'Hari Raya Kuningan'],
  ],
  2026: [
    ['2026-01-17', `Hari Suci Siwaratri${EST}`],
    ['2026-03-18', 'Tawur Kesanga'],
    ['2026-03-20', 'Ngembak Geni'],
    ['2026-04-04', 'Hari Raya Saraswati'],
    ['2026-04-08', 'Hari Raya Pagerwesi'],
    ['2026-06-16', 'Penampahan Galungan'],
    ['2026-06-17', 'Hari Raya Galungan'],
    ['2026-06-18', 'Umanis Galungan'],
    ['2026-06-26', 'Penampahan Kuningan'],
    ['2026-06-27', 'Hari Raya Kuningan'],
    ['2026-10-31', 'Hari Raya Saraswati'],
    ['2026-11-04', 'Hari Raya Pagerwesi'],
  ],
  2027: [
    ['2027-01-06', `Hari Suci Siwaratri${EST}`],
    ['2027-01-12', 'Penampahan Galungan'],
    ['2027-01-13', 'Hari Raya Galungan'],
    ['2027-01-14', 'Umanis Galungan'],
    ['2027-01-22', 'Penampahan Kuningan'],
    ['2027-01-23', 'Hari Raya Kuningan'],
    ['2027-03-07', `Tawur Kesanga${EST}`],
    ['2027-03-09', `Ngembak Geni${EST}`],
    ['2027-05-29', 'Hari Raya Saraswati'],
    ['2027-06-02', 'Hari Raya Pagerwesi'],
    ['2027-08-10', 'Penampahan Galungan'],
    ['2027-08-11', 'Hari Raya Galungan'],
    ['2027-08-12', 'Umanis Galungan'],
    ['2027-08-20', 'Penampahan Kuningan'],
    ['2027-08-21', 'Hari Raya Kuningan'],
    ['2027-12-25', 'Hari Raya Saraswati'],
    ['2027-12-29', 'Hari Raya Pagerwesi'],
  ],
}

/** Years with default national holidays (and cuti bersama where the SKB is out). */
export const DEFAULT_HOLIDAY_YEARS: readonly number[] = Object.keys(NATIONAL).map(Number)

/** Whether a year's national list is an estimate (no SKB yet when the table was written). */
export const ESTIMATED_NATIONAL_YEARS: readonly number[] = [2027]

/** National holidays and cuti bersama of a year, by date; empty for a year not in the table. */
export function nationalHolidays(year: number): DefaultHoliday[] {
  const y = NATIONAL[year]
  if (!y) return []
  return [
    ...y.holidays.map(([date, name]) => ({ date, name, kind: 'national' as const })),
    ...y.cutiBersama.map(([date, name]) => ({ date, name, kind: 'cuti_bersama' as const })),
  ].sort((a, b) => a.date.localeCompare(b.date))
}

/** Local holidays a provincial government commonly sets (Bali), by date. */
export function localHolidays(region: LocalHolidayRegion, year: number): DefaultHoliday[] {
  switch (region) {
    case 'bali':
      return (BALI[year] ?? []).map(([date, name]) => ({ date, name, kind: 'local' as const }))
  }
}

/** What "load defaults" adds for a year: national and/or one region's local days. */
export function defaultHolidays(
  year: number,
  opts: { national: boolean; local: LocalHolidayRegion | null },
): DefaultHoliday[] {
  return [
    ...(opts.national ? nationalHolidays(year) : []),
    ...(opts.local ? localHolidays(opts.local, year) : []),
  ].sort((a, b) => a.date.localeCompare(b.date) || a.name.localeCompare(b.name))
}
