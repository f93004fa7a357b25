/**
 * Every user-facing interface string in English. Dutch (nl.ts) must have exactly the same keys;
 * the type check and test/unit/i18n.test.ts fail when one is missing. `{name}` marks a value
 * filled in by `t()`.
 */
export const en = {
  // Site-wide
  'site.name': 'MentorFit',
  'site.tagline': 'Free, practical help to choose and start a mentoring programme',
  'site.skipLink': 'Skip to main content',
  'site.mainNav': 'Main',
  'site.languageSwitch': 'Nederlands',
  'site.languageSwitchLabel': 'Lees deze pagina in het Nederlands',
  'site.footerPrivacy': 'MentorFit runs in your browser. Your answers never leave it, and there are no trackers.',
  'site.footerLicence': 'Free to use and share.',
  'nav.home': 'Home',
  'nav.guides': 'Guides',
  'nav.questionnaire': 'Readiness check',
  'nav.templates': 'Templates',
  'nav.privacy': 'Privacy',

  // Home page
  'home.title': 'Mentoring that works, starting with reverse mentoring',
  'home.lead':
    'In reverse mentoring a junior employee mentors a senior one. Done well, it gives leaders a fresh view and gives young talent a voice. Done badly, it is window dressing. MentorFit helps you tell the difference and start a pilot that lasts.',
  'home.audienceHeading': 'Where do you want to start?',
  'home.managers.title': 'I want to understand it',
  'home.managers.text': 'Short guides for managers: what reverse mentoring is, how it compares, when it works and when it fails.',
  'home.managers.cta': 'Read the guides',
  'home.organisations.title': 'Is my organisation ready?',
  'home.organisations.text': 'Answer 16 short questions and get an explained score and a pilot format that fits.',
  'home.organisations.cta': 'Take the readiness check',
  'home.facilitators.title': 'I run the sessions',
  'home.facilitators.text': 'Printable A4 worksheets for every session of a pilot, from kickoff to evaluation.',
  'home.facilitators.cta': 'Print the templates',
  'home.inOneMinute': 'Reverse mentoring in one minute',
  'home.oneMinute.what': 'A junior colleague mentors a senior one, usually once a month for three months in a pilot.',
  'home.oneMinute.why': 'Leaders learn about new technology, younger customers and the culture on the work floor; juniors learn how decisions are made.',
  'home.oneMinute.when': 'It works with support from the top, confidentiality and protected time. Without them, it fades after a few cancelled sessions.',
  'home.startGuide': 'Start with the first guide',

  // Guides
  'guides.title': 'Guides for managers',
  'guides.lead': 'Seven short guides, in reading order. Each starts with the key points and ends with its sources.',
  'guide.readingTime': '{minutes} min read',
  'guide.updated': 'Updated {date}',
  'guide.takeaways': 'Key takeaways',
  'guide.sources': 'Sources',
  'guide.sourcesIntro': 'This guide is written in our own words, based on these articles:',
  'guide.next': 'Next step',
  'guide.nextQuestionnaire': 'Check how ready your organisation is',
  'guide.nextTemplates': 'Print the session templates',
  'guide.inThisGuide': 'In this guide',
  'guide.allGuides': 'All guides',
  'guide.breadcrumb': 'Breadcrumb',

  // Placeholders until their features land
  'comingSoon': 'Coming soon',
  'questionnaire.title': 'Readiness check',
  'questionnaire.placeholder': 'The readiness questionnaire is being built. Until then, the guide on when reverse mentoring works and fails lists the conditions it will check.',
  'templates.title': 'Session templates',
  'templates.placeholder': 'The printable session templates are being built. Until then, the guide on formats and pilots explains how to run each session.',

  // Privacy statement
  'privacy.title': 'Privacy',
  'privacy.lead': 'MentorFit is built so that nothing about you or your organisation leaves your browser.',
  'privacy.storedHeading': 'What is stored, and where',
  'privacy.stored': 'Only your answers to the readiness check and the step you were on. They are kept in your own browser (localStorage), so you can close the page and carry on later. They are never sent to us or anyone else: MentorFit has no server that receives data.',
  'privacy.shareHeading': 'Share links',
  'privacy.share': 'A share link carries your answers after the # sign of the address. Browsers do not send that part to any server. Anyone with the link sees the same answers, so share it only with colleagues you trust with them.',
  'privacy.notStoredHeading': 'What is not collected',
  'privacy.notStored': 'No cookies, no analytics, no trackers, no third-party fonts or scripts, and no names or e-mail addresses: the questions ask about your organisation, never about people.',
  'privacy.deleteHeading': 'Delete what is stored',
  'privacy.delete': 'Start the readiness check again, or clear this site\'s data in your browser settings, and your saved answers are gone.',

  // Questionnaire (owned by the questionnaire UI; add keys above this line)
  // end of questionnaire keys

  // Templates (owned by the templates pages; add keys above this line)
  // end of template keys

  // 404
  'notFound.title': 'Page not found',
  'notFound.text': 'We could not find that page. It may have moved, or the address may have a typo.',
  'notFound.home': 'Go to the home page',
} as const;

/** The keys of the interface dictionary. */
export type UiKey = keyof typeof en;
