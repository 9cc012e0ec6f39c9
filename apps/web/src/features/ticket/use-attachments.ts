import { useState } from 'react';
import { uploadAttachment, type UploadedAttachment } from '../../api/tickets.ts';

/** A file on its way into the next message. */
export interface PendingFile {
  key: string;
  name: string;
  state: 'uploading' | 'done' | 'failed';
  uploaded?: UploadedAttachment;
  error?: unknown;
}

let counter = 0;

/** Uploads files as soon as they are chosen or dropped; the message then refers to them by id. */
export function useAttachments(ticketId: string) {
  const [files, setFiles] = useState<PendingFile[]>([]);

  const update = (key: string, patch: Partial<PendingFile>) =>
    setFiles((list) => list.map((f) => (f.key === key ? { ...f, ...patch } : f)));

  const add = (chosen: File[]) => {
    for (const file of chosen) {
      const key = `f${++counter}`;
      setFiles((list) => [...list, { key, name: file.name, state: 'uploading' }]);
      uploadAttachment(ticketId, file).then(
        (uploaded) => update(key, { state: 'done', uploaded }),
        (error: unknown) => update(key, { state: 'failed', error }),
      );
    }
  };

  return {
    files,
    add,
    remove: (key: string) => setFiles((list) => list.filter((f) => f.key !== key)),
    clear: () => setFiles([]),
    ids: files.flatMap((f) => (f.uploaded ? [f.uploaded.id] : [])),
    uploading: files.some((f) => f.state === 'uploading'),
  };
}
