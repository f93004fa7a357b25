import type { UiKey } from './en';

/** Every user-facing interface string in Dutch, with exactly the keys of en.ts. */
export const nl: Record<UiKey, string> = {
  // Site-wide
  'site.name': 'MentorFit',
  'site.tagline': 'Gratis, praktische hulp bij het kiezen en starten van een mentorprogramma',
  'site.skipLink': 'Naar de inhoud',
  'site.mainNav': 'Hoofdmenu',
  'site.languageSwitch': 'English',
  'site.languageSwitchLabel': 'Read this page in English',
  'site.footerPrivacy': 'MentorFit werkt in je browser. Je antwoorden gaan nergens heen en er zijn geen trackers.',
  'site.footerLicence': 'Vrij te gebruiken en te delen.',
  'nav.home': 'Home',
  'nav.guides': 'Gidsen',
  'nav.questionnaire': 'Check',
  'nav.templates': 'Werkbladen',
  'nav.privacy': 'Privacy',

  // Home page
  'home.title': 'Mentoring die werkt, te beginnen met reverse mentoring',
  'home.lead':
    'Bij reverse mentoring is een junior medewerker de mentor van een senior collega. Goed gedaan geeft het leiders een frisse blik en jong talent een stem. Slecht gedaan is het een etalage. MentorFit helpt je het verschil te zien en een pilot te starten die blijft.',
  'home.audienceHeading': 'Waar wil je beginnen?',
  'home.managers.title': 'Ik wil het begrijpen',
  'home.managers.text': 'Korte gidsen voor managers: wat reverse mentoring is, hoe het zich verhoudt tot andere vormen, wanneer het werkt en wanneer niet.',
  'home.managers.cta': 'Lees de gidsen',
  'home.organisations.title': 'Is mijn organisatie er klaar voor?',
  'home.organisations.text': 'Beantwoord 16 korte vragen en krijg een onderbouwde score en een pilotvorm die past.',
  'home.organisations.cta': 'Doe de check',
  'home.facilitators.title': 'Ik begeleid de sessies',
  'home.facilitators.text': 'Werkbladen op A4 om te printen, voor elke sessie van een pilot: van aftrap tot evaluatie.',
  'home.facilitators.cta': 'Print de werkbladen',
  'home.inOneMinute': 'Reverse mentoring in één minuut',
  'home.oneMinute.what': 'Een junior collega is mentor van een senior collega, in een pilot meestal eens per maand, drie maanden lang.',
  'home.oneMinute.why': 'Leiders leren over nieuwe technologie, jongere klanten en de cultuur op de werkvloer; junioren leren hoe besluiten tot stand komen.',
  'home.oneMinute.when': 'Het werkt met steun van de top, vertrouwelijkheid en beschermde tijd. Zonder die drie sterft het weg na een paar afgezegde gesprekken.',
  'home.startGuide': 'Begin met de eerste gids',

  // Guides
  'guides.title': 'Gidsen voor managers',
  'guides.lead': 'Zeven korte gidsen, in leesvolgorde. Elke gids begint met de kernpunten en eindigt met de bronnen.',
  'guide.readingTime': '{minutes} min. lezen',
  'guide.updated': 'Bijgewerkt op {date}',
  'guide.takeaways': 'Kernpunten',
  'guide.sources': 'Bronnen',
  'guide.sourcesIntro': 'Deze gids is in eigen woorden geschreven, op basis van deze artikelen:',
  'guide.next': 'Volgende stap',
  'guide.nextQuestionnaire': 'Check hoe klaar je organisatie is',
  'guide.nextTemplates': 'Print de werkbladen voor de sessies',
  'guide.inThisGuide': 'In deze gids',
  'guide.allGuides': 'Alle gidsen',
  'guide.breadcrumb': 'Kruimelpad',

  // Placeholders until their features land
  'comingSoon': 'Binnenkort',
  'questionnaire.title': 'Check: is je organisatie er klaar voor?',
  'questionnaire.placeholder': 'De vragenlijst wordt nu gebouwd. Tot die tijd vind je in de gids over wanneer reverse mentoring werkt en wanneer niet de voorwaarden die de check straks toetst.',
  'templates.title': 'Werkbladen voor de sessies',
  'templates.placeholder': 'De werkbladen om te printen worden nu gebouwd. Tot die tijd legt de gids over vormen en pilots uit hoe je elke sessie aanpakt.',

  // Privacy statement
  'privacy.title': 'Privacy',
  'privacy.lead': 'MentorFit is zo gebouwd dat niets over jou of je organisatie je browser verlaat.',
  'privacy.storedHeading': 'Wat wordt bewaard, en waar',
  'privacy.stored': 'Alleen je antwoorden op de check en de stap waar je was. Die blijven in je eigen browser (localStorage), zodat je de pagina kunt sluiten en later verder kunt gaan. Ze worden nooit naar ons of iemand anders gestuurd: MentorFit heeft geen server die gegevens ontvangt.',
  'privacy.shareHeading': 'Deellinks',
  'privacy.share': 'Een deellink bevat je antwoorden achter het #-teken in het adres. Browsers sturen dat deel naar geen enkele server. Iedereen met de link ziet dezelfde antwoorden, dus deel hem alleen met collega\'s die ze mogen zien.',
  'privacy.notStoredHeading': 'Wat we niet verzamelen',
  'privacy.notStored': 'Geen cookies, geen statistieken, geen trackers, geen lettertypen of scripts van derden, en geen namen of e-mailadressen: de vragen gaan over je organisatie, nooit over personen.',
  'privacy.deleteHeading': 'Wis wat bewaard is',
  'privacy.delete': 'Begin opnieuw aan de check, of wis de gegevens van deze site in je browserinstellingen, en je bewaarde antwoorden zijn weg.',

  // Questionnaire (owned by the questionnaire UI; add keys above this line)
  // end of questionnaire keys

  // Templates (owned by the templates pages; add keys above this line)
  // end of template keys

  // 404
  'notFound.title': 'Pagina niet gevonden',
  'notFound.text': 'We kunnen deze pagina niet vinden. Misschien is hij verplaatst, of staat er een typefout in het adres.',
  'notFound.home': 'Naar de homepage',
};
