const registry: Array<() => void> = [];

/**
 * A bounded memo for pure string functions. Consecutive versions of a policy share almost all of their blocks, so
 * per-block work (normalising, keying) is reused from one version to the next and the cost follows the change. When
 * full, the memo starts over, so memory stays bounded whatever the input.
 */
export function memoize<T>(compute: (input: string) => T, capacity = 20_000): (input: string) => T {
  let entries = new Map<string, T>();
  registry.push(() => {
    entries = new Map();
  });
  return (input: string) => {
    const known = entries.get(input);
    if (known !== undefined) return known;
    const value = compute(input);
    if (entries.size >= capacity) entries = new Map();
    entries.set(input, value);
    return value;
  };
}

/** Empties every memo (for benchmarks that measure cold work, and for tests). */
export function clearMemos(): void {
  for (const clear of registry) clear();
}
