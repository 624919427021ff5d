import { Button, Group, Modal, Progress, Stack, Text, ThemeIcon } from '@mantine/core'
import { IconArrowLeft, IconArrowRight, IconCheck, IconSparkles } from '@tabler/icons-react'
import { useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { bottomNavItems, navItemsFor } from '../../app/layout/nav-items.ts'
import { useIsPhone } from '../../lib/use-is-phone.ts'
import type { Me } from '../auth/api.ts'
import { tourStepsFor } from './tour-steps.ts'
import type { TourStep } from './tour-steps.ts'

type Where = 'side' | 'bottom' | 'more'

/**
 * Marks the menu a step talks about: the link in the side navigation (desktop) or the bottom
 * bar (phone), or the bottom bar's "Lainnya" when the menu sits behind it. The navigation is
 * lifted above the modal's overlay while it is marked, so the person sees where it is.
 */
function useNavHighlight(step: TourStep | undefined, where: Where) {
  useEffect(() => {
    if (!step) return
    const nav = document.querySelector<HTMLElement>(
      where === 'side' ? '[data-testid="app-nav"]' : '[data-testid="bottom-nav"]',
    )
    const target =
      where === 'more'
        ? nav?.querySelector<HTMLElement>('button')
        : nav?.querySelector<HTMLElement>(`a[href="${step.nav.to}"]`)
    if (!target) return
    const shell = target.closest<HTMLElement>('.mantine-AppShell-navbar, .mantine-AppShell-footer')
    const before = {
      outline: target.style.outline,
      outlineOffset: target.style.outlineOffset,
      borderRadius: target.style.borderRadius,
      zIndex: shell?.style.zIndex ?? '',
    }
    target.style.outline = '3px solid var(--mantine-color-orange-6)'
    target.style.outlineOffset = '-3px'
    target.style.borderRadius = '8px'
    target.setAttribute('data-tour-highlight', 'true')
    if (shell) shell.style.zIndex = '300'
    target.scrollIntoView({ block: 'nearest' })
    return () => {
      target.style.outline = before.outline
      target.style.outlineOffset = before.outlineOffset
      target.style.borderRadius = before.borderRadius
      target.removeAttribute('data-tour-highlight')
      if (shell) shell.style.zIndex = before.zIndex
    }
  }, [step, where])
}

/** The first-login tour: a short stepper through the main menus of the person's role. */
export function TourModal(props: { me: Me; onFinish: () => void }) {
  const { t } = useTranslation()
  const isPhone = useIsPhone()
  const steps = useMemo(() => tourStepsFor(props.me), [props.me])
  // Only the menus this person really has (a step for a menu they lack is left out).
  const items = useMemo(() => navItemsFor(props.me), [props.me])
  const visible = useMemo(() => {
    const keys = new Set(items.map((i) => i.key))
    return steps.filter((s) => keys.has(s.nav.key))
  }, [steps, items])
  const [index, setIndex] = useState(0)
  const [closing, setClosing] = useState(false)
  const step = visible[index]
  const where: Where = !isPhone
    ? 'side'
    : bottomNavItems(items).some((i) => i.key === step?.nav.key)
      ? 'bottom'
      : 'more'
  useNavHighlight(closing ? undefined : step, where)
  const last = index === visible.length - 1

  const finish = () => {
    setClosing(true)
    props.onFinish()
  }

  if (!step) return null
  const menu = t(`nav.${step.nav.key}`)
  const total = visible.length
  return (
    <Modal
      opened={!closing}
      onClose={() => finish()}
      centered
      size="md"
      radius="lg"
      title={
        <Group gap="xs" wrap="nowrap">
          <ThemeIcon size={28} radius="xl" variant="light" aria-hidden>
            <IconSparkles size={18} />
          </ThemeIcon>
          <Text fw={700}>{t(`guide.tour.steps.${step.key}.title`)}</Text>
        </Group>
      }
      closeButtonProps={{ 'aria-label': t('guide.tour.skip') }}
      overlayProps={{ backgroundOpacity: 0.45 }}
    >
      <Stack gap="md" data-testid="onboarding-tour" data-step={step.key}>
        <Text size="sm" c="dimmed" aria-live="polite">
          {t('guide.tour.progress', { n: index + 1, total })}
        </Text>
        <Progress value={((index + 1) / total) * 100} size="sm" aria-hidden />
        <Text>{t(`guide.tour.steps.${step.key}.text`, { total })}</Text>
        <Text size="sm" fw={600} c="orange.9">
          {where === 'side'
            ? t('guide.tour.whereSide', { menu })
            : where === 'bottom'
              ? t('guide.tour.whereBottom', { menu })
              : t('guide.tour.whereMore', { menu })}
        </Text>
        <Group justify="space-between" wrap="nowrap" mt="xs">
          {last ? (
            <span />
          ) : (
            <Button variant="subtle" onClick={() => finish()} data-testid="onboarding-skip">
              {t('guide.tour.skip')}
            </Button>
          )}
          <Group gap="xs" wrap="nowrap">
            {index > 0 ? (
              <Button
                variant="default"
                onClick={() => setIndex(index - 1)}
                aria-label={t('guide.tour.back')}
                data-testid="onboarding-back"
              >
                <IconArrowLeft size={18} aria-hidden />
              </Button>
            ) : null}
            <Button
              onClick={() => (last ? finish() : setIndex(index + 1))}
              rightSection={
                last ? (
                  <IconCheck size={18} aria-hidden />
                ) : (
                  <IconArrowRight size={18} aria-hidden />
                )
              }
              data-testid="onboarding-next"
              data-last={last}
            >
              {last ? t('guide.tour.done') : t('guide.tour.next')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  )
}
