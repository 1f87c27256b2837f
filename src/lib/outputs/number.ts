/**
 * Canonical text of a number as the data files write it: `.` as the decimal mark, no
 * thousands separator, no exponent, and the shortest digits that read back to the same
 * number. JavaScript's `String(n)` already gives the shortest round-trip digits (so
 * `72.23` stays `72.23`, never `72.23000000000000398`); only its exponent forms
 * (`1e21`, `1.5e-7`) are expanded here.
 */
export function canonicalNumber(n: number): string {
  if (!Number.isFinite(n)) throw new RangeError(`not a finite number: ${n}`);
  if (Object.is(n, -0)) return '0';
  const text = String(n);
  const e = text.indexOf('e');
  if (e === -1) return text;
  const negative = text.startsWith('-');
  const mantissa = text.slice(negative ? 1 : 0, e);
  const exponent = Number(text.slice(e + 1));
  const dot = mantissa.indexOf('.');
  const digits = mantissa.replace('.', '');
  // Position of the decimal point within `digits` once the exponent is applied.
  const point = (dot === -1 ? mantissa.length : dot) + exponent;
  let out: string;
  if (point <= 0) out = `0.${'0'.repeat(-point)}${digits}`;
  else if (point >= digits.length) out = digits + '0'.repeat(point - digits.length);
  else out = `${digits.slice(0, point)}.${digits.slice(point)}`;
  return negative ? `-${out}` : out;
}
