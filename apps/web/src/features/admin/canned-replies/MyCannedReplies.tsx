import { Paper } from '@mantine/core';
import { CannedRepliesManager } from './CannedRepliesManager.tsx';

/**
 * The profile page's section for the canned replies an agent may change: their personal ones,
 * and for leads the shared ones too (the admin area is for admins only).
 */
export default function MyCannedReplies() {
  return (
    <Paper component="section" withBorder p="md">
      <CannedRepliesManager mode="mine" />
    </Paper>
  );
}
