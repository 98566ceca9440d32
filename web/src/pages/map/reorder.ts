/** The list with the items at positions a and b swapped. */
export function swapped<T>(list: readonly T[], a: number, b: number): T[] {
  const next = [...list];
  const [first, second] = [next[a], next[b]];
  if (first === undefined || second === undefined) return next;
  next[a] = second;
  next[b] = first;
  return next;
}
