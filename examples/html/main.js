// The page's own module script. advice-kit.js exports the core as well, so the
// RET model (built next to this file as ret-model.js) and this script share it.
import { localize } from './advice-kit.js';
import { retModel } from './ret-model.js';

const module = document.querySelector('advice-module');
module.model = retModel; // a property: models are objects, not attribute strings

const lastChange = document.getElementById('last-change');
module.addEventListener('advice-change', (event) => {
  const { action, result } = event.detail;
  const best = retModel.options.find((option) => option.id === result.best);
  lastChange.textContent = `Laatste wijziging: ${action}. Advies: ${best ? localize(best.label, 'nl') : 'geen'}.`;
});
