import { CloseButton, Group, Loader, Text } from '@mantine/core';
import { IconAlertCircle, IconPaperclip } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../i18n/error-message.ts';
import type { PendingFile } from './use-attachments.ts';
import classes from './Ticket.module.css';

/** Files waiting to go with the message: uploading, ready, or failed with the reason. */
export function AttachmentList({
  files,
  onRemove,
}: {
  files: PendingFile[];
  onRemove: (key: string) => void;
}) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  if (files.length === 0) return null;
  return (
    <ul className={classes.pendingFiles} aria-label={t('composer.attachments')}>
      {files.map((f) => (
        <li key={f.key} data-state={f.state}>
          <Group gap={4} wrap="nowrap">
            {f.state === 'uploading' && <Loader size={12} aria-label={t('composer.uploading')} />}
            {f.state === 'done' && <IconPaperclip size={13} aria-hidden />}
            {f.state === 'failed' && (
              <IconAlertCircle size={13} aria-hidden color="var(--mantine-color-red-light-color)" />
            )}
            <Text size="xs" truncate maw={220}>
              {f.name}
            </Text>
            {f.state === 'failed' && (
              <Text size="xs" c="var(--mantine-color-red-light-color)">
                {describe(f.error)}
              </Text>
            )}
            <CloseButton
              size="xs"
              aria-label={t('composer.removeFile', { name: f.name })}
              onClick={() => onRemove(f.key)}
            />
          </Group>
        </li>
      ))}
    </ul>
  );
}
