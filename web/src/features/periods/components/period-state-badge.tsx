import { Badge } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { PeriodState } from '../../../../../shared/periods.ts'

const COLOR: Record<PeriodState, string> = {
  upcoming: 'kinerja',
  running: 'teal',
  filling: 'orange',
  closed: 'gray',
}

/** Where a period stands today, in words (the colour only repeats it). */
export function PeriodStateBadge(props: { state: PeriodState }) {
  const { t } = useTranslation()
  return (
    <Badge
      color={COLOR[props.state]}
      variant={props.state === 'running' || props.state === 'filling' ? 'light' : 'outline'}
    >
      {t(`periods.state.${props.state}`)}
    </Badge>
  )
}
