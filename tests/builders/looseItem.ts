/**
 * A list item as a test writes it: any field with any value, the way a draft or an old plan file
 * may hold it, so a test can show that a rule copes with what its schema would not give.
 */
export type LooseItem = { id: string } & Record<string, unknown>;
