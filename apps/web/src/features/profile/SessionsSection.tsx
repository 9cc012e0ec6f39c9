import { useState } from 'react';
import { Alert, Badge, Button, Loader, Table, Text, VisuallyHidden } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Session } from '@kontakt/contracts';
import { listSessions, revokeSession } from '../../api/auth.ts';
import { useErrorMessage } from '../../i18n/error-message.ts';
import { FormFeedback, type Feedback } from './FormFeedback.tsx';
import { ProfileSection } from './ProfileSection.tsx';
import { describeUserAgent } from './user-agent.ts';

export const SESSIONS_KEY = ['sessions'] as const;

/** Where the agent is signed in, with a way to end any session but this one. */
export function SessionsSection() {
  const { t, i18n } = useTranslation();
  const describe = useErrorMessage();
  const queryClient = useQueryClient();
  const sessions = useQuery({ queryKey: SESSIONS_KEY, queryFn: listSessions });
  const [revoking, setRevoking] = useState<string | null>(null);
  const [feedback, setFeedback] = useState<Feedback>(null);
  const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });

  const revoke = async (session: Session) => {
    setRevoking(session.id);
    try {
      await revokeSession(session.id);
      setFeedback({ kind: 'success', message: t('profile.sessions.revoked') });
      await queryClient.invalidateQueries({ queryKey: SESSIONS_KEY });
    } catch (error) {
      setFeedback({ kind: 'error', message: describe(error) });
    } finally {
      setRevoking(null);
    }
  };

  const rows = (sessions.data ?? []).map((session) => {
    const device = describeUserAgent(session.userAgent) ?? t('profile.sessions.unknownDevice');
    return (
      <Table.Tr key={session.id}>
        <Table.Td>
          {device}{' '}
          {session.current && (
            <Badge variant="light" color="indigo" size="sm" ml={4}>
              {t('profile.sessions.current')}
            </Badge>
          )}
        </Table.Td>
        <Table.Td>{session.ip ?? t('profile.sessions.unknown')}</Table.Td>
        <Table.Td>{format.format(new Date(session.lastSeenAt))}</Table.Td>
        <Table.Td>{format.format(new Date(session.expiresAt))}</Table.Td>
        <Table.Td>
          {!session.current && (
            <Button
              variant="default"
              size="xs"
              loading={revoking === session.id}
              aria-label={t('profile.sessions.revokeLabel', { device })}
              onClick={() => void revoke(session)}
            >
              {t('profile.sessions.revoke')}
            </Button>
          )}
        </Table.Td>
      </Table.Tr>
    );
  });

  return (
    <ProfileSection id="profile-sessions" title={t('profile.sessions.heading')}>
      <Text c="dimmed">{t('profile.sessions.intro')}</Text>
      {sessions.isPending && <Loader size="sm" aria-label={t('common.loading')} />}
      {sessions.isError && (
        <Alert color="red" role="alert">
          {describe(sessions.error)}
        </Alert>
      )}
      {sessions.data && sessions.data.length === 0 && <Text>{t('profile.sessions.empty')}</Text>}
      {sessions.data && sessions.data.length > 0 && (
        <Table verticalSpacing={6} highlightOnHover aria-labelledby="profile-sessions">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('profile.sessions.device')}</Table.Th>
              <Table.Th>{t('profile.sessions.ip')}</Table.Th>
              <Table.Th>{t('profile.sessions.lastSeen')}</Table.Th>
              <Table.Th>{t('profile.sessions.expires')}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{t('profile.sessions.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>{rows}</Table.Tbody>
        </Table>
      )}
      <FormFeedback feedback={feedback} />
    </ProfileSection>
  );
}
