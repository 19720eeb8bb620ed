/** Texts of the DMN workbench, Dutch (B1) first, English beside. */
import type { BuiltInLocale as Locale } from '@advice-kit/core';
import type { DmnProblemCode } from '@advice-kit/declarative/dmn';

export interface WorkbenchStrings {
  heading: string;
  intro: string;
  files: string;
  filesHelp: string;
  example: string;
  loading: string;
  loaded: (files: string) => string;
  needDmn: string;
  needMapping: string;
  errorsHeading: string;
  share: string;
  copy: string;
  copied: string;
  shareHelp: string;
  badJson: (file: string) => string;
  badLink: string;
  whereFile: (file: string, element?: string) => string;
  whereMapping: (path: string) => string;
  details: string;
  codes: Record<DmnProblemCode | 'mapping' | 'json', string>;
}

export const workbenchStrings: Record<Locale, WorkbenchStrings> = {
  nl: {
    heading: 'DMN-werkbank',
    intro:
      'Kies uw DMN-bestanden (.dmn) en uw mapping (.json). U ziet meteen de adviesmodule met de kantelpunten. Alles blijft in uw browser.',
    files: 'DMN-bestanden en mapping',
    filesHelp: 'U kunt meer bestanden tegelijk kiezen, of ze op dit vak slepen.',
    example: 'Voorbeeld van RET laden',
    loading: 'De bestanden worden gelezen…',
    loaded: (files) => `Geladen: ${files}.`,
    needDmn: 'Kies nog een DMN-bestand (.dmn).',
    needMapping: 'Kies nog een mapping (.json): die zegt welke vragen en opties de module heeft.',
    errorsHeading: 'Deze bestanden kunnen we niet gebruiken',
    share: 'Link om te delen',
    copy: 'Link kopiëren',
    copied: 'De link is gekopieerd.',
    shareHelp: 'In de link zitten uw bestanden. Wie de link opent, ziet dezelfde module. De link gaat niet naar een server.',
    badJson: (file) => `De mapping ${file} is geen geldige JSON.`,
    badLink: 'De gedeelde link is niet compleet. Kies de bestanden opnieuw.',
    whereFile: (file, element) => (element ? `In ${file}, bij onderdeel ${element}` : `In ${file}`),
    whereMapping: (path) => `In de mapping, bij ${path || 'het begin'}`,
    details: 'Technische uitleg (Engels)',
    codes: {
      xml: 'Dit is geen DMN 1.3-bestand, of de XML klopt niet.',
      unsafe: 'Dit weigeren we voor de veiligheid: het is te groot of het heeft een DOCTYPE.',
      unsupported: 'Dit deel van DMN kunnen we nog niet uitrekenen.',
      reference: 'Een verwijzing of import wijst naar iets dat er niet is.',
      feel: 'Een formule (FEEL) klopt niet.',
      type: 'Een type (typeRef) is onbekend.',
      cycle: 'Een beslissing hangt van zichzelf af.',
      mapping: 'De mapping past niet bij de DMN-bestanden.',
      json: 'De mapping is geen geldige JSON.',
    },
  },
  en: {
    heading: 'DMN workbench',
    intro:
      'Choose your DMN files (.dmn) and your mapping (.json). You see the advice module with its tipping points at once. Everything stays in your browser.',
    files: 'DMN files and mapping',
    filesHelp: 'You can choose several files at once, or drag them onto this box.',
    example: 'Load the RET example',
    loading: 'Reading the files…',
    loaded: (files) => `Loaded: ${files}.`,
    needDmn: 'Also choose a DMN file (.dmn).',
    needMapping: 'Also choose a mapping (.json): it says which questions and options the module has.',
    errorsHeading: 'These files cannot be used',
    share: 'Link to share',
    copy: 'Copy link',
    copied: 'The link has been copied.',
    shareHelp: 'The link holds your files. Whoever opens it sees the same module. The link is not sent to a server.',
    badJson: (file) => `The mapping ${file} is not valid JSON.`,
    badLink: 'The shared link is not complete. Choose the files again.',
    whereFile: (file, element) => (element ? `In ${file}, at element ${element}` : `In ${file}`),
    whereMapping: (path) => `In the mapping, at ${path || 'the top'}`,
    details: 'Technical detail',
    codes: {
      xml: 'This is not a DMN 1.3 file, or its XML is not right.',
      unsafe: 'This is refused for safety: it is too large or it has a DOCTYPE.',
      unsupported: 'This part of DMN cannot be evaluated yet.',
      reference: 'A reference or import points to something that is not there.',
      feel: 'A formula (FEEL) is not right.',
      type: 'A type (typeRef) is unknown.',
      cycle: 'A decision depends on itself.',
      mapping: 'The mapping does not fit the DMN files.',
      json: 'The mapping is not valid JSON.',
    },
  },
};
