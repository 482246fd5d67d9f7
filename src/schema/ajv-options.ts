import type { Options } from 'ajv';

/**
 * One set of options for the validators compiled at build time (scripts/build-validators.mjs)
 * and those compiled at run time when no build is there: they must behave the same.
 * verbose: errors carry their schema, which lists the allowed fields of an object.
 * unicodeRegExp off: the id patterns are ASCII, and plain regular expressions are faster.
 */
export const AJV_OPTIONS: Options = { allErrors: true, strict: true, verbose: true, unicodeRegExp: false };
