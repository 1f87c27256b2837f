/**
 * Evaluates the arithmetic recorded for a derived value: numbers, + - * /, parentheses.
 * A tiny recursive-descent parser, so a formula in a CSV can never run code.
 */
export function evaluateFormula(formula: string): number | string {
  const tokens = formula.match(/\d+(?:\.\d+)?|[-+*/()]|\S/g) ?? [];
  let pos = 0;
  const peek = () => tokens[pos];
  const fail = (why: string): never => {
    throw new Error(why);
  };

  function primary(): number {
    const t = tokens[pos++];
    if (t === undefined) return fail('formula ends too early');
    if (t === '(') {
      const v = expr();
      if (tokens[pos++] !== ')') fail('missing ")"');
      return v;
    }
    if (t === '-') return -primary();
    if (/^\d/.test(t)) return Number(t);
    return fail(`unexpected "${t}"`);
  }
  function term(): number {
    let v = primary();
    while (peek() === '*' || peek() === '/') {
      const op = tokens[pos++];
      const r = primary();
      v = op === '*' ? v * r : v / r;
    }
    return v;
  }
  function expr(): number {
    let v = term();
    while (peek() === '+' || peek() === '-') {
      const op = tokens[pos++];
      const r = term();
      v = op === '+' ? v + r : v - r;
    }
    return v;
  }

  try {
    if (tokens.length === 0) return 'formula is empty';
    const v = expr();
    if (pos !== tokens.length) return `unexpected "${tokens[pos]}" in formula "${formula}"`;
    if (!Number.isFinite(v)) return `formula "${formula}" does not give a finite number`;
    return v;
  } catch (e) {
    return `cannot read formula "${formula}": ${(e as Error).message}`;
  }
}
