/** A value as a message shows it: JSON, cut at 60 characters, NaN and ±Infinity named. */
export const showValue = (value: unknown): string => {
  // JSON would show NaN and ±Infinity (YAML's .nan and .inf, JSON's 1e999) as null.
  if (typeof value === 'number' && !Number.isFinite(value)) {
    return Number.isNaN(value) ? 'NaN (.nan, not a number)' : `${value} (.inf or an overflowing number such as 1e999)`;
  }
  const text = value === undefined ? 'nothing' : JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
};
