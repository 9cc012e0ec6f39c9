/** Checks a file against the channel's upload rules before it is uploaded. */
import type { ChatUploadConfig } from '@kontakt/contracts';
import type { T } from './i18n.ts';

/** Whether `type` matches one of the allowed types (`image/*` wildcards allowed). */
export function typeAllowed(type: string, allowed: readonly string[]): boolean {
  const t = type.toLowerCase();
  return allowed.some((a) => {
    const rule = a.toLowerCase();
    return rule.endsWith('/*') ? t.startsWith(rule.slice(0, -1)) : t === rule;
  });
}

/** Why a file may not be sent, or null when it may. */
export function checkFile(
  t: T,
  file: { name: string; size: number; type: string },
  uploads: ChatUploadConfig,
): string | null {
  if (!typeAllowed(file.type || 'application/octet-stream', uploads.allowedTypes)) {
    return t('fileType', { file: file.name });
  }
  if (file.size > uploads.maxBytes) {
    const max = `${Math.round((uploads.maxBytes / 1024 / 1024) * 10) / 10} MB`;
    return t('fileTooLarge', { file: file.name, max });
  }
  return null;
}
