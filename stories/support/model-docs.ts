/** Markdown tables describing a model, for the Models docs pages: read from the model itself, so they cannot drift. */
import { type AdviceModel, type Factor, type Locale, localize } from '@advice-kit/core';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n+/g, ' ');

function answer(factor: Factor, locale: Locale): string {
  switch (factor.kind) {
    case 'number':
      return `number ${factor.min}–${factor.max}, step ${factor.step}${factor.unit ? ` (${localize(factor.unit, locale)})` : ''}; default ${factor.default}`;
    case 'choice':
      return `choice: ${factor.choices.map((c) => localize(c.label, locale)).join(', ')}; default ${factor.default}`;
    case 'boolean':
      return `yes/no; default ${factor.default ? 'yes' : 'no'}`;
  }
}

export function factorTable(model: AdviceModel, locale: Locale = 'en'): string {
  const rows = model.factors.map((f) => `| \`${f.id}\` | ${cell(localize(f.label, locale))} | ${cell(answer(f, locale))} |`);
  return ['| Factor | Question | Answer |', '| --- | --- | --- |', ...rows].join('\n');
}

export function criterionTable(model: AdviceModel, locale: Locale = 'en'): string {
  const rows = model.criteria.map(
    (c) =>
      `| \`${c.id}\` | ${cell(localize(c.label, locale))} | ${c.direction} is better | ${c.range.min}–${c.range.max}${c.unit ? ` ${localize(c.unit, locale)}` : ''} | ${c.defaultWeight} |`,
  );
  return ['| Criterion | Label | Direction | Range (whole weight) | Default weight |', '| --- | --- | --- | --- | --- |', ...rows].join(
    '\n',
  );
}

export function optionTable(model: AdviceModel, locale: Locale = 'en'): string {
  const rows = model.options.map((o) => `| \`${o.id}\` | ${cell(localize(o.label, locale))} | ${cell(localize(o.description, locale))} |`);
  return ['| Option | Label | Description |', '| --- | --- | --- |', ...rows].join('\n');
}

export function referenceTable(model: AdviceModel, locale: Locale = 'en'): string {
  const rows = (model.references ?? []).map(
    (r) => `| \`${r.id}\` | ${cell(localize(r.label, locale))} | ${r.year ?? ''} | ${r.illustrative ? '**example**' : 'published'} |`,
  );
  return ['| Reference | What | Year | Status |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

export function scenarioTable(model: AdviceModel, locale: Locale = 'en'): string {
  const rows = (model.scenarios ?? []).map((s) => `| ${cell(localize(s.name, locale))} | ${cell(localize(s.description, locale))} |`);
  return ['| Suggested scenario | What changes |', '| --- | --- |', ...rows].join('\n');
}
