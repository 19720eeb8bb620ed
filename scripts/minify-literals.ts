import { transform as transformCss } from 'lightningcss';
import { type Plugin, parseAst } from 'vite';

/**
 * A Vite (build-only) plugin that minifies the kit's Lit template literals,
 * which a JavaScript minifier leaves alone:
 * - `css` literals without interpolations go through lightningcss (the CSS
 *   minifier Vite itself uses), which also drops comments;
 * - in `html` and `svg` literals every run of whitespace that holds a line
 *   break becomes one space. HTML renders such a run exactly like one space
 *   (the kit's templates have no `<pre>` and no `white-space: pre*`), so the
 *   output is the same; only indentation goes.
 *
 * Only files under `include` are touched (the kit's own sources). A literal
 * that cannot be minified (lightningcss error) is left as it is.
 */
export function minifyLiterals({ include = /\/packages\/elements\/src\/.*\.ts$/ }: { include?: RegExp } = {}): Plugin {
  return {
    name: 'advice-kit:minify-literals',
    apply: 'build',
    transform: {
      filter: { id: include },
      handler(code, id) {
        if (!include.test(id) || !/\b(css|html|svg)`/.test(code)) return null;
        const edits = literalEdits(code, id);
        if (edits.length === 0) return null;
        let out = code;
        for (const { start, end, text } of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, start) + text + out.slice(end);
        return { code: out, map: null };
      },
    },
  };
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

interface TemplateElement {
  start: number;
  end: number;
  value: { raw: string; cooked: string | null };
}

/** The replacements for every css/html/svg tagged template in `code` (already JavaScript). */
export function literalEdits(code: string, id = 'input.js'): Edit[] {
  const edits: Edit[] = [];
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const child of node) visit(child);
      return;
    }
    const n = node as Record<string, unknown>;
    if (n.type === 'TaggedTemplateExpression') {
      const tag = n.tag as { type: string; name?: string };
      const quasis = (n.quasi as { quasis: TemplateElement[] }).quasis;
      if (tag.type === 'Identifier' && tag.name === 'css' && quasis.length === 1 && quasis[0]) {
        const text = minifyCss(quasis[0], id);
        if (text !== null) edits.push({ start: quasis[0].start, end: quasis[0].end, text });
      } else if (tag.type === 'Identifier' && (tag.name === 'html' || tag.name === 'svg')) {
        for (const q of quasis) {
          const text = collapseWhitespace(q.value.raw);
          if (text !== q.value.raw) edits.push({ start: q.start, end: q.end, text });
        }
      }
    }
    for (const [key, value] of Object.entries(n)) if (key !== 'type' && value && typeof value === 'object') visit(value);
  };
  visit(parseAst(code, { lang: 'js' }));
  return edits;
}

function minifyCss(q: TemplateElement, id: string): string | null {
  if (q.value.cooked === null) return null;
  try {
    const { code } = transformCss({ filename: `${id}.css`, code: Buffer.from(q.value.cooked), minify: true });
    // Back into a template literal's raw text.
    return code.toString().replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');
  } catch {
    return null;
  }
}

/** Every whitespace run that holds a line break → one space (not after a backslash, where a line break is a continuation). */
function collapseWhitespace(raw: string): string {
  return raw.replace(/(?<!\\)[ \t]*\r?\n\s*/g, ' ');
}
