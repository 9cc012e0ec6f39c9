import { CannedRepliesManager } from './CannedRepliesManager.tsx';

/** Admin › Canned replies: every reply of the organization, shared and personal. */
export default function CannedRepliesPage() {
  return <CannedRepliesManager mode="admin" />;
}
