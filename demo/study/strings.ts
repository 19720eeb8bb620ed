import type { BuiltInLocale as Locale } from '@advice-kit/core';

/** Texts of the demo's study mode: the facilitator's, the participant's and the researcher's screens. */
export interface StudyStrings {
  studyHeading: string;
  setupIntro: string;
  setupHeading: string;
  participantLabel: string;
  participantHint: string;
  participantMissing: string;
  designLegend: string;
  designOrderA: string;
  designOrderB: string;
  designInteractive: string;
  designClassic: string;
  designSuggestion: (order: string, number: number) => string;
  tasksHeading: string;
  languageNote: string;
  start: string;
  unfinishedHeading: string;
  resume: (participant: string, started: string) => string;
  dataLink: string;
  newSession: string;
  badQuestionnaire: string;
  sessionMissing: string;
  storageUnavailable: string;
  /** The browser's storage is full: said where it happens. */
  storageFull: string;
  taskHeading: (n: number, total: number) => string;
  begin: string;
  yourTask: string;
  choiceHeading: string;
  choiceLegend: string;
  choiceMissing: string;
  choose: string;
  questionnaireHeading: (n: number, total: number) => string;
  questionnaireIntro: string;
  unansweredItem: string;
  unansweredSummary: (count: number) => string;
  saveAnswers: string;
  endHeading: string;
  endText: string;
  endFacilitator: string;
  dataHeading: string;
  dataIntro: string;
  noSessions: string;
  sessionsCaption: string;
  colParticipant: string;
  colStarted: string;
  colDesign: string;
  colTasks: string;
  colEvents: string;
  colStatus: string;
  colExport: string;
  designName: (design: 'single' | 'within', order: string, variant: string) => string;
  variantName: Record<'classic' | 'interactive', string>;
  statusDone: string;
  statusOpen: string;
  exportJson: string;
  exportEvents: string;
  exportAnswers: string;
  ofParticipant: (participant: string) => string;
  allHeading: string;
  allJson: string;
  allEvents: string;
  allAnswers: string;
  allMeasures: string;
  eraseAll: string;
  eraseHeading: string;
  eraseText: (sessions: number, events: number) => string;
  eraseConfirm: string;
  cancel: string;
  erased: string;
  downloaded: (file: string) => string;
}

export const studyStrings: Record<Locale, StudyStrings> = {
  nl: {
    studyHeading: 'Onderzoeksmodus',
    setupIntro:
      'Voor de onderzoeker: stel een sessie in en geef de laptop daarna aan de deelnemer. Alles wat de deelnemer doet, wordt alleen in deze browser bewaard. Er wordt niets verstuurd.',
    setupHeading: 'Nieuwe sessie',
    participantLabel: 'Deelnemercode',
    participantHint: 'Bijvoorbeeld P07. Gebruik geen naam.',
    participantMissing: 'Vul een deelnemercode in.',
    designLegend: 'Opzet',
    designOrderA: 'Beide varianten, volgorde A: eerst het klassieke formulier, dan het interactieve advies',
    designOrderB: 'Beide varianten, volgorde B: eerst het interactieve advies, dan het klassieke formulier',
    designInteractive: 'Alleen het interactieve advies',
    designClassic: 'Alleen het klassieke formulier',
    designSuggestion: (order, n) => `Voor tegenwicht is nu volgorde ${order} aan de beurt (deelnemer ${n} met beide varianten).`,
    tasksHeading: 'Opdrachten',
    languageNote: 'De deelnemer ziet de sessie in het Nederlands. Wilt u Engels? Wissel dan eerst de taal met de knop bovenaan.',
    start: 'Sessie starten',
    unfinishedHeading: 'Onderbroken sessies',
    resume: (p, started) => `Ga verder met ${p} (begonnen ${started})`,
    dataLink: 'Onderzoeksgegevens en export',
    newSession: 'Nieuwe sessie',
    badQuestionnaire: 'De vragenlijst (questionnaire.json) klopt niet. Herstel dit eerst:',
    sessionMissing: 'Deze sessie bestaat niet (meer) in deze browser.',
    storageUnavailable:
      'Deze browser kan nu geen gegevens bewaren. Wat al bewaard was, blijft bewaard. Herlaad de pagina of probeer een andere browser.',
    storageFull:
      'De opslag van deze browser is vol. Daarom kan de sessie niet starten. Wat al bewaard was, blijft bewaard. Maak ruimte: exporteer de gegevens bij ‘Onderzoeksgegevens en export’ en wis ze daarna. Of maak schijfruimte vrij op deze computer.',
    taskHeading: (n, total) => `Opdracht ${n} van ${total}`,
    begin: 'Begin met de opdracht',
    yourTask: 'Uw opdracht',
    choiceHeading: 'Uw keuze',
    choiceLegend: 'Welk reisproduct kiest u?',
    choiceMissing: 'Kies eerst een reisproduct.',
    choose: 'Dit is mijn keuze',
    questionnaireHeading: (n, total) => `Vragen over opdracht ${n} van ${total}`,
    questionnaireIntro: 'Er zijn geen goede of foute antwoorden. Het gaat om uw mening.',
    unansweredItem: 'Kies een antwoord.',
    unansweredSummary: (count) => (count === 1 ? 'Nog 1 vraag heeft geen antwoord.' : `Nog ${count} vragen hebben geen antwoord.`),
    saveAnswers: 'Antwoorden opslaan',
    endHeading: 'Bedankt voor uw hulp',
    endText: 'U bent klaar. Geef de laptop terug aan de onderzoeker.',
    endFacilitator: 'Voor de onderzoeker',
    dataHeading: 'Onderzoeksgegevens',
    dataIntro:
      'Alle sessies staan alleen in deze browser. Er wordt niets verstuurd. Exporteer de gegevens voordat u ze wist. De indeling van de bestanden staat in de README.',
    noSessions: 'Er zijn geen sessies bewaard.',
    sessionsCaption: 'Bewaarde sessies',
    colParticipant: 'Deelnemer',
    colStarted: 'Begonnen',
    colDesign: 'Opzet',
    colTasks: 'Opdrachten klaar',
    colEvents: 'Gebeurtenissen',
    colStatus: 'Status',
    colExport: 'Exporteren',
    designName: (design, order, variant) => (design === 'within' ? `Beide varianten, volgorde ${order}` : `Alleen ${variant}`),
    variantName: { classic: 'klassiek formulier', interactive: 'interactief advies' },
    statusDone: 'Klaar',
    statusOpen: 'Niet afgemaakt',
    exportJson: 'JSON',
    exportEvents: 'CSV gebeurtenissen',
    exportAnswers: 'CSV antwoorden',
    ofParticipant: (p) => ` van ${p}`,
    allHeading: 'Alle sessies',
    allJson: 'Alles als JSON',
    allEvents: 'Alle gebeurtenissen (CSV)',
    allAnswers: 'Alle antwoorden (CSV)',
    allMeasures: 'Maten per opdracht (CSV)',
    eraseAll: 'Alles wissen',
    eraseHeading: 'Alle gegevens wissen?',
    eraseText: (s, e) =>
      `Dit wist ${s} ${s === 1 ? 'sessie' : 'sessies'} met ${e} ${e === 1 ? 'gebeurtenis' : 'gebeurtenissen'} uit deze browser. Dit kunt u niet ongedaan maken. Exporteer eerst wat u wilt houden.`,
    eraseConfirm: 'Ja, alles wissen',
    cancel: 'Annuleren',
    erased: 'Alle gegevens zijn gewist.',
    downloaded: (file) => `${file} is gedownload.`,
  },
  en: {
    studyHeading: 'Study mode',
    setupIntro:
      'For the researcher: set up a session, then hand the laptop to the participant. Everything the participant does is kept in this browser only. Nothing is sent.',
    setupHeading: 'New session',
    participantLabel: 'Participant code',
    participantHint: 'For example P07. Do not use a name.',
    participantMissing: 'Enter a participant code.',
    designLegend: 'Design',
    designOrderA: 'Both variants, order A: the classic form first, then the interactive advice',
    designOrderB: 'Both variants, order B: the interactive advice first, then the classic form',
    designInteractive: 'Only the interactive advice',
    designClassic: 'Only the classic form',
    designSuggestion: (order, n) => `For counterbalancing, order ${order} is next (participant ${n} with both variants).`,
    tasksHeading: 'Tasks',
    languageNote: 'The participant sees the session in English. Want Dutch? Switch the language with the button at the top first.',
    start: 'Start session',
    unfinishedHeading: 'Interrupted sessions',
    resume: (p, started) => `Continue with ${p} (started ${started})`,
    dataLink: 'Study data and export',
    newSession: 'New session',
    badQuestionnaire: 'The questionnaire (questionnaire.json) is not right. Fix this first:',
    sessionMissing: 'This session does not exist (any more) in this browser.',
    storageUnavailable: 'This browser cannot keep data right now. What was kept before stays kept. Reload the page or try another browser.',
    storageFull:
      "This browser's storage is full, so the session cannot start. What was kept before stays kept. Make room: export the data under ‘Study data and export’, then erase it. Or free up disk space on this computer.",
    taskHeading: (n, total) => `Task ${n} of ${total}`,
    begin: 'Start the task',
    yourTask: 'Your task',
    choiceHeading: 'Your choice',
    choiceLegend: 'Which travel product do you choose?',
    choiceMissing: 'Choose a travel product first.',
    choose: 'This is my choice',
    questionnaireHeading: (n, total) => `Questions about task ${n} of ${total}`,
    questionnaireIntro: 'There are no right or wrong answers. It is about your opinion.',
    unansweredItem: 'Choose an answer.',
    unansweredSummary: (count) => (count === 1 ? '1 question has no answer yet.' : `${count} questions have no answer yet.`),
    saveAnswers: 'Save answers',
    endHeading: 'Thank you for your help',
    endText: 'You are done. Please hand the laptop back to the researcher.',
    endFacilitator: 'For the researcher',
    dataHeading: 'Study data',
    dataIntro:
      'All sessions are in this browser only. Nothing is sent. Export the data before you erase it. The README describes the file layout.',
    noSessions: 'No sessions are kept.',
    sessionsCaption: 'Sessions kept',
    colParticipant: 'Participant',
    colStarted: 'Started',
    colDesign: 'Design',
    colTasks: 'Tasks done',
    colEvents: 'Events',
    colStatus: 'Status',
    colExport: 'Export',
    designName: (design, order, variant) => (design === 'within' ? `Both variants, order ${order}` : `Only ${variant}`),
    variantName: { classic: 'classic form', interactive: 'interactive advice' },
    statusDone: 'Done',
    statusOpen: 'Not finished',
    exportJson: 'JSON',
    exportEvents: 'CSV events',
    exportAnswers: 'CSV answers',
    ofParticipant: (p) => ` of ${p}`,
    allHeading: 'All sessions',
    allJson: 'Everything as JSON',
    allEvents: 'All events (CSV)',
    allAnswers: 'All answers (CSV)',
    allMeasures: 'Measures per task (CSV)',
    eraseAll: 'Erase all',
    eraseHeading: 'Erase all data?',
    eraseText: (s, e) =>
      `This erases ${s} ${s === 1 ? 'session' : 'sessions'} with ${e} ${e === 1 ? 'event' : 'events'} from this browser. You cannot undo this. Export what you want to keep first.`,
    eraseConfirm: 'Yes, erase all',
    cancel: 'Cancel',
    erased: 'All data has been erased.',
    downloaded: (file) => `${file} has been downloaded.`,
  },
};
