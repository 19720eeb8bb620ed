/** Reading untyped JSON from the other side of the wire: is it an object? */
export const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
