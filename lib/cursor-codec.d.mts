export type Cursor = { at: Date; id: number };
export declare function encodeCursor(cursor: Cursor): string;
export declare function decodeCursor(value: unknown): Cursor | null;
export declare function decodeCanonicalCursor(value: unknown): Cursor | null;
