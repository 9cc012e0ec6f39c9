import { Title } from '@mantine/core';
import { useDocumentTitle } from './use-document-title.ts';

/** The page's heading, also used as the tab title. */
export function PageHeader({ title }: { title: string }) {
  useDocumentTitle(title);
  return (
    <Title order={1} mb="md">
      {title}
    </Title>
  );
}
