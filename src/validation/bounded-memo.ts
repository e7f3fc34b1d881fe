/**
 * Remembers the answers of a pure function of a short string. Simulator traffic names the same few
 * functions over and over, and the name checks are regular expressions costlier than a Map lookup.
 * Bounded: at `maxEntries` it starts over, and keys over `maxKeyLength` are never kept, so hostile
 * input costs memory no more than a normal request does.
 */
export function boundedMemo<T>(compute: (key: string) => T, limits: { maxEntries: number; maxKeyLength: number }): (key: string) => T {
  const answers = new Map<string, T>();
  return (key) => {
    const known = answers.get(key);
    if (known !== undefined || answers.has(key)) return known as T;
    const answer = compute(key);
    if (key.length <= limits.maxKeyLength) {
      if (answers.size >= limits.maxEntries) answers.clear();
      answers.set(key, answer);
    }
    return answer;
  };
}

/** The bounds every validation memo uses: any FunctionName or Qualifier AWS accepts fits in 256 characters. */
export const validationMemoLimits = { maxEntries: 1024, maxKeyLength: 256 };
