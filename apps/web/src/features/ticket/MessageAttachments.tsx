import { useState } from 'react';
import { Anchor, Button, Group, Text, UnstyledButton } from '@mantine/core';
import { IconExternalLink, IconFileTypePdf, IconPaperclip, IconX } from '@tabler/icons-react';
import type { Message } from '@kontakt/contracts';
import { useTranslation } from 'react-i18next';
import classes from './Ticket.module.css';

type Attachment = Message['attachments'][number];

/** How an attachment can be looked at without leaving Kontakt. */
export type PreviewKind = 'image' | 'pdf' | 'none';

const IMAGES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp']);

/**
 * Images the browser decodes safely show as a thumbnail, PDFs in the browser's own viewer, and
 * everything else (SVG and HTML included, which could run script) only downloads. The server
 * applies the same list when it answers `?inline=1`.
 */
export function previewKind(contentType: string): PreviewKind {
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  if (IMAGES.has(type)) return 'image';
  return type === 'application/pdf' ? 'pdf' : 'none';
}

const inlineUrl = (a: Attachment) => `${a.url}${a.url.includes('?') ? '&' : '?'}inline=1`;

const numberFormat = new Map<string, Intl.NumberFormat>();
function formatSize(bytes: number, locale: string): string {
  let f = numberFormat.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    numberFormat.set(locale, f);
  }
  return bytes < 1024 * 1024 ? `${f.format(bytes / 1024)} kB` : `${f.format(bytes / 1024 / 1024)} MB`;
}

/**
 * A message's files: image thumbnails and PDF previews open inline under the list (no dialog),
 * one at a time; every file can be downloaded.
 */
export function MessageAttachments({ attachments, locale }: { attachments: Attachment[]; locale: string }) {
  const { t } = useTranslation();
  const [openId, setOpenId] = useState<string | null>(null);
  const shown = attachments.find((a) => a.id === openId);
  const toggle = (id: string) => setOpenId((current) => (current === id ? null : id));

  return (
    <div className={classes.attachmentBlock}>
      <ul className={classes.attachments} aria-label={t('timeline.attachments')}>
        {attachments.map((a) => {
          const kind = previewKind(a.contentType);
          return (
            <li key={a.id} data-preview={kind}>
              {kind === 'image' && (
                <UnstyledButton
                  className={classes.thumb}
                  onClick={() => toggle(a.id)}
                  aria-expanded={openId === a.id}
                  aria-label={t('ticket.attachments.show', { name: a.filename })}
                >
                  <img src={inlineUrl(a)} alt="" loading="lazy" />
                </UnstyledButton>
              )}
              {kind === 'pdf' && <IconFileTypePdf size={14} stroke={1.6} aria-hidden />}
              {kind === 'none' && <IconPaperclip size={13} stroke={1.6} aria-hidden />}
              <Anchor href={a.url} size="xs" download={a.filename}>
                {a.filename}
              </Anchor>
              <Text span size="xs" c="dimmed">
                {formatSize(a.size, locale)}
              </Text>
              {kind === 'pdf' && (
                <Button
                  size="compact-xs"
                  variant="subtle"
                  onClick={() => toggle(a.id)}
                  aria-expanded={openId === a.id}
                >
                  {openId === a.id ? t('ticket.attachments.hide') : t('ticket.attachments.preview')}
                </Button>
              )}
            </li>
          );
        })}
      </ul>
      {shown && <AttachmentViewer attachment={shown} onClose={() => setOpenId(null)} />}
    </div>
  );
}

/** The opened file, full width under the message: the image itself, or the PDF in the browser's viewer. */
function AttachmentViewer({ attachment, onClose }: { attachment: Attachment; onClose: () => void }) {
  const { t } = useTranslation();
  const kind = previewKind(attachment.contentType);
  return (
    <figure
      className={classes.viewer}
      aria-label={t('ticket.attachments.viewer', { name: attachment.filename })}
    >
      {kind === 'image' ? (
        <img src={inlineUrl(attachment)} alt={attachment.filename} className={classes.viewerImage} />
      ) : (
        <iframe src={inlineUrl(attachment)} title={attachment.filename} className={classes.viewerFrame} />
      )}
      <Group component="figcaption" gap="xs" justify="space-between" mt={4}>
        <Text size="xs" c="dimmed" truncate>
          {attachment.filename}
        </Text>
        <Group gap={4}>
          <Anchor href={inlineUrl(attachment)} target="_blank" rel="noopener" size="xs">
            <IconExternalLink size={12} aria-hidden /> {t('ticket.attachments.newTab')}
          </Anchor>
          <Button
            size="compact-xs"
            variant="subtle"
            leftSection={<IconX size={12} aria-hidden />}
            onClick={onClose}
          >
            {t('ticket.attachments.hide')}
          </Button>
        </Group>
      </Group>
    </figure>
  );
}
