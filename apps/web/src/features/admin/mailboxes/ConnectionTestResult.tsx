import { Code, Group, List, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconCheck, IconMinus, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { MailboxTestCode, type MailboxTestCheck, type MailboxTestResult } from '@kontakt/contracts';
import { useLocale } from '../../workspace/use-locale.ts';

/** Failure codes this screen explains; a code added to the server later reads as a general failure. */
const KNOWN_CODES = new Set<string>(MailboxTestCode.options);
const isKnownCode = (code: string | null): code is MailboxTestCode => code !== null && KNOWN_CODES.has(code);

/** The outcome of "Test connection": one line per protocol, green when it worked. */
export function ConnectionTestResult({ result }: { result: MailboxTestResult }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" role="status" aria-label={t('admin.mailboxes.test.resultLabel')}>
      <CheckLine
        name={t('admin.mailboxes.test.imap')}
        check={result.imap}
        skipped={t('admin.mailboxes.test.imapSkipped')}
      />
      <CheckLine
        name={t('admin.mailboxes.test.smtp')}
        check={result.smtp}
        skipped={t('admin.mailboxes.test.smtpSkipped')}
      />
    </Stack>
  );
}

function CheckLine({
  name,
  check,
  skipped,
}: {
  name: string;
  check: MailboxTestCheck | null;
  skipped: string;
}) {
  const { t } = useTranslation();
  const numbers = new Intl.NumberFormat(useLocale());
  if (!check) {
    return (
      <Group gap="xs" wrap="nowrap" align="flex-start" data-check="skipped">
        <ThemeIcon size="sm" radius="xl" color="gray" variant="light" aria-hidden>
          <IconMinus size={12} />
        </ThemeIcon>
        <Text size="sm">
          <strong>{name}</strong> — {skipped}
        </Text>
      </Group>
    );
  }
  const duration = t('admin.mailboxes.test.duration', { ms: numbers.format(check.durationMs) });
  if (check.ok) {
    return (
      <Group gap="xs" wrap="nowrap" align="flex-start" data-check="ok">
        <ThemeIcon size="sm" radius="xl" color="teal" aria-hidden>
          <IconCheck size={12} />
        </ThemeIcon>
        <Text size="sm" c="var(--mantine-color-teal-light-color)">
          <strong>{name}</strong> — {t('admin.mailboxes.test.ok')} {duration}
        </Text>
      </Group>
    );
  }
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start" data-check="failed">
      <ThemeIcon size="sm" radius="xl" color="red" aria-hidden>
        <IconX size={12} />
      </ThemeIcon>
      <Stack gap={2}>
        <Text size="sm" c="var(--mantine-color-red-light-color)">
          <strong>{name}</strong> —{' '}
          {t('admin.mailboxes.test.failedAt', { step: t(`admin.mailboxes.test.steps.${check.step}`) })}{' '}
          {duration}
        </Text>
        <List size="sm" spacing={2}>
          <List.Item>
            {isKnownCode(check.code)
              ? t(`admin.mailboxes.test.codes.${check.code}`)
              : t('admin.mailboxes.test.codes.unknown')}
            {check.code && (
              <>
                {' '}
                <Code>{check.code}</Code>
              </>
            )}
          </List.Item>
          {check.detail && (
            <List.Item>
              {t('admin.mailboxes.test.serverSaid')} <Code>{check.detail}</Code>
            </List.Item>
          )}
        </List>
      </Stack>
    </Group>
  );
}
