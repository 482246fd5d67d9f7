import type { RenderData } from './types.js';

/**
 * A mistake of the user's (a missing path, a bad config, an unknown rule) or a broken
 * installation (a file of duty-lint's own missing): the CLI prints
 * its message on one line and exits 2, with no stack trace. `detail`, when given, is a
 * message of its own that fills the `{message}` placeholder.
 */
export class UsageError extends Error {
  constructor(
    readonly messageId: string,
    readonly data: RenderData = {},
    readonly detail?: { messageId: string; data: RenderData },
  ) {
    super(messageId);
    this.name = 'UsageError';
  }
}
