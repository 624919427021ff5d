import { Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core'
import { IconStar, IconStarFilled } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { notifyError, notifySuccess } from '../../../lib/notify.tsx'
import { useRateTicket } from '../api.ts'
import type { TicketDetail } from '../api.ts'

const SCORES = [1, 2, 3, 4, 5] as const

/** The rating given, in words and stars (the number is always written). */
function GivenRating(props: { ticket: TicketDetail }) {
  const { t } = useTranslation()
  const n = props.ticket.satisfaction ?? 0
  return (
    <Stack gap={4} data-testid="ticket-rating-given">
      <Group gap={2} aria-hidden>
        {SCORES.map((s) =>
          s <= n ? (
            <IconStarFilled key={s} size={18} color="var(--mantine-color-yellow-6)" />
          ) : (
            <IconStar key={s} size={18} color="var(--mantine-color-gray-5)" />
          ),
        )}
      </Group>
      <Text size="sm" fw={600}>
        {t('helpdesk.rating.given', { n, label: t(`helpdesk.rating.label.r${n as 1}`) })}
      </Text>
      {props.ticket.satisfactionComment ? (
        <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
          “{props.ticket.satisfactionComment}”
        </Text>
      ) : null}
    </Stack>
  )
}

/**
 * After selesai the reporter rates the help from 1 to 5 (with a comment if they like). The
 * form shows while the server offers `rate`; a given rating stays visible.
 */
export function RatingPanel(props: { ticket: TicketDetail }) {
  const { t } = useTranslation()
  const rate = useRateTicket(props.ticket.id)
  const tk = props.ticket
  const canRate = tk.actions.includes('rate')
  const [editing, setEditing] = useState(false)
  const [score, setScore] = useState<number | null>(tk.satisfaction)
  const [comment, setComment] = useState(tk.satisfactionComment ?? '')
  const [error, setError] = useState<string | null>(null)
  if (!canRate && tk.satisfaction === null) return null
  const showForm = canRate && (tk.satisfaction === null || editing)

  const send = () => {
    if (score === null) {
      setError(t('helpdesk.rating.pick'))
      return
    }
    rate.mutate(
      { satisfaction: score, comment: comment.trim() ? comment.trim() : null },
      {
        onSuccess: () => {
          setEditing(false)
          notifySuccess(t('helpdesk.rating.sent'))
        },
        onError: (e) => notifyError(e),
      },
    )
  }

  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="section"
      aria-labelledby="ticket-rating-title"
      data-testid="ticket-rating"
    >
      <Stack gap="sm">
        <Title order={2} fz={16} id="ticket-rating-title">
          {t('helpdesk.rating.title')}
        </Title>
        {showForm ? (
          <form
            noValidate
            onSubmit={(e) => {
              e.preventDefault()
              send()
            }}
          >
            <Stack gap="sm">
              <div role="group" aria-labelledby="ticket-rating-question">
                <Text size="sm" id="ticket-rating-question" mb={6}>
                  {t('helpdesk.rating.question')}
                </Text>
                <Group gap={6}>
                  {SCORES.map((s) => {
                    const selected = score !== null && s <= score
                    return (
                      <Button
                        key={s}
                        variant={score === s ? 'filled' : 'default'}
                        color={score === s ? 'yellow.8' : undefined}
                        size="md"
                        px="xs"
                        miw={48}
                        aria-pressed={score === s}
                        aria-label={t('helpdesk.rating.scoreLabel', {
                          n: s,
                          label: t(`helpdesk.rating.label.r${s}`),
                        })}
                        title={t(`helpdesk.rating.label.r${s}`)}
                        onClick={() => {
                          setScore(s)
                          setError(null)
                        }}
                        leftSection={
                          selected ? (
                            <IconStarFilled size={16} aria-hidden />
                          ) : (
                            <IconStar size={16} aria-hidden />
                          )
                        }
                        data-testid={`ticket-rating-${s}`}
                      >
                        {s}
                      </Button>
                    )
                  })}
                </Group>
                <Text size="sm" mt={6} aria-live="polite" c={error ? 'red.8' : undefined}>
                  {error ?? (score !== null ? t(`helpdesk.rating.label.r${score as 1}`) : '')}
                </Text>
              </div>
              <Textarea
                label={t('helpdesk.rating.comment')}
                description={t('helpdesk.rating.commentHint')}
                value={comment}
                onChange={(e) => setComment(e.currentTarget.value)}
                autosize
                minRows={2}
                maxLength={1000}
                data-testid="ticket-rating-comment"
              />
              <Group gap="sm">
                <Button type="submit" loading={rate.isPending} data-testid="ticket-rating-send">
                  {t('helpdesk.rating.send')}
                </Button>
                {editing ? (
                  <Button variant="default" onClick={() => setEditing(false)}>
                    {t('common.cancel')}
                  </Button>
                ) : null}
              </Group>
            </Stack>
          </form>
        ) : (
          <Stack gap="xs" align="flex-start">
            <GivenRating ticket={tk} />
            {canRate ? (
              <Button variant="subtle" size="xs" onClick={() => setEditing(true)}>
                {t('helpdesk.rating.change')}
              </Button>
            ) : null}
          </Stack>
        )}
      </Stack>
    </Paper>
  )
}
