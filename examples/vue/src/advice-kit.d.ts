// The <advice-*> tags in Vue templates (GlobalComponents), with their props and events, generated from the elements' manifest.
import type {} from '@advice-kit/elements/vue';
