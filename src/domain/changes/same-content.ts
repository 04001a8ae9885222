/**
 * A value as text with every object's keys in order, so two values compare by what they hold,
 * not by the order a writer put their keys in (the app, a script and a hand edit each order them
 * their own way). Keys whose value is undefined are left out, as JSON leaves them out.
 */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record)
      .filter((k) => record[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(record[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export function sameContent(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}
