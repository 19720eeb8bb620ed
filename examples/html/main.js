// The page's own module script. advice-kit.js exports the core as well, so the
// RET model (built next to this file as ret-model.js) and this script share it.
import { localize, rank } from './advice-kit.js';
import { retModel } from './ret-model.js';

const module = document.querySelector('advice-module');
module.model = retModel; // a property: models are objects, not attribute strings

// The page speaks its own language: the announcement follows <html lang>.
const locale = document.documentElement.lang.startsWith('en') ? 'en' : 'nl';
const say = {
  nl: (label) => `Nieuw advies: ${label}.`,
  en: (label) => `New advice: ${label}.`,
};
const none = { nl: 'geen passend product', en: 'no suitable product' };

// Announce only when the advice itself changes, not on every answer or weight.
const lastChange = document.getElementById('last-change');
let shown;
await module.updateComplete;
if (module.state) shown = (await rank(retModel, module.state.situation, module.state.weights)).best;
module.addEventListener('advice-change', (event) => {
  const best = event.detail.result.best;
  if (best === shown) return;
  shown = best;
  const option = retModel.options.find((o) => o.id === best);
  lastChange.textContent = say[locale](option ? localize(option.label, locale) : none[locale]);
});
