import '@advice-kit/elements/define';
import { retModel } from './ret/index.js';

const module = document.querySelector('advice-module');
if (module) module.model = retModel;
