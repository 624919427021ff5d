import { Code, Paper, Stack, Text, Title } from '@mantine/core'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { TicketDetail } from '../api.ts'
import { describeBrowser } from '../helpdesk-view.ts'

function Row(props: { label: string; children: ReactNode; testId: string }) {
  return (
    <div data-testid={props.testId}>
      <Text component="dt" size="xs" c="dimmed" fw={600}>
        {props.label}
      </Text>
      <Text component="dd" size="sm" m={0} style={{ overflowWrap: 'anywhere' }}>
        {props.children}
      </Text>
    </div>
  )
}

/**
 * What the PIC knows without asking: the reporter's unit and jabatan, their SKP and period at
 * the time, and the screen, browser and connection they asked from.
 */
export function ContextPanel(props: { ticket: TicketDetail }) {
  const { t } = useTranslation()
  const c = props.ticket.context
  const none = t('helpdesk.context.none')
  const { browser, os } = describeBrowser(c.userAgent)
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="ticket-context">
      <Title order={2} fz={16} mb="sm" id="ticket-context">
        {t('helpdesk.context.title')}
      </Title>
      <Stack gap={8} component="dl" m={0} data-testid="ticket-context">
        <Row label={t('helpdesk.context.reporter')} testId="context-reporter">
          {props.ticket.reporterName}
        </Row>
        <Row label={t('helpdesk.context.unit')} testId="context-unit">
          {c.unitName ?? none}
        </Row>
        <Row label={t('helpdesk.context.jabatan')} testId="context-jabatan">
          {c.jabatanName ?? none}
        </Row>
        <Row label={t('helpdesk.context.skp')} testId="context-skp">
          {c.skpLabel ?? none}
        </Row>
        <Row label={t('helpdesk.context.period')} testId="context-period">
          {c.periodName ?? none}
        </Row>
        <Row label={t('helpdesk.context.path')} testId="context-path">
          {c.path ? <Code>{c.path}</Code> : none}
        </Row>
        <Row label={t('helpdesk.context.browser')} testId="context-browser">
          {browser || os ? [browser, os].filter(Boolean).join(' · ') : none}
          {c.userAgent ? (
            <Text component="span" size="xs" c="dimmed" display="block">
              {c.userAgent}
            </Text>
          ) : null}
        </Row>
        <Row label={t('helpdesk.context.viewport')} testId="context-viewport">
          {c.viewport ?? none}
        </Row>
        <Row label={t('helpdesk.context.online')} testId="context-online">
          {c.online === null
            ? none
            : c.online
              ? t('helpdesk.form.online')
              : t('helpdesk.form.offline')}
        </Row>
      </Stack>
    </Paper>
  )
}
