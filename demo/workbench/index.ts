/**
 * The DMN workbench (`?workbench=dmn`): a team drops its DMN files and
 * mapping and sees the advice module live, with its tipping points; what
 * cannot be loaded is said in plain words next to the files; a link holds the
 * files to share. Loaded on demand: the demo's first load has no DMN parser.
 */
import { type AdviceModel, isAdviceError, type BuiltInLocale as Locale } from '@advice-kit/core';
import { type DmnProblem, dmnModel } from '@advice-kit/declarative/dmn';
import { h } from './dom.js';
import { decodeFiles, encodeFiles, type WorkbenchFiles } from './link.js';
import { type WorkbenchStrings, workbenchStrings } from './strings.js';

interface Problem {
  readonly code: keyof WorkbenchStrings['codes'];
  readonly where: (s: WorkbenchStrings) => string;
  readonly detail: string;
}

export function mountWorkbench(app: HTMLElement, locale: () => Locale): void {
  const s = () => workbenchStrings[locale()];
  let files: WorkbenchFiles = { dmn: {}, mapping: null };
  let problems: Problem[] = [];
  let notice: ((s: WorkbenchStrings) => string) | null = null;
  let shareHash: string | null = null;
  let model: AdviceModel | null = null;

  const heading = document.getElementById('main-heading');
  document.getElementById('intro')?.setAttribute('hidden', ''); // the demo's own intro is about the RET questions
  const intro = h('p', { class: 'workbench-intro' });
  const label = h('label', { for: 'workbench-files', class: 'workbench-label' });
  const help = h('p', { id: 'workbench-files-help', class: 'workbench-help' });
  const input = h('input', {
    id: 'workbench-files',
    type: 'file',
    multiple: true,
    accept: '.dmn,.xml,.json',
    'aria-describedby': 'workbench-files-help',
  });
  const example = h('button', { type: 'button', class: 'button-secondary' });
  const drop = h('div', { class: 'workbench-drop' }, label, help, input, example);
  const status = h('p', { role: 'status', class: 'workbench-status' });
  const errors = h('div', { role: 'alert', class: 'workbench-errors' });
  const shareLabel = h('label', { for: 'workbench-link' });
  const shareField = h('input', { id: 'workbench-link', type: 'text', readonly: true, 'aria-describedby': 'workbench-link-help' });
  const shareHelp = h('p', { id: 'workbench-link-help', class: 'workbench-help' });
  const copy = h('button', { type: 'button', class: 'button-secondary' });
  const share = h('div', { class: 'workbench-share', hidden: true }, shareLabel, shareField, shareHelp, copy);
  const moduleHost = h('div', { class: 'workbench-module' });
  const section = h('section', { class: 'workbench', 'aria-labelledby': 'main-heading' }, intro, drop, status, errors, share, moduleHost);
  app.replaceChildren(section);

  const render = () => {
    const t = s();
    if (heading) heading.textContent = t.heading;
    document.title = t.heading;
    intro.textContent = t.intro;
    label.textContent = t.files;
    help.textContent = t.filesHelp;
    example.textContent = t.example;
    shareLabel.textContent = t.share;
    shareHelp.textContent = t.shareHelp;
    copy.textContent = t.copy;
    status.textContent = notice ? notice(t) : '';
    errors.replaceChildren();
    if (problems.length > 0) {
      const list = h('ul');
      for (const p of problems) {
        list.append(
          h(
            'li',
            {},
            h('strong', {}, `${p.where(t)}: `),
            t.codes[p.code],
            h('br'),
            h('span', { class: 'workbench-detail' }, `${t.details}: ${p.detail}`),
          ),
        );
      }
      errors.append(h('h2', {}, t.errorsHeading), list);
    }
    share.hidden = shareHash === null;
    if (shareHash) shareField.value = `${location.origin}${location.pathname}${location.search}${shareHash}`;
  };
  document.addEventListener('demo-locale', render);

  const fromLoadError = (p: DmnProblem): Problem => ({ code: p.code, where: (t) => t.whereFile(p.file, p.element), detail: p.message });

  const load = async () => {
    problems = [];
    model = null;
    moduleHost.replaceChildren();
    const names = Object.keys(files.dmn);
    notice = (t) => t.loading;
    render();
    if (names.length === 0 || !files.mapping) {
      notice = (t) => [names.length === 0 ? t.needDmn : '', files.mapping ? '' : t.needMapping].filter(Boolean).join(' ');
      shareHash = null;
      render();
      return;
    }
    let mapping: unknown;
    try {
      mapping = JSON.parse(files.mapping.text);
    } catch (error) {
      const name = files.mapping.name;
      problems = [{ code: 'json', where: (t) => t.badJson(name), detail: error instanceof Error ? error.message : String(error) }];
    }
    if (problems.length === 0) {
      try {
        model = await dmnModel(files.dmn, mapping);
      } catch (error) {
        const e = error as { name?: string; problems?: readonly unknown[] };
        if (e?.name === 'DmnLoadError') problems = (e.problems as DmnProblem[]).map(fromLoadError);
        else if (isAdviceError(error))
          problems = error.problems.map((p) => ({ code: 'mapping', where: (t) => t.whereMapping(p.path), detail: p.message }));
        else problems = [{ code: 'xml', where: (t) => t.whereFile(names.join(', ')), detail: String(error) }];
      }
    }
    const all = [...names, files.mapping.name].join(', ');
    notice = problems.length === 0 ? (t) => t.loaded(all) : null;
    shareHash = await encodeFiles(files);
    if (shareHash && location.hash !== shareHash) history.replaceState(history.state, '', shareHash);
    render();
    if (model) {
      const module = document.createElement('advice-module');
      const numbers = model.factors.filter((f) => f.kind === 'number' && f.explorable !== false).map((f) => f.id);
      if (numbers.length > 0) module.setAttribute('explore-factors', numbers.slice(0, 2).join(' '));
      module.model = model;
      moduleHost.append(module);
    }
  };

  const addFiles = async (list: FileList | readonly File[]) => {
    const dmn: Record<string, string> = { ...files.dmn };
    let mapping = files.mapping;
    for (const file of Array.from(list)) {
      const text = await file.text();
      if (/\.json$/i.test(file.name)) mapping = { name: file.name, text };
      else dmn[file.name] = text;
    }
    files = { dmn, mapping };
    await load();
  };

  input.addEventListener('change', () => {
    if (input.files && input.files.length > 0) void addFiles(input.files).then(() => (input.value = ''));
  });
  drop.addEventListener('dragover', (event) => {
    event.preventDefault();
    drop.classList.add('workbench-drop-active');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('workbench-drop-active'));
  drop.addEventListener('drop', (event) => {
    event.preventDefault();
    drop.classList.remove('workbench-drop-active');
    if (event.dataTransfer?.files) void addFiles(event.dataTransfer.files);
  });
  example.addEventListener('click', () => {
    void import('@advice-kit/model-ret/dmn').then(({ RET_DMN_FILES, retDmnMapping }) => {
      files = { dmn: { ...RET_DMN_FILES }, mapping: { name: 'ret.dmn-mapping.json', text: JSON.stringify(retDmnMapping, null, 2) } };
      return load();
    });
  });
  copy.addEventListener('click', () => {
    void navigator.clipboard?.writeText(shareField.value).then(() => {
      notice = (t) => t.copied;
      render();
    });
  });

  render();
  void decodeFiles(location.hash)
    .then((shared) => {
      if (shared) {
        files = shared;
        return load();
      }
    })
    .catch(() => {
      notice = (t) => t.badLink;
      render();
    });
}
