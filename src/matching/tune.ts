// TEMPORARY tuning hook: remove before committing.
const values = JSON.parse(process.env.DL_TUNE ?? '{}') as Record<string, number>;
export function tune(name: string, fallback: number): number {
  return values[name] ?? fallback;
}
