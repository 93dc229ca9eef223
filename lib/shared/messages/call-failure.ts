import type { CallError, CallErrorCode } from './protocol';

/** Thrown by a handler to answer with a chosen error code instead of `internal`. */
export class CallFailure extends Error {
  constructor(
    readonly code: CallErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'CallFailure';
  }
}

/** The typed error for anything a handler threw. Unexpected errors keep their message but say `internal`. */
export function toCallError(err: unknown): CallError {
  if (err instanceof CallFailure) return { code: err.code, message: err.message };
  return { code: 'internal', message: err instanceof Error ? err.message : String(err) };
}
