import { Alert, Button, Stack, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlugConnected } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { MailboxTestInput } from '@kontakt/contracts';
import { testMailboxSettings, testSavedMailbox } from '../../../api/mailboxes.ts';
import { useErrorMessage } from '../../../i18n/error-message.ts';
import { issuesToErrors, type IssueLike } from '../shared/zod-form.ts';
import { ConnectionTestResult } from './ConnectionTestResult.tsx';
import { mailboxTestInput, type MailboxFormValues } from './mailbox-form.ts';

/**
 * "Test connection" inside the mailbox form: tries the settings as they are typed (not saved),
 * using the saved mailbox's stored passwords where the form leaves them empty.
 */
export function FormConnectionTest({
  form,
  mailboxId,
}: {
  form: UseFormReturnType<MailboxFormValues>;
  mailboxId: string | null;
}) {
  const { t } = useTranslation();
  const test = useMutation({ mutationFn: testMailboxSettings });
  const run = () => {
    const parsed = MailboxTestInput.safeParse(mailboxTestInput(form.getValues(), mailboxId));
    if (!parsed.success) {
      form.setErrors(issuesToErrors(t, parsed.error.issues as IssueLike[]));
      return;
    }
    test.mutate(parsed.data);
  };
  return (
    <TestPanel onRun={run} running={test.isPending} state={test} hint={t('admin.mailboxes.test.hint')} />
  );
}

/**
 * "Test connection" of a saved mailbox with its stored settings: runs when shown (a query, so it
 * runs once however often React mounts it), again on request.
 */
export function SavedConnectionTest({ mailboxId }: { mailboxId: string }) {
  const test = useQuery({
    queryKey: ['mailbox-test', mailboxId],
    queryFn: () => testSavedMailbox(mailboxId),
    retry: false,
    gcTime: 0,
    staleTime: Infinity,
  });
  return <TestPanel onRun={() => void test.refetch()} running={test.isFetching} state={test} />;
}

interface TestPanelProps {
  onRun: () => void;
  running: boolean;
  state: { data?: Parameters<typeof ConnectionTestResult>[0]['result']; error: unknown };
  hint?: string;
}

function TestPanel({ onRun, running, state, hint }: TestPanelProps) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  return (
    <Stack gap="xs">
      <Button
        variant="default"
        leftSection={<IconPlugConnected size={16} aria-hidden />}
        onClick={onRun}
        loading={running}
        w="fit-content"
      >
        {t('admin.mailboxes.test.button')}
      </Button>
      {hint && (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      )}
      {state.error != null && (
        <Alert color="red" role="alert" py="xs">
          {describe(state.error)}
        </Alert>
      )}
      {state.data && !running && <ConnectionTestResult result={state.data} />}
    </Stack>
  );
}
