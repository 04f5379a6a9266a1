// The anchors of the literate model's sections and entries, the same in Markdown and HTML.

/** The anchor of a clause's section. */
export const clauseAnchor = (id: string): string => `clause-${id.replace(/[^A-Za-z0-9]+/g, '-')}`;
/** The anchor of a reading, under its home clause. */
export const readingAnchor = (id: string): string => `reading-${id}`;
/** The anchor of a fixed choice, under its home clause. */
export const choiceAnchor = (id: string): string => `choice-${id}`;
/** The anchor of a case kind in the introduction. */
export const kindAnchor = (kind: string): string => `kind-${kind}`;
