import type { ErrorCode } from '@kontakt/contracts';

/** A failure with an HTTP status and a stable code; the error handler renders it as the error shape. */
export class AppError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }
}

/** Hidden and missing look the same: "not found". */
export const notFound = (what = 'Resource') => new AppError(404, 'not_found', `${what} not found.`);
export const forbidden = (message = 'You are not allowed to do this.') =>
  new AppError(403, 'forbidden', message);
export const conflict = (message: string, details?: unknown) =>
  new AppError(409, 'conflict', message, details);
export const badRequest = (message: string, details?: unknown) =>
  new AppError(400, 'validation_failed', message, details);
