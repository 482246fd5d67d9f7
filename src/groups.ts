/** Adds `value` to the list kept under `key`, starting the list when it is the first. */
export function addToGroup<K, V>(groups: Map<K, V[]>, key: K, value: V): void {
  const list = groups.get(key);
  if (list) list.push(value);
  else groups.set(key, [value]);
}

/** The number of `key` in `keys`: its place there, where it is added when it is new. */
export function numberOf<K>(numbers: Map<K, number>, keys: K[], key: K): number {
  let n = numbers.get(key);
  if (n === undefined) {
    numbers.set(key, (n = keys.length));
    keys.push(key);
  }
  return n;
}
