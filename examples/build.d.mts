export declare const EXAMPLES: readonly ('html' | 'react' | 'vue')[];
export declare function buildHtml(): Promise<string>;
export declare function buildApp(name: 'react' | 'vue'): Promise<string>;
/** Builds one example into examples/<name>/dist and returns that folder. */
export declare function buildExample(name: 'html' | 'react' | 'vue'): Promise<string>;
