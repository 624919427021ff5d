import { Badge, Group, Paper, Table, Text, Title } from '@mantine/core'

export type ImportRowError = { row: number; field: string; message: string }

/** At most this many rows are listed; the rest are counted ("and N more"). */
export const MAX_IMPORT_ERRORS_SHOWN = 200

/**
 * The row errors of an import (CSV/XLSX): row number, field and how to fix it. Every import
 * page shows them the same way; the texts come from the feature (its own i18n keys).
 */
export function ImportErrorsTable(props: {
  errors: readonly ImportRowError[]
  texts: {
    title: string
    count: string
    hint: string
    row: string
    field: string
    message: string
    /** Shown when more than MAX_IMPORT_ERRORS_SHOWN errors exist. */
    more: (hidden: number) => string
  }
}) {
  const { errors, texts } = props
  return (
    <section aria-labelledby="import-errors-title" data-testid="import-errors">
      <Group gap="xs" mb="xs">
        <Title order={3} fz={17} id="import-errors-title">
          {texts.title}
        </Title>
        <Badge color="red" variant="light">
          {texts.count}
        </Badge>
      </Group>
      <Text size="sm" c="dimmed" mb="xs">
        {texts.hint}
      </Text>
      <Paper withBorder radius="md">
        <Table striped verticalSpacing="xs" layout="auto">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" w={72}>
                {texts.row}
              </Table.Th>
              <Table.Th scope="col" w={120}>
                {texts.field}
              </Table.Th>
              <Table.Th scope="col">{texts.message}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {errors.slice(0, MAX_IMPORT_ERRORS_SHOWN).map((e, i) => (
              <Table.Tr
                key={`${e.row}-${e.field}-${i}`}
                data-testid="import-error-row"
                data-row={e.row}
              >
                <Table.Td>{e.row}</Table.Td>
                <Table.Td>
                  <Text size="sm" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                    {e.field || '—'}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{e.message}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
      {errors.length > MAX_IMPORT_ERRORS_SHOWN ? (
        <Text size="sm" mt="xs">
          {texts.more(errors.length - MAX_IMPORT_ERRORS_SHOWN)}
        </Text>
      ) : null}
    </section>
  )
}
