export function tokensInSources(dir?: string): Map<string, { defaults: Set<string>; files: Set<string> }>;
export function documentedTokens(manifest?: unknown): Map<string, { description: string; elements: string[] }>;
export function varsIn(text: string): { name: string; fallback: string | null }[];
