import {
  Badge,
  Box,
  Button,
  Group,
  List,
  Paper,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core'
import {
  IconArrowLeft,
  IconArrowRight,
  IconBulb,
  IconExternalLink,
  IconInfoCircle,
  IconMapOff,
} from '@tabler/icons-react'
import { useNavigate, useParams } from '@tanstack/react-router'
import { useState } from 'react'
import type { MouseEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { EmptyState } from '../../../components/ui/empty-state.tsx'
import { ErrorState } from '../../../components/ui/error-state.tsx'
import { AnchorLink, ButtonLink } from '../../../components/ui/links.tsx'
import { LoadingState } from '../../../components/ui/loading-state.tsx'
import { PageHeader } from '../../../components/ui/page-header.tsx'
import { AskForHelp } from '../components/ask-for-help.tsx'
import { RichText } from '../components/rich-text.tsx'
import { screenshotUrl, useGuideContent } from '../content/load.ts'
import type { GuideImage, GuideStep, GuideTopic } from '../content/types.ts'

function BackLink() {
  const { t } = useTranslation()
  return (
    <AnchorLink
      to="/bantuan/panduan"
      size="sm"
      fw={600}
      data-testid="guide-back"
      style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}
    >
      <IconArrowLeft size={16} aria-hidden />
      {t('guide.back')}
    </AnchorLink>
  )
}

/**
 * A screenshot of the real app at phone size. Lazy: a topic's later pictures load as the
 * person scrolls. A picture not made yet (a screen still being built when the screenshots
 * were taken) is left out instead of showing a broken image; the step's words stand alone.
 */
function Screenshot(props: { image: GuideImage }) {
  const [failed, setFailed] = useState(false)
  if (failed) return null
  return (
    <Box
      component="figure"
      m={0}
      style={{ flex: '0 1 360px', maxWidth: 360, minWidth: 0 }}
      data-testid="guide-screenshot"
    >
      <img
        src={screenshotUrl(props.image.file)}
        alt={props.image.alt}
        loading="lazy"
        decoding="async"
        width={360}
        onError={() => setFailed(true)}
        style={{
          display: 'block',
          width: '100%',
          height: 'auto',
          border: '1px solid var(--mantine-color-gray-3)',
          borderRadius: 12,
          boxShadow: 'var(--mantine-shadow-sm)',
          background: 'var(--mantine-color-gray-0)',
        }}
      />
    </Box>
  )
}

function Step(props: { step: GuideStep; n: number }) {
  const { t } = useTranslation()
  return (
    <Box component="li" data-testid="guide-step" style={{ listStyle: 'none' }}>
      <Group align="flex-start" gap="md" wrap="wrap">
        <Group align="flex-start" gap="sm" wrap="nowrap" style={{ flex: '1 1 280px', minWidth: 0 }}>
          <ThemeIcon size={32} radius="xl" aria-hidden style={{ flexShrink: 0 }}>
            <Text fw={800} size="sm" c="white">
              {props.n}
            </Text>
          </ThemeIcon>
          <Stack gap={2} style={{ minWidth: 0 }} pt={4}>
            <Text size="xs" fw={700} c="dimmed" tt="uppercase">
              {t('guide.stepN', { n: props.n })}
            </Text>
            <Text maw={640}>
              <RichText text={props.step.text} />
            </Text>
          </Stack>
        </Group>
        {props.step.image ? <Screenshot image={props.step.image} /> : null}
      </Group>
    </Box>
  )
}

/** Opens the app page the topic explains (paths outside the typed routes, e.g. /laporan). */
function OpenScreen(props: { path: string }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  return (
    <Button
      component="a"
      href={props.path}
      variant="light"
      rightSection={<IconExternalLink size={16} aria-hidden />}
      onClick={(e: MouseEvent<HTMLAnchorElement>) => {
        if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return
        e.preventDefault()
        void navigate({ href: props.path })
      }}
      data-testid="guide-open-screen"
    >
      {t('guide.openScreen')}
    </Button>
  )
}

function TopicView(props: { topic: GuideTopic; all: readonly GuideTopic[] }) {
  const { t } = useTranslation()
  const { topic } = props
  const related = (topic.related ?? [])
    .map((id) => props.all.find((x) => x.id === id))
    .filter((x): x is GuideTopic => x !== undefined)
  return (
    <Stack gap="lg" data-testid="guide-topic" data-topic={topic.id}>
      <Stack gap="xs">
        <BackLink />
        <PageHeader
          title={topic.title}
          description={topic.summary}
          actions={topic.screen ? <OpenScreen path={topic.screen} /> : null}
        />
        <Group gap={6} mt={-12}>
          <Text size="sm" c="dimmed">
            {t('guide.forRoles')}:
          </Text>
          {topic.roles.map((role) => (
            <Badge key={role} variant="light" size="sm">
              {t(`guide.role.${role}`)}
            </Badge>
          ))}
        </Group>
      </Stack>

      <section aria-labelledby="guide-steps-title">
        <Title order={2} size="h3" id="guide-steps-title" mb="md">
          {t('guide.stepsTitle')}
        </Title>
        <Stack component="ol" gap="xl" p={0} m={0}>
          {topic.steps.map((step, i) => (
            <Step key={i} step={step} n={i + 1} />
          ))}
        </Stack>
      </section>

      {topic.example ? (
        <Paper
          withBorder
          radius="md"
          p="md"
          bg="var(--mantine-color-teal-0)"
          component="section"
          aria-labelledby="guide-example-title"
          data-testid="guide-example"
        >
          <Group gap="xs" mb="xs" wrap="nowrap">
            <IconBulb size={20} aria-hidden color="var(--mantine-color-teal-8)" />
            <Title order={2} size="h4" id="guide-example-title">
              {topic.example.title ?? t('guide.exampleTitle')}
            </Title>
          </Group>
          <List spacing={6} size="sm">
            {topic.example.lines.map((line, i) => (
              <List.Item key={i}>
                <RichText text={line} />
              </List.Item>
            ))}
          </List>
        </Paper>
      ) : null}

      {topic.tips && topic.tips.length > 0 ? (
        <Paper
          withBorder
          radius="md"
          p="md"
          component="section"
          aria-labelledby="guide-tips-title"
          data-testid="guide-tips"
        >
          <Group gap="xs" mb="xs" wrap="nowrap">
            <IconInfoCircle size={20} aria-hidden color="var(--mantine-color-kinerja-7)" />
            <Title order={2} size="h4" id="guide-tips-title">
              {t('guide.tipsTitle')}
            </Title>
          </Group>
          <List spacing={6} size="sm">
            {topic.tips.map((tip, i) => (
              <List.Item key={i}>
                <RichText text={tip} />
              </List.Item>
            ))}
          </List>
        </Paper>
      ) : null}

      {related.length > 0 ? (
        <section aria-labelledby="guide-related-title">
          <Title order={2} size="h4" id="guide-related-title" mb="xs">
            {t('guide.relatedTitle')}
          </Title>
          <Stack gap={6} data-testid="guide-related">
            {related.map((r) => (
              <AnchorLink
                key={r.id}
                to="/bantuan/panduan/$topic"
                params={{ topic: r.id }}
                style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}
              >
                <IconArrowRight size={16} aria-hidden />
                {r.title}
              </AnchorLink>
            ))}
          </Stack>
        </section>
      ) : null}

      <AskForHelp />
    </Stack>
  )
}

/** /bantuan/panduan/$topic: one topic's steps, with screenshots of the real app. */
export function GuideTopicPage() {
  const { t } = useTranslation()
  const params = useParams({ strict: false })
  const content = useGuideContent()
  if (content.isPending) return <LoadingState label={t('guide.loading')} />
  if (content.isError)
    return (
      <ErrorState
        title={t('guide.loadFailed')}
        error={content.error}
        onRetry={() => void content.refetch()}
      />
    )
  const topic = content.data.topics.find((x) => x.id === params.topic)
  if (!topic)
    return (
      <Stack gap="md">
        <BackLink />
        <EmptyState
          testId="guide-not-found"
          icon={<IconMapOff size={30} />}
          title={t('guide.notFoundTitle')}
          description={t('guide.notFoundText')}
          action={<ButtonLink to="/bantuan/panduan">{t('guide.back')}</ButtonLink>}
        />
      </Stack>
    )
  return <TopicView key={topic.id} topic={topic} all={content.data.topics} />
}
