export declare const READ_SEQUENCE_COOKIE: string;
export declare const READ_SEQUENCE_MAX_AGE: number;
export declare function readSequenceKey(authSecret: string): Buffer;
export declare function signReadSequence(key: Buffer, seq: number, now?: number): string;
export declare function verifyReadSequence(key: Buffer, value: string, now?: number): number | null;
export declare function readSequenceFromCookies(key: Buffer, cookieHeader: string | undefined, now?: number): number | null;
export declare function readSequenceSetCookie(key: Buffer, seq: number, options: { secure: boolean; now?: number }): string;
