/** A difference with its sign always shown (+1.50, −0.25, 0.00 for zero), with a true minus sign. Pure. */
export const signed = (x: number, digits: number): string => (x === 0 ? (0).toFixed(digits) : `${x > 0 ? '+' : '−'}${Math.abs(x).toFixed(digits)}`);
