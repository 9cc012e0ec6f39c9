import { useMemo, useState } from 'react';
import { Button, Group, Text } from '@mantine/core';
import { IconPhotoOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { prepareMessageHtml } from './remote-images.ts';
import classes from './Ticket.module.css';

/**
 * A message body. `bodyHtml` comes sanitized from the server, so it is rendered as HTML; remote
 * images stay blocked until the agent asks for them, per message.
 */
export function MessageBody({ html }: { html: string }) {
  const { t } = useTranslation();
  const [showImages, setShowImages] = useState(false);
  const placeholder = t('timeline.imageBlocked');
  const prepared = useMemo(
    () => prepareMessageHtml(html, showImages, placeholder),
    [html, showImages, placeholder],
  );

  return (
    <>
      {prepared.blocked > 0 && (
        <Group gap="xs" className={classes.imagesNotice}>
          <IconPhotoOff size={14} stroke={1.6} aria-hidden />
          <Text size="xs" c="dimmed">
            {t('timeline.imagesBlocked', { count: prepared.blocked })}
          </Text>
          <Button size="compact-xs" variant="default" onClick={() => setShowImages(true)}>
            {t('timeline.showImages')}
          </Button>
        </Group>
      )}
      <div className={classes.body} dangerouslySetInnerHTML={{ __html: prepared.html }} />
    </>
  );
}
