import { ActionIcon, Button, Stack, Tabs, Text, TextInput } from '@mantine/core'
import { IconPlayerPlay, IconSearch, IconX } from '@tabler/icons-react'
import { useNavigate, useSearch } from '@tanstack/react-router'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { EmptyState } from '../../../components/ui/empty-state.tsx'
import { ErrorState } from '../../../components/ui/error-state.tsx'
import { LoadingState } from '../../../components/ui/loading-state.tsx'
import { PageHeader } from '../../../components/ui/page-header.tsx'
import { useSessionUser } from '../../auth/api.ts'
import { AskForHelp } from '../components/ask-for-help.tsx'
import { TopicCard } from '../components/topic-card.tsx'
import { useGuideContent } from '../content/load.ts'
import { mainGuideRole, searchTopics, topicsForRole } from '../guide-view.ts'
import { replayOnboardingTour } from '../onboarding.tsx'
import { GUIDE_ROLES } from '../topics.ts'
import type { GuideRole } from '../topics.ts'

function isRole(value: string | null): value is GuideRole {
  return (GUIDE_ROLES as readonly (string | null)[]).includes(value)
}

/**
 * /bantuan/panduan: the built-in guide. Role tabs (the viewer's main role first), the topics
 * of the role, and a search over every topic. Tab and search live in the address
 * (?peran=…&q=…) so a link can point at them.
 */
export function GuideIndexPage() {
  const { t } = useTranslation()
  const me = useSessionUser()
  const navigate = useNavigate()
  const search = useSearch({ strict: false })
  const role: GuideRole = search.peran ?? mainGuideRole(me)
  const [query, setQuery] = useState(search.q ?? '')
  const content = useGuideContent()

  const go = (next: { peran?: GuideRole | undefined; q?: string | undefined }) =>
    void navigate({
      to: '/bantuan/panduan',
      search: { peran: search.peran, q: search.q, ...next },
      replace: true,
    })

  const onQuery = (value: string) => {
    setQuery(value)
    go({ q: value.trim() === '' ? undefined : value })
  }

  const topics = content.data?.topics ?? []
  const q = query.trim()
  const results = q ? searchTopics(topics, q) : []

  return (
    <Stack gap="md" data-testid="guide-index">
      <PageHeader
        title={t('guide.title')}
        description={t('guide.description')}
        actions={
          me.offline ? null : (
            <Button
              variant="light"
              leftSection={<IconPlayerPlay size={18} aria-hidden />}
              onClick={replayOnboardingTour}
              title={t('guide.replayTourHint')}
              data-testid="guide-replay-tour"
            >
              {t('guide.replayTour')}
            </Button>
          )
        }
      />

      <TextInput
        label={t('guide.search')}
        placeholder={t('guide.searchPlaceholder')}
        value={query}
        onChange={(e) => onQuery(e.currentTarget.value)}
        leftSection={<IconSearch size={18} aria-hidden />}
        rightSection={
          query ? (
            <ActionIcon
              variant="subtle"
              color="gray"
              onClick={() => onQuery('')}
              aria-label={t('guide.clearSearch')}
            >
              <IconX size={16} aria-hidden />
            </ActionIcon>
          ) : null
        }
        maw={560}
        data-testid="guide-search"
      />

      {content.isPending ? (
        <LoadingState label={t('guide.loading')} />
      ) : content.isError ? (
        <ErrorState
          title={t('guide.loadFailed')}
          error={content.error}
          onRetry={() => void content.refetch()}
        />
      ) : q ? (
        <Stack gap="sm" data-testid="guide-results">
          {results.length === 0 ? (
            <EmptyState
              testId="guide-no-results"
              icon={<IconSearch size={30} />}
              title={t('guide.noResults', { q })}
            />
          ) : (
            <>
              <Text size="sm" c="dimmed" aria-live="polite">
                {t('guide.searchResults', { count: results.length, q })}
              </Text>
              {results.map((topic) => (
                <TopicCard key={topic.id} topic={topic} showRoles />
              ))}
            </>
          )}
        </Stack>
      ) : (
        <Tabs
          value={role}
          onChange={(value) => {
            if (isRole(value)) go({ peran: value })
          }}
          keepMounted={false}
        >
          <Tabs.List grow aria-label={t('guide.rolesLabel')}>
            {GUIDE_ROLES.map((r) => (
              <Tabs.Tab key={r} value={r} data-testid={`guide-role-${r}`} px="xs">
                {t(`guide.role.${r}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {GUIDE_ROLES.map((r) => (
            <Tabs.Panel key={r} value={r} pt="md">
              <Stack gap="sm" data-testid={`guide-topics-${r}`}>
                <Text size="sm" c="dimmed">
                  {t(`guide.roleHint.${r}`)}
                </Text>
                {topicsForRole(topics, r).map((topic) => (
                  <TopicCard key={topic.id} topic={topic} />
                ))}
              </Stack>
            </Tabs.Panel>
          ))}
        </Tabs>
      )}

      <AskForHelp />
    </Stack>
  )
}
