// The toolbar's theme switcher: every story inside the page of a real NL
// Design System theme (the token packages from npm, as an organisation's site
// loads them), or the kit's own default and RET themes. The elements read the
// theme's tokens by themselves (see packages/elements/src/shared/styles.ts);
// nothing here sets an --advice-* token, except the RET theme, which is one.
import '@nl-design-system-unstable/rotterdam-design-tokens/dist/design-tokens.css';
import '@rijkshuisstijl-community/design-tokens/dist/index.css';
import '@utrecht/design-tokens/dist/index.css';
import '@gemeente-denhaag/design-tokens-components/dist/theme/index.css';
import '@nl-rvo/design-tokens/dist/index.css';
import '../stories/themes/ret.css';
import amsterdamTokens from '@amsterdam/design-system-tokens/dist/index.css?inline';
import { withThemeByClassName } from '@storybook/addon-themes';
import type { Decorator } from '@storybook/web-components-vite';
import amsterdamMapping from '../packages/elements/themes/amsterdam.css?inline';

/** Toolbar name → the class on <html> that switches the theme on. */
export const THEMES = {
  'advice-kit default': '',
  RET: 'theme-ret',
  Rotterdam: 'rotterdam-theme',
  Rijkshuisstijl: 'rhc-theme',
  Utrecht: 'utrecht-theme',
  'Den Haag': 'denhaag-theme',
  RVO: 'rvo-theme',
  Amsterdam: 'ams-theme',
} as const;

export const withThemeClass: Decorator = withThemeByClassName({ themes: THEMES, defaultTheme: 'advice-kit default' });

/**
 * Amsterdam's tokens sit on :root and the kit's Amsterdam mapping on the
 * elements themselves (as a site loads them), so they are in the page only
 * while Amsterdam is chosen.
 */
export const withAmsterdam: Decorator = (story, { globals }) => {
  const on = globals.theme === 'Amsterdam';
  let sheet = document.getElementById('advice-kit-amsterdam') as HTMLStyleElement | null;
  if (on && !sheet) {
    sheet = document.createElement('style');
    sheet.id = 'advice-kit-amsterdam';
    sheet.textContent = `${amsterdamTokens}\n${amsterdamMapping}`;
    document.head.append(sheet);
  } else if (!on && sheet) sheet.remove();
  return story();
};
