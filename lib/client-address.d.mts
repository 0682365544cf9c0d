export const CLIENT_ADDRESS_HEADER: string;
export function trustedProxyHops(value: string | undefined): number;
export function clientAddress(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, hops: number): string | null;
export function rateLimitKeyOf(address: string): string;
