/**
 * The RET travel-product advisor: the interactive variant (default) and the
 * classic one-shot form (`?variant=classic`), Dutch with an English switch
 * (`?lang=en`). The advice state lives in the URL hash. This file only
 * composes the kit's elements and the RET model; all advice comes from the core.
 * Study mode for usability tests (`?study`) lives in study/ and loads on demand;
 * so does the DMN workbench (`?workbench=dmn`, workbench/).
 */
import { type AdviceModel, type Locale, localize } from '@advice-kit/core';
import '@advice-kit/elements/define';
import type { AdviceModuleElement } from '@advice-kit/elements';
import { RET_DEFAULT_TARIFF_YEAR, retModel } from '@advice-kit/model-ret';
import { allowedModelUrl, REMOTE_MODEL_RETRIES, REMOTE_MODEL_SERVERS, REMOTE_MODEL_TIMEOUT } from './config.js';
import { type DemoStrings, demoStrings } from './strings.js';

type Variant = 'interactive' | 'classic';

const params = new URLSearchParams(location.search);
const variant: Variant = params.get('variant') === 'classic' ? 'classic' : 'interactive';
let locale: Locale = params.get('lang') === 'en' ? 'en' : 'nl';

function byId<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`demo: #${id} is missing from index.html`);
  return el as T;
}

/** A URL to this page with other query values, keeping the advice state in the hash. */
function pageUrl(changes: Record<string, string | null>): string {
  const next = new URLSearchParams(location.search);
  for (const [key, value] of Object.entries(changes)) {
    if (value === null) next.delete(key);
    else next.set(key, value);
  }
  const query = next.toString();
  return `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
}

function tariffSources(model: AdviceModel, year: number, l: Locale): string {
  const labels = (model.references ?? [])
    .filter((r) => !r.illustrative && r.year === year)
    .map((r) => localize(r.label, l).split(':')[0] ?? '')
    .filter((label, i, all) => label && all.indexOf(label) === i);
  return labels.join(', ');
}

/** Sets a text only when it differs: replacing the heading's text with the same words would repaint it late (a later Largest Contentful Paint). */
function setText(el: HTMLElement, text: string): void {
  if (el.textContent !== text) el.textContent = text;
}

function renderShell(model: AdviceModel): void {
  const s: DemoStrings = demoStrings[locale];
  document.documentElement.lang = locale;
  document.title = s.title;
  document.querySelector('meta[name="description"]')?.setAttribute('content', s.description);
  for (const el of Array.from(document.querySelectorAll<HTMLElement>('[data-text]'))) {
    const key = el.dataset.text as keyof DemoStrings;
    const value = s[key];
    if (typeof value === 'string') setText(el, value);
  }
  setText(byId('intro'), variant === 'classic' ? s.classicIntro : s.intro);
  // The classic form has no chart: its footer does not mention one.
  if (variant === 'classic') setText(byId('illustrative'), s.illustrativeClassic);
  const switcher = byId<HTMLButtonElement>('language-switch');
  setText(switcher, s.languageSwitch);
  switcher.lang = locale === 'nl' ? 'en' : 'nl';
  switcher.setAttribute('aria-label', s.languageSwitchLabel);
  byId('tariff-line').textContent = s.tariffs(RET_DEFAULT_TARIFF_YEAR, tariffSources(model, RET_DEFAULT_TARIFF_YEAR, locale));
  byId('variant-nav').setAttribute('aria-label', s.variantNav);
  const interactive = byId<HTMLAnchorElement>('link-interactive');
  const classic = byId<HTMLAnchorElement>('link-classic');
  interactive.textContent = s.interactive;
  classic.textContent = s.classic;
  interactive.href = pageUrl({ variant: null });
  classic.href = pageUrl({ variant: 'classic' });
  for (const [link, own] of [
    [interactive, 'interactive'],
    [classic, 'classic'],
  ] as const) {
    if (variant === own) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}

/** RET's customer service, for the hand-off's contact part. */
function contactOptions(): HTMLElement {
  const p = document.createElement('p');
  p.slot = 'contact';
  p.className = 'contact';
  const label = () => {
    const s = demoStrings[locale];
    const link = document.createElement('a');
    link.href = 'https://www.ret.nl';
    link.textContent = 'ret.nl';
    p.replaceChildren(s.contactBefore, link, s.contactAfter);
  };
  label();
  document.addEventListener('demo-locale', label);
  return p;
}

function createModule(model: AdviceModel): AdviceModuleElement {
  const module = document.createElement('advice-module');
  module.setAttribute('url-state', '');
  module.setAttribute('explore-factors', 'tripsPerWeek tripKm');
  module.model = model;
  module.append(contactOptions());
  return module;
}

/**
 * The one-shot form public bodies use today: every question, a submit button,
 * one definitive advice (classic/). Loaded only when shown, so the interactive
 * page never downloads it.
 */
async function mountClassic(app: HTMLElement, model: AdviceModel): Promise<void> {
  await import('./classic/classic-advice.js');
  const form = document.createElement('classic-advice');
  form.model = model;
  form.locale = locale;
  document.addEventListener('demo-locale', () => {
    form.locale = locale;
  });
  app.append(form);
}

/** A link asked for a remote model from a server the demo's configuration does not allow. */
class NotAllowed extends Error {}

/**
 * Developers' setting (`?model=`): the same RET advice from the TypeScript
 * model (default), its declarative FEEL version, or the reference server
 * (`npm run serve:ret-model`). `?modelUrl=` may only name one of the servers
 * in the demo's configuration (config.ts). The other two load lazily, so the
 * default page never downloads them.
 */
async function loadModel(): Promise<AdviceModel> {
  const source = params.get('model');
  if (source === 'declarative') return (await import('@advice-kit/model-ret/declarative')).retDeclarativeModel;
  if (source === 'remote') {
    const url = allowedModelUrl(params.get('modelUrl'), location.href);
    if (url === null) throw new NotAllowed();
    const { retRemoteModel } = await import('./ret/remote.js');
    return retRemoteModel(url, { timeout: REMOTE_MODEL_TIMEOUT, retries: REMOTE_MODEL_RETRIES, backoff: 250 });
  }
  return retModel;
}

function renderDevSettings(): void {
  const s = demoStrings[locale];
  byId('dev-settings-summary').textContent = s.devSettings;
  byId('dev-model-label').textContent = s.devModel;
  byId('dev-url-label').textContent = s.devModelUrl;
  byId('dev-apply').textContent = s.devApply;
  const select = byId<HTMLSelectElement>('dev-model');
  const labels = [s.devModelTypeScript, s.devModelDeclarative, s.devModelRemote];
  Array.from(select.options).forEach((option, i) => {
    option.textContent = labels[i] ?? option.value;
  });
}

function setUpDevSettings(): void {
  const select = byId<HTMLSelectElement>('dev-model');
  const url = byId<HTMLInputElement>('dev-url');
  select.value = params.get('model') ?? 'typescript';
  url.value = params.get('modelUrl') ?? REMOTE_MODEL_SERVERS[0] ?? '';
  byId<HTMLFormElement>('dev-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const model = select.value === 'typescript' ? null : select.value;
    location.assign(pageUrl({ model, modelUrl: model === 'remote' ? url.value : null }));
  });
}

/**
 * Study mode (`?study`, `?study=data`) for usability tests: loaded only when
 * asked for, and given the two variants exactly as mounted above.
 */
function mountStudyMode(app: HTMLElement, model: AdviceModel): void {
  void import('./study/index.js').then(({ mountStudy }) =>
    mountStudy(app, {
      model,
      locale: () => locale,
      mount: (container, v) => {
        if (v === 'classic') void mountClassic(container, model);
        else container.append(createModule(model));
      },
    }),
  );
}

/**
 * The model, or, when it cannot be loaded (the remote one's server is down),
 * a message with a button that tries again, as often as the person likes.
 */
async function loadModelOrAsk(app: HTMLElement): Promise<AdviceModel> {
  let box: HTMLElement | undefined;
  // Said at once while a model loads from a server: the page is never empty without a word.
  const loading = document.createElement('p');
  loading.className = 'model-loading';
  loading.setAttribute('role', 'status');
  const sayLoading = () => {
    loading.textContent = demoStrings[locale].modelLoading;
  };
  const slow = params.get('model') === 'remote';
  if (slow) {
    sayLoading();
    document.addEventListener('demo-locale', sayLoading);
    app.append(loading);
  }
  for (;;) {
    try {
      const model = await loadModel();
      loading.remove();
      document.removeEventListener('demo-locale', sayLoading);
      if (box) {
        box.remove();
        byId('main-heading').focus(); // the button that had focus is gone
      }
      return model;
    } catch (error) {
      loading.remove();
      if (error instanceof NotAllowed) {
        const refused = document.createElement('div');
        refused.className = 'load-error';
        refused.setAttribute('role', 'alert');
        const message = document.createElement('p');
        // The same page and answers, without the parameters that asked for the unknown server.
        const back = document.createElement('a');
        back.href = `${location.pathname}${location.hash}`;
        refused.append(message, back);
        const say = () => {
          message.textContent = demoStrings[locale].modelNotAllowed;
          back.textContent = demoStrings[locale].modelNotAllowedLink;
        };
        say();
        document.addEventListener('demo-locale', say);
        app.append(refused);
        // Nothing to try again: the page stays without advice rather than show a model from an unknown server.
        return new Promise<AdviceModel>(() => {});
      }
      console.warn('demo: the advice model could not be loaded', error);
    }
    if (!box) {
      const message = document.createElement('p');
      const retry = document.createElement('button');
      retry.type = 'button';
      retry.className = 'button-secondary';
      box = document.createElement('div');
      box.className = 'load-error';
      box.setAttribute('role', 'alert');
      box.append(message, retry);
      const label = () => {
        message.textContent = demoStrings[locale].modelUnavailable;
        retry.textContent = demoStrings[locale].retry;
      };
      label();
      document.addEventListener('demo-locale', label);
      app.append(box);
    } else {
      // Said again, so that a screen reader hears that this try failed too.
      const message = box.querySelector('p') as HTMLElement;
      message.textContent = '';
      await new Promise((resolve) => setTimeout(resolve, 50));
      message.textContent = demoStrings[locale].modelUnavailable;
    }
    const retry = box.querySelector('button') as HTMLButtonElement;
    retry.disabled = false;
    await new Promise((resolve) => retry.addEventListener('click', resolve, { once: true }));
    retry.disabled = true;
    if (slow) {
      sayLoading();
      box.before(loading);
    }
  }
}

async function main(): Promise<void> {
  renderShell(retModel);
  renderDevSettings();
  setUpDevSettings();
  let model: AdviceModel = retModel;
  byId('language-switch').addEventListener('click', () => {
    locale = locale === 'nl' ? 'en' : 'nl';
    history.replaceState(history.state, '', pageUrl({ lang: locale === 'en' ? 'en' : null }));
    renderShell(model);
    renderDevSettings();
    document.dispatchEvent(new Event('demo-locale'));
  });

  const app = byId('app');
  if (params.get('workbench') === 'dmn') {
    // The DMN workbench: its parser and adapter load only here, never in the demo's first load.
    const { mountWorkbench } = await import('./workbench/index.js');
    mountWorkbench(app, () => locale);
    return;
  }
  model = await loadModelOrAsk(app);
  renderShell(model);
  if (params.has('study')) mountStudyMode(app, model);
  else if (variant === 'classic') await mountClassic(app, model);
  else app.append(createModule(model));
}

void main();
