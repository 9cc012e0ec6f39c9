import { useState } from 'react';
import { Alert, Anchor, Badge, Button, Drawer, Group, Loader, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { Scorecard } from '@kontakt/contracts';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../i18n/error-message.ts';
import { listScorecards, qualityKeys } from './quality-api.ts';
import { ScorecardForm } from './ScorecardForm.tsx';

/** The scorecards; leads and admins create and change them. */
export function ScorecardsTab({ canManage }: { canManage: boolean }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const scorecards = useQuery({ queryKey: qualityKeys.scorecards, queryFn: listScorecards });
  const [editing, setEditing] = useState<Scorecard | 'new' | null>(null);

  return (
    <>
      {canManage && (
        <Group justify="flex-end" mb="sm">
          <Button onClick={() => setEditing('new')}>{t('quality.form.new')}</Button>
        </Group>
      )}
      {scorecards.isPending ? (
        <Loader size="sm" aria-label={t('common.loading')} />
      ) : scorecards.error ? (
        <Alert color="red" role="alert">
          {describe(scorecards.error)}
        </Alert>
      ) : scorecards.data.length === 0 ? (
        <Text c="dimmed">{t('quality.noScorecards')}</Text>
      ) : (
        <Table striped aria-label={t('quality.tabs.scorecards')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('quality.form.name')}</Table.Th>
              <Table.Th>{t('quality.form.passMark')}</Table.Th>
              <Table.Th>{t('quality.criteriaCount')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {scorecards.data.map((s) => (
              <Table.Tr key={s.id}>
                <Table.Td>
                  <Group gap="xs">
                    {canManage ? (
                      <Anchor component="button" type="button" onClick={() => setEditing(s)}>
                        {s.name}
                      </Anchor>
                    ) : (
                      s.name
                    )}
                    {!s.active && (
                      <Badge variant="light" color="gray" radius="sm" size="sm">
                        {t('quality.inactive')}
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>{s.passMark} %</Table.Td>
                <Table.Td>
                  {t('quality.criteria', {
                    count: s.sections.reduce((n, sec) => n + sec.criteria.length, 0),
                  })}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Drawer
        opened={editing !== null}
        onClose={() => setEditing(null)}
        position="right"
        size="lg"
        title={editing === 'new' ? t('quality.form.new') : (editing?.name ?? '')}
      >
        {editing && (
          <ScorecardForm
            key={editing === 'new' ? 'new' : editing.id}
            scorecard={editing === 'new' ? undefined : editing}
            onDone={() => setEditing(null)}
          />
        )}
      </Drawer>
    </>
  );
}
