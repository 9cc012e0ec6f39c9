import { useState } from 'react';
import { Alert, Anchor, Button, Group, NumberInput, Table, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../i18n/error-message.ts';
import { lastDays, rangeInstants } from './period.ts';
import { sampleConversations } from './quality-api.ts';

/** Draws a random sample of unreviewed, solved conversations per agent for the reviewer to score. */
export function SampleTab() {
  const { t, i18n } = useTranslation();
  const describe = useErrorMessage();
  const [range, setRange] = useState(() => lastDays(30));
  const [perAgent, setPerAgent] = useState<number>(3);
  const draw = useMutation({
    mutationFn: () => sampleConversations({ ...rangeInstants(range), perAgent }),
  });
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });

  return (
    <>
      <Group
        component="form"
        align="flex-end"
        gap="sm"
        mb="md"
        onSubmit={(e) => {
          e.preventDefault();
          draw.mutate();
        }}
      >
        <TextInput
          type="date"
          label={t('quality.from')}
          value={range.from}
          onChange={(e) => setRange((r) => ({ ...r, from: e.currentTarget.value }))}
        />
        <TextInput
          type="date"
          label={t('quality.to')}
          value={range.to}
          onChange={(e) => setRange((r) => ({ ...r, to: e.currentTarget.value }))}
        />
        <NumberInput
          label={t('quality.perAgent')}
          min={1}
          max={50}
          value={perAgent}
          onChange={(v) => setPerAgent(typeof v === 'number' ? v : 1)}
          w={140}
        />
        <Button type="submit" loading={draw.isPending}>
          {t('quality.draw')}
        </Button>
      </Group>
      {draw.error && (
        <Alert color="red" role="alert" mb="sm">
          {describe(draw.error)}
        </Alert>
      )}
      {draw.data &&
        (draw.data.length === 0 ? (
          <Text c="dimmed">{t('quality.sampleEmpty')}</Text>
        ) : (
          <Table striped aria-label={t('quality.tabs.sample')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('quality.col.agent')}</Table.Th>
                <Table.Th>{t('quality.col.ticket')}</Table.Th>
                <Table.Th>{t('quality.col.channel')}</Table.Th>
                <Table.Th>{t('quality.col.solved')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {draw.data.map((s) => (
                <Table.Tr key={s.ticketId}>
                  <Table.Td>{s.agentName}</Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/tickets/${s.ticketId}`} size="sm">
                      #{s.number} {s.subject}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{s.channel}</Table.Td>
                  <Table.Td>{s.solvedAt ? date.format(new Date(s.solvedAt)) : '–'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ))}
    </>
  );
}
