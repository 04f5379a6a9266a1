/** Shared number formats and sizes of the report's charts, so every chart reads the same. */

/** A share as a percentage with one decimal ("45.3%"). */
export const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

/** A coordinate, rounded to a tenth of a pixel: short, and the same bytes on every platform. */
export const px = (x: number): string => String(Math.round(x * 10) / 10);

/** Days with one decimal ("41.2 d"). */
export const days = (x: number): string => `${x.toFixed(1)} d`;

/** The chart text size in pixels: charts are drawn at their natural width, never shrunk, so this is what a reader sees. */
export const fontSize = 14;

/** About how wide a label of `text` is at `fontSize` in a sans-serif face (to leave room for it; a little generous). */
export const textWidth = (text: string): number => Math.ceil(text.length * fontSize * 0.6);

/** Colours for a kind's outcomes or states, by position: distinct in print and for common colour blindness (Okabe–Ito). */
export const palette = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'] as const;

/** The colour of the i-th item. */
export const colour = (i: number): string => palette[i % palette.length]!;
