// How the tag desk writes counts and names in its messages.
export const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
export const quoted = (name: string) => `“${name}”`;
