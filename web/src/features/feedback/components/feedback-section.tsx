import { Paper, Title } from '@mantine/core'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { useFeedback } from '../api.ts'
import { FeedbackThreads } from './feedback-threads.tsx'
import type { RhkOption } from './new-feedback-modal.tsx'

export const FEEDBACK_ANCHOR = 'umpan-balik'

/**
 * The "Umpan balik" section of the SKP page, `#umpan-balik`: notifications about feedback
 * link here, so the section brings itself into view when the address points at it (once, when
 * the threads have loaded).
 */
export function FeedbackSection(props: { skpId: string; rhk: RhkOption[] }) {
  const { t } = useTranslation()
  const ref = useRef<HTMLElement>(null)
  // Scrolled once the threads are there: before, the page may be too short to reach the section.
  const loaded = useFeedback(props.skpId).isSuccess
  useEffect(() => {
    if (!loaded || window.location.hash !== `#${FEEDBACK_ANCHOR}`) return
    const frame = requestAnimationFrame(() => ref.current?.scrollIntoView({ block: 'start' }))
    return () => cancelAnimationFrame(frame)
  }, [loaded])
  return (
    <Paper
      ref={ref}
      component="section"
      id={FEEDBACK_ANCHOR}
      withBorder
      radius="md"
      p={{ base: 'sm', sm: 'md' }}
      aria-labelledby={`${FEEDBACK_ANCHOR}-title`}
      style={{ scrollMarginTop: 72 }}
    >
      <Title order={2} fz={18} id={`${FEEDBACK_ANCHOR}-title`} mb="xs">
        {t('feedback.title')}
      </Title>
      <FeedbackThreads skpId={props.skpId} rhk={props.rhk} />
    </Paper>
  )
}
