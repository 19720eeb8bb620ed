/** Small builders of DMN 1.3 XML for the tests: enough to write a decision table as rows. */
export const DMN = 'https://www.omg.org/spec/DMN/20191111/MODEL/';

const esc = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

export function definitions(body: string, options: { ns?: string; imports?: Record<string, string> } = {}): string {
  const imports = Object.entries(options.imports ?? {})
    .map(([name, ns]) => `<import name="${name}" namespace="${ns}" importType="${DMN}"/>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="${DMN}" id="defs" name="test" namespace="${options.ns ?? 'https://example.org/test'}">${imports}${body}</definitions>`;
}

export const input = (id: string, name: string, typeRef?: string) =>
  `<inputData id="${id}" name="${name}"><variable name="${name}"${typeRef ? ` typeRef="${typeRef}"` : ''}/></inputData>`;

export const requires = (hrefs: readonly string[]) =>
  hrefs
    .map((h) =>
      h.startsWith('i:')
        ? `<informationRequirement><requiredInput href="${h.slice(2)}"/></informationRequirement>`
        : h.startsWith('k:')
          ? `<knowledgeRequirement><requiredKnowledge href="${h.slice(2)}"/></knowledgeRequirement>`
          : `<informationRequirement><requiredDecision href="${h}"/></informationRequirement>`,
    )
    .join('');

export const literal = (text: string) => `<literalExpression><text>${esc(text)}</text></literalExpression>`;

export function decision(id: string, name: string, hrefs: readonly string[], logic: string, typeRef?: string): string {
  const body = logic.replaceAll(' id="', ` id="${id}-`);
  return `<decision id="${id}" name="${name}"><variable name="${name}"${typeRef ? ` typeRef="${typeRef}"` : ''}/>${requires(hrefs)}${body}</decision>`;
}

export interface TableSpec {
  readonly hitPolicy?: string;
  readonly aggregation?: string;
  readonly inputs: readonly (string | { readonly expr: string; readonly values?: string; readonly typeRef?: string })[];
  readonly outputs: readonly (
    | string
    | { readonly name: string; readonly values?: string; readonly typeRef?: string; readonly default?: string }
  )[];
  /** Each rule: input entries then output entries. */
  readonly rules: readonly (readonly string[])[];
}

export function table(spec: TableSpec): string {
  const inputs = spec.inputs.map((i, k) => {
    const x = typeof i === 'string' ? { expr: i } : i;
    return `<input id="in${k}" label="${esc(x.expr)}"><inputExpression${x.typeRef ? ` typeRef="${x.typeRef}"` : ''}><text>${esc(x.expr)}</text></inputExpression>${x.values ? `<inputValues><text>${esc(x.values)}</text></inputValues>` : ''}</input>`;
  });
  const outputs = spec.outputs.map((o, k) => {
    const x = typeof o === 'string' ? { name: o } : o;
    return `<output id="out${k}" name="${x.name}"${x.typeRef ? ` typeRef="${x.typeRef}"` : ''}>${x.values ? `<outputValues><text>${esc(x.values)}</text></outputValues>` : ''}${x.default ? `<defaultOutputEntry><text>${esc(x.default)}</text></defaultOutputEntry>` : ''}</output>`;
  });
  const n = spec.inputs.length;
  const rules = spec.rules.map(
    (r, k) =>
      `<rule id="r${k + 1}">${r
        .slice(0, n)
        .map((t) => `<inputEntry><text>${esc(t)}</text></inputEntry>`)
        .join('')}${r
        .slice(n)
        .map((t) => `<outputEntry><text>${esc(t)}</text></outputEntry>`)
        .join('')}</rule>`,
  );
  return `<decisionTable id="table" hitPolicy="${spec.hitPolicy ?? 'UNIQUE'}"${spec.aggregation ? ` aggregation="${spec.aggregation}"` : ''}>${inputs.join('')}${outputs.join('')}${rules.join('')}</decisionTable>`;
}
