import { TPP_NO_PREDIKAT_NOTE, type TppSettings } from '../../../shared/followup.ts'
import type { JabatanJenis } from '../../../shared/org.ts'
import { monthsCovered } from '../../../shared/rules/angka-kredit.ts'
import type { Predikat } from '../../../shared/rules/predikat.ts'

type TppRule = Pick<TppSettings, 'performanceSharePercent' | 'percentByPredikat' | 'basisByJenis'>

/** Whole Rupiah, rounded down; products of percents are first cleaned of float noise (0.29 × 100). */
const floorRupiah = (value: number) => Math.floor(Math.round(value * 1e6) / 1e6)

/**
 * The performance component of one person's TPP for a period (decision 0011 "TPP"):
 * basis by jabatan jenis × performance share % = the performance part; × the percent of the
 * final predikat = paid per month (rounded down to whole Rupiah); × the period's whole months.
 * Without a final predikat nothing is paid and the row says why.
 */
export function tppAmounts(
  rule: TppRule,
  person: { jabatanJenis: JabatanJenis; predikat: Predikat | null },
  months: number,
) {
  const basis = rule.basisByJenis[person.jabatanJenis]
  const performancePart = floorRupiah((basis * rule.performanceSharePercent) / 100)
  if (!person.predikat)
    return {
      basis,
      performancePart,
      percent: null,
      paidPerMonth: 0,
      months,
      paidTotal: 0,
      note: TPP_NO_PREDIKAT_NOTE,
    }
  const percent = rule.percentByPredikat[person.predikat]
  const paidPerMonth = floorRupiah((performancePart * percent) / 100)
  return {
    basis,
    performancePart,
    percent,
    paidPerMonth,
    months,
    paidTotal: paidPerMonth * months,
    note: null,
  }
}

/** Whole months of a period (a quarter 3, a semester 6, the annual period its SKP months). */
export function periodMonths(period: { startDate: string; endDate: string }): number {
  if (period.startDate.slice(0, 4) === period.endDate.slice(0, 4))
    return monthsCovered(period.startDate, period.endDate)
  // Not expected (periods lie within one year); count calendar months touched.
  const [sy, sm] = period.startDate.split('-').map(Number) as [number, number]
  const [ey, em] = period.endDate.split('-').map(Number) as [number, number]
  return (ey - sy) * 12 + em - sm + 1
}
