import { Stack } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Ticket } from '@kontakt/contracts';
import { qk } from '../../api/query-keys.ts';
import { useSignedInMe } from '../auth/session.tsx';
import { listApprovals } from './approvals-api.ts';
import { ApprovalItem } from './ApprovalItem.tsx';
import { canApprove } from './can-approve.ts';

/**
 * Replies of this ticket held for approval, above the composer: the junior sees theirs waiting
 * (or returned with a note), an approver approves or returns them right here. Its query key
 * extends the timeline's, so sending from the composer refreshes it too.
 */
export function PendingReplies({ ticket }: { ticket: Ticket }) {
  const me = useSignedInMe();
  const queryClient = useQueryClient();
  const held = useQuery({
    queryKey: [...qk.timeline(ticket.id), 'approvals'],
    queryFn: () => listApprovals({ ticketId: ticket.id }),
  });
  const shown = (held.data ?? []).filter(
    (a) => a.status === 'pending' || (a.status === 'returned' && a.authorId === me.agent.id),
  );
  if (shown.length === 0) return null;
  const approver = canApprove(me);
  return (
    <Stack gap="xs" px="md" py="xs">
      {shown.slice(0, 3).map((a) => (
        <ApprovalItem
          key={a.id}
          approval={a}
          canDecide={approver && a.authorId !== me.agent.id}
          isAuthor={a.authorId === me.agent.id}
          onChanged={() => queryClient.invalidateQueries({ queryKey: qk.timeline(ticket.id) })}
        />
      ))}
    </Stack>
  );
}
