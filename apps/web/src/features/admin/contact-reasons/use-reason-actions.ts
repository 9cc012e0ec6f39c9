import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { qk } from '../../../api/query-keys.ts';
import { updateContactReason } from '../../../api/ticket-settings.ts';
import type { ContactReason } from '../../../api/types.ts';
import { useErrorMessage } from '../../../i18n/error-message.ts';
import { moveAmongSiblings } from './reason-tree.ts';

/** Reordering and (de)activating reasons: saved at once, the tree refetched, failures announced. */
export function useReasonActions() {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: qk.contactReasons });
  const fail = (error: unknown) => notifications.show({ color: 'red', message: describe(error) });

  const move = useMutation({
    mutationFn: async (args: { siblings: ContactReason[]; id: string; step: -1 | 1 }) => {
      for (const change of moveAmongSiblings(args.siblings, args.id, args.step)) {
        await updateContactReason(change.id, { position: change.position });
      }
    },
    onSettled: refresh,
    onError: fail,
  });

  const setActive = useMutation({
    mutationFn: (args: { reason: ContactReason; active: boolean }) =>
      updateContactReason(args.reason.id, { active: args.active }),
    onSuccess: (_, { reason, active }) =>
      notifications.show({
        color: 'teal',
        message: t(active ? 'admin.contactReasons.reactivated' : 'admin.contactReasons.deactivated', {
          name: reason.name,
        }),
      }),
    onSettled: refresh,
    onError: fail,
  });

  return {
    move: (siblings: ContactReason[], id: string, step: -1 | 1) => move.mutate({ siblings, id, step }),
    setActive: (reason: ContactReason, active: boolean) => setActive.mutate({ reason, active }),
    busy: move.isPending || setActive.isPending,
  };
}
