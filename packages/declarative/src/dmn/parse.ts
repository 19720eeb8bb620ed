/**
 * Reading DMN files: XML safety first (no DOCTYPE, hence no entity
 * expansion; bounded sizes), then `dmn-moddle`, then imports resolved by
 * namespace and every DRG element registered under `namespace#id`.
 */
import { DmnModdle } from 'dmn-moddle';
import type { DmnLimits, DmnProblem } from './errors.js';

/** A moddle element, as read (its shape is DMN 1.3's; only the parts we read are typed). */
// biome-ignore lint/suspicious/noExplicitAny: moddle's element tree is untyped
export type Raw = any;

export const DMN13_NS = 'https://www.omg.org/spec/DMN/20191111/MODEL/';
const FEEL_LANGUAGES = new Set([undefined, '', 'https://www.omg.org/spec/DMN/20191111/FEEL/', 'http://www.omg.org/spec/FEEL/20140401']);
export const isFeelLanguage = (language: unknown) => FEEL_LANGUAGES.has(language as string | undefined);

export type ElementKind = 'input' | 'decision' | 'bkm' | 'service';

/** A DRG element of one of the files. */
export interface DrgElement {
  readonly kind: ElementKind;
  readonly file: string;
  readonly ns: string;
  readonly id: string;
  readonly name: string;
  readonly raw: Raw;
  /** The definitions (file) it belongs to. */
  readonly definitions: ParsedFile;
}

export interface ParsedFile {
  readonly file: string;
  readonly ns: string;
  readonly name: string;
  readonly raw: Raw;
  /** Import name (FEEL prefix) → namespace. */
  readonly imports: ReadonlyMap<string, string>;
  readonly elements: DrgElement[];
}

const KINDS: Record<string, ElementKind> = {
  'dmn:InputData': 'input',
  'dmn:Decision': 'decision',
  'dmn:BusinessKnowledgeModel': 'bkm',
  'dmn:DecisionService': 'service',
};

const where = (file: string, element?: string) => (element ? { file, element } : { file });

/** Refuses what could expand or blow up before any XML parser sees it. */
function unsafe(file: string, xml: string, limits: DmnLimits): DmnProblem | null {
  if (xml.length > limits.fileChars)
    return { ...where(file), code: 'unsafe', message: `the file has ${xml.length} characters; at most ${limits.fileChars} are read` };
  if (/<!DOCTYPE/i.test(xml) || /<!ENTITY/i.test(xml))
    return {
      ...where(file),
      code: 'unsafe',
      message: 'the file has a DOCTYPE or entity declaration; DMN needs neither and they are refused (no entity expansion)',
    };
  const elements = xml.match(/<[A-Za-z_]/g)?.length ?? 0;
  if (elements > limits.elements)
    return { ...where(file), code: 'unsafe', message: `the file has ${elements} XML elements; at most ${limits.elements} are read` };
  return null;
}

const firstLine = (s: string) => s.split('\n')[0] ?? s;

/** Parses every file; problems of one file do not stop the others. */
export async function parseFiles(
  files: Readonly<Record<string, string>>,
  limits: DmnLimits,
): Promise<{ parsed: ParsedFile[]; problems: DmnProblem[] }> {
  const problems: DmnProblem[] = [];
  const parsed: ParsedFile[] = [];
  const names = Object.keys(files);
  if (names.length === 0) return { parsed, problems: [{ file: '', code: 'xml', message: 'no DMN files were given' }] };
  if (names.length > limits.files)
    return {
      parsed,
      problems: [{ file: '', code: 'unsafe', message: `${names.length} files were given; at most ${limits.files} are read` }],
    };
  const moddle = new DmnModdle();
  for (const file of names) {
    const xml = files[file];
    if (typeof xml !== 'string') {
      problems.push({ file, code: 'xml', message: 'the file is not text' });
      continue;
    }
    const refused = unsafe(file, xml, limits);
    if (refused) {
      problems.push(refused);
      continue;
    }
    if (!xml.includes(DMN13_NS)) {
      problems.push({
        file,
        code: 'xml',
        message: `not a DMN 1.3 file: its elements must be in the namespace ${DMN13_NS} (DMN 1.1, 1.2 and 1.4 files are not read)`,
      });
      continue;
    }
    let raw: Raw;
    try {
      const result = await moddle.fromXML(xml, 'dmn:Definitions');
      raw = result.rootElement;
      for (const w of result.warnings ?? []) {
        const full = String(w.message ?? w);
        const line = /line: (\d+)/.exec(full)?.[1];
        const nested = /nested error: (.*)/.exec(full)?.[1];
        const text =
          nested && !/unknown type/.test(nested) ? nested : firstLine(full).replace('unparsable content', 'unknown or misplaced element');
        problems.push({ file, code: 'unsupported', message: `${text}${line ? ` (line ${line})` : ''}` });
      }
    } catch (error) {
      const message = error instanceof Error ? firstLine(error.message) : String(error);
      problems.push({ file, code: 'xml', message: `not well-formed DMN XML: ${message}` });
      continue;
    }
    if (raw?.$type !== 'dmn:Definitions') {
      problems.push({ file, code: 'xml', message: 'the file has no <definitions> root element' });
      continue;
    }
    const imports = new Map<string, string>();
    for (const imp of raw.import ?? []) {
      if (imp.importType !== DMN13_NS) {
        problems.push({
          ...where(file, imp.name),
          code: 'unsupported',
          message: `import of type ${JSON.stringify(imp.importType)}: only DMN 1.3 models can be imported`,
        });
        continue;
      }
      if (!imp.name || !imp.namespace) {
        problems.push({ ...where(file), code: 'reference', message: 'an import needs a name (its FEEL prefix) and a namespace' });
        continue;
      }
      imports.set(imp.name, imp.namespace);
    }
    const definitions: ParsedFile = { file, ns: String(raw.namespace ?? ''), name: String(raw.name ?? file), raw, imports, elements: [] };
    if (!definitions.ns) problems.push({ ...where(file), code: 'reference', message: '<definitions> has no namespace' });
    if (raw.expressionLanguage !== undefined && !isFeelLanguage(raw.expressionLanguage))
      problems.push({
        ...where(file),
        code: 'unsupported',
        message: `expression language ${JSON.stringify(raw.expressionLanguage)}: only FEEL is evaluated`,
      });
    for (const el of raw.drgElement ?? []) {
      const kind = KINDS[el.$type];
      const label = el.id ?? el.name;
      if (!kind) {
        // Knowledge sources and artifacts document the model and take no part in evaluation.
        if (el.$type !== 'dmn:KnowledgeSource')
          problems.push({ ...where(file, label), code: 'unsupported', message: `${el.$type.replace('dmn:', '')} is not supported` });
        continue;
      }
      if (!el.id) {
        problems.push({
          ...where(file, el.name),
          code: 'reference',
          message: `a ${kind === 'bkm' ? 'business knowledge model' : kind} without an id`,
        });
        continue;
      }
      if (!el.name) {
        problems.push({ ...where(file, el.id), code: 'reference', message: 'an element without a name (FEEL refers to it by name)' });
        continue;
      }
      definitions.elements.push({ kind, file, ns: definitions.ns, id: el.id, name: String(el.name).trim(), raw: el, definitions });
    }
    parsed.push(definitions);
  }
  // Namespaces must be unique, and every import must be one of the files.
  const byNs = new Map<string, ParsedFile>();
  for (const d of parsed) {
    const other = byNs.get(d.ns);
    if (other) problems.push({ file: d.file, code: 'reference', message: `the namespace ${d.ns} is also that of ${other.file}` });
    else byNs.set(d.ns, d);
  }
  for (const d of parsed) {
    for (const [prefix, ns] of d.imports) {
      if (!byNs.has(ns))
        problems.push({
          ...where(d.file, prefix),
          code: 'reference',
          message: `the import "${prefix}" needs the file with namespace ${ns}, which was not given`,
        });
    }
  }
  return { parsed, problems };
}
