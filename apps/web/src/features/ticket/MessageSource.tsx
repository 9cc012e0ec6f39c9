import { Alert, Anchor, Center, Loader, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { qk } from '../../api/query-keys.ts';
import { useErrorMessage } from '../../i18n/error-message.ts';
import { getMessageSource, messageSourceUrl, READABLE_HEADERS, readHeaders } from './message-source.ts';
import classes from './Ticket.module.css';

/** How much of a source is shown on the page; the .eml download always has all of it. */
const SHOWN_CHARS = 200_000;

/**
 * The original of an e-mail: the headers that tell who wrote to whom and how it threads, decoded,
 * and the raw source (shortened when long) with a download of the .eml.
 */
export function MessageSource({ messageId, id }: { messageId: string; id: string }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const { data, isPending, isError, error } = useQuery({
    queryKey: qk.messageSource(messageId),
    queryFn: () => getMessageSource(messageId),
    staleTime: Infinity,
  });
  return (
    <section id={id} className={classes.source} aria-label={t('email.original')}>
      <Anchor href={messageSourceUrl(messageId)} download={`message-${messageId}.eml`} size="xs">
        <IconDownload size={13} stroke={1.6} aria-hidden /> {t('email.downloadEml')}
      </Anchor>
      {isPending ? (
        <Center py="xs">
          <Loader size="xs" aria-label={t('common.loading')} />
        </Center>
      ) : isError ? (
        <Alert color="red" role="alert" p="xs">
          {describe(error)}
        </Alert>
      ) : (
        <SourceView raw={data} />
      )}
    </section>
  );
}

function SourceView({ raw }: { raw: string }) {
  const { t } = useTranslation();
  const headers = readHeaders(raw).filter((h) =>
    READABLE_HEADERS.some((name) => name.toLowerCase() === h.name.toLowerCase()),
  );
  const shortened = raw.length > SHOWN_CHARS;
  return (
    <>
      <dl className={classes.sourceHeaders} aria-label={t('email.headers')}>
        {headers.map((h, i) => (
          <div key={`${h.name}-${i}`}>
            <dt>{h.name}</dt>
            <dd>{h.value}</dd>
          </div>
        ))}
      </dl>
      <details>
        <summary>{t('email.fullSource')}</summary>
        {shortened && (
          <Text size="xs" c="dimmed">
            {t('email.sourceShortened')}
          </Text>
        )}
        <pre className={classes.sourceRaw}>{shortened ? raw.slice(0, SHOWN_CHARS) : raw}</pre>
      </details>
    </>
  );
}
