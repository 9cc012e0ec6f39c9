import { useState } from 'react';
import { Alert, Badge, Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReplyApproval } from '@kontakt/contracts';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../i18n/error-message.ts';
import { approveReply, returnReply, withdrawReply } from './approvals-api.ts';

const COLOR = { pending: 'yellow', approved: 'teal', returned: 'orange', withdrawn: 'gray' } as const;

/**
 * One held reply: its text and waiting time; an approver approves it (optionally edited) or
 * returns it with a note; its author may withdraw it while it waits.
 */
export function ApprovalItem({
  approval,
  canDecide,
  isAuthor,
  onChanged,
  header,
}: {
  approval: ReplyApproval;
  canDecide: boolean;
  isAuthor: boolean;
  onChanged: () => Promise<unknown> | void;
  header?: React.ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const describe = useErrorMessage();
  const queryClient = useQueryClient();
  const [mode, setMode] = useState<'view' | 'edit' | 'return'>('view');
  const [text, setText] = useState(approval.bodyText);
  const [note, setNote] = useState('');
  const act = useMutation({
    mutationFn: async (kind: 'approve' | 'return' | 'withdraw'): Promise<unknown> =>
      kind === 'approve'
        ? approveReply(approval, mode === 'edit' ? text : undefined)
        : kind === 'return'
          ? returnReply(approval, note)
          : withdrawReply(approval),
    onSuccess: async () => {
      setMode('view');
      await queryClient.invalidateQueries({ queryKey: ['approvals'] });
      await onChanged();
    },
  });
  const pending = approval.status === 'pending';
  const waited = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 0 }).format(
    approval.waitingMinutes,
  );
  const at = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'short' }).format(
    new Date(approval.requestedAt),
  );

  return (
    <Paper withBorder p="sm" radius="sm">
      <Stack gap={6}>
        {header}
        <Group gap="xs">
          <Badge variant="light" radius="sm" color={COLOR[approval.status]}>
            {t(`approvals.status.${approval.status}`)}
          </Badge>
          <Text size="xs" c="dimmed">
            {t(pending ? 'approvals.waiting' : 'approvals.waited', {
              name: approval.authorName,
              at,
              minutes: waited,
            })}
          </Text>
        </Group>
        {mode === 'edit' ? (
          <Textarea
            label={t('approvals.editText')}
            autosize
            minRows={3}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
          />
        ) : (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {approval.bodyText}
          </Text>
        )}
        {approval.statusAfter && (
          <Text size="xs" c="dimmed">
            {t('approvals.thenStatus', { status: t(`ticket.status.${approval.statusAfter}`) })}
          </Text>
        )}
        {approval.note && (
          <Alert
            color="orange"
            py={6}
            title={t('approvals.noteFrom', { name: approval.decidedByName ?? '' })}
          >
            {approval.note}
          </Alert>
        )}
        {act.error && (
          <Alert color="red" role="alert" py={6}>
            {describe(act.error)}
          </Alert>
        )}
        {pending && canDecide && mode === 'return' && (
          <Textarea
            label={t('approvals.returnNote')}
            autosize
            minRows={2}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
          />
        )}
        {pending && canDecide && (
          <Group gap="xs">
            {mode !== 'return' && (
              <Button size="xs" loading={act.isPending} onClick={() => act.mutate('approve')}>
                {mode === 'edit' ? t('approvals.approveEdited') : t('approvals.approve')}
              </Button>
            )}
            {mode === 'view' && (
              <Button size="xs" variant="default" onClick={() => setMode('edit')}>
                {t('approvals.edit')}
              </Button>
            )}
            {mode === 'return' ? (
              <Button
                size="xs"
                color="orange"
                disabled={!note.trim()}
                loading={act.isPending}
                onClick={() => act.mutate('return')}
              >
                {t('approvals.sendBack')}
              </Button>
            ) : (
              <Button size="xs" variant="subtle" color="orange" onClick={() => setMode('return')}>
                {t('approvals.return')}
              </Button>
            )}
            {mode !== 'view' && (
              <Button size="xs" variant="subtle" onClick={() => setMode('view')}>
                {t('approvals.cancel')}
              </Button>
            )}
          </Group>
        )}
        {pending && isAuthor && (
          <Group gap="xs">
            <Button size="xs" variant="subtle" loading={act.isPending} onClick={() => act.mutate('withdraw')}>
              {t('approvals.withdraw')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
