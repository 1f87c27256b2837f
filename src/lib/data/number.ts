/** A canonical number: optional minus, digits, optional `.` and digits. */
const CANONICAL = /^-?\d+(\.\d+)?$/;
const INTEGER = /^-?\d{1,15}$/;
const VI_THOUSANDS = /^-?\d{1,3}(\.\d{3})+$/;
const VI_DECIMAL = /^-?\d+,\d+$/;
const VI_BOTH = /^-?\d{1,3}(\.\d{3})+,\d+$/;
const EN_THOUSANDS = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/;

export interface NumberRules {
  /** Whole numbers only (counts, years). */
  integer: boolean;
  /** Most decimals a value of this indicator legitimately has. */
  maxDecimals: number;
}

export const decimalsOf = (text: string): number => {
  const dot = text.indexOf('.');
  return dot === -1 ? 0 : text.length - dot - 1;
};

/**
 * Parses a canonical number. Returns a message with a hint for the Vietnamese formats the
 * sources use (`203.027` = 203027, `72,23` = 72.23), which must never slip through as 203.027.
 */
export function parseCanonicalNumber(text: string, rules?: NumberRules): number | string {
  // Fast path for the common case (a plain integer) before the format diagnostics.
  if (INTEGER.test(text)) return Number(text);
  const t = text.trim();
  if (t === '') return 'expected a number, got an empty value (a missing value has no row: gaps stay gaps)';
  if (VI_BOTH.test(t)) {
    return `expected a number, got "${t}" (Vietnamese format? write ${t.replaceAll('.', '').replace(',', '.')})`;
  }
  if (VI_DECIMAL.test(t)) {
    return `expected a number, got "${t}" (Vietnamese decimal comma? write ${t.replace(',', '.')})`;
  }
  if (EN_THOUSANDS.test(t)) {
    return `expected a number, got "${t}" (thousands separator? write ${t.replaceAll(',', '')})`;
  }
  if (VI_THOUSANDS.test(t) && (!CANONICAL.test(t) || (rules && (rules.integer || decimalsOf(t) > rules.maxDecimals)))) {
    return `expected a number, got "${t}" (Vietnamese thousands separator? write ${t.replaceAll('.', '')})`;
  }
  if (!CANONICAL.test(t)) {
    return `expected a number, got "${t}" (use digits with "." as decimal mark; leave out the row for a missing value)`;
  }
  if (rules?.integer && t.includes('.')) return `expected a whole number, got "${t}"`;
  return Number(t);
}
