/**
 * The `--format` names each command offers. Kept apart from the formatters so that
 * `--help` does not load them; test/report/format-names.test.ts checks them against the
 * formatters.
 */
export const FORMAT_NAMES = {
  lint: ['stylish', 'json'],
  graph: ['stylish', 'json'],
  explain: ['stylish', 'json'],
  rules: ['stylish', 'json'],
} as const satisfies Record<string, readonly string[]>;
