/** A string from UTF-16 units, in slices small enough to pass as arguments. */
export function fromCharCodes(units: Uint16Array | number[]): string {
  // apply, not spread: spreading a typed array walks an iterator, several times slower.
  const chars = (part: Uint16Array | number[]) => String.fromCharCode.apply(null, part as number[]);
  if (units.length <= 8192) return chars(units);
  let s = '';
  for (let i = 0; i < units.length; i += 8192) s += chars(units.slice(i, i + 8192));
  return s;
}
