/** True for a plain JSON object (not null, not an array): the shape every JSON input is checked for first. */
export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
