/**
 * A mistake of the user's (a missing path, a bad config, an unknown rule): the CLI prints
 * its message on one line and exits 2, with no stack trace.
 */
export class UsageError extends Error {
  constructor(readonly messageId: string, readonly data: Record<string, string | number> = {}) {
    super(messageId);
    this.name = 'UsageError';
  }
}
