import type { ReturnRefundState, WithdrawalState } from '@kontakt/contracts';

export const WITHDRAWAL_COLOR: Record<WithdrawalState, string> = {
  open: 'blue',
  due_soon: 'orange',
  exercised_in_time: 'green',
  exercised_late: 'yellow',
  lapsed: 'gray',
};

export const REFUND_COLOR: Record<ReturnRefundState, string> = {
  not_started: 'gray',
  running: 'blue',
  due_soon: 'orange',
  paid_in_time: 'green',
  paid_late: 'yellow',
  overdue: 'red',
};
