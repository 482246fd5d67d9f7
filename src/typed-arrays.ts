/** A typed array of `length`, holding `array`'s elements first: for arrays filled before their size is known. */
export function grown<T extends Int32Array | Float64Array>(array: T, length: number): T {
  const bigger = new (array.constructor as new (n: number) => T)(length);
  bigger.set(array);
  return bigger;
}
