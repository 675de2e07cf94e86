import type { privacyEn } from './privacy.en';

// German strings of the privacy policy page ('privacy.*'; informal "du", as in the rest of the interface).
export const privacyDe: Record<keyof typeof privacyEn, string> = {
  'privacy.title': 'Policy Watch — Datenschutzerklärung',
  'privacy.intro':
    'Policy Watch hat keinen Server und kein Konto. Alles, was es speichert, bleibt in diesem Browser auf diesem Gerät. Niemand erhält deine Daten: weder die Entwickler von Policy Watch noch sonst jemand.',
  'privacy.stored.heading': 'Was Policy Watch speichert',
  'privacy.stored.items':
    'Kopien der Datenschutzerklärungen der beobachteten Plattformen, wenn du sie öffnest oder eine Prüfung im Hintergrund sie abruft: ihr Text, wann und wie jede Kopie entstand und was sich seit der vorigen geändert hat.\nDie Nachweise deiner Widersprüche: Plattform, Formular oder Einstellung, Datum und Uhrzeit, Adresse des Formulars, die Bestätigung der Plattform und die dort verwendete E-Mail-Adresse.\nDeine Einstellungen: beobachtete Plattformen, wie oft geprüft wird, Benachrichtigungen, Sprache und Design.\nDeine E-Mail-Adresse für Widerspruchsformulare, nur wenn du „{consent}“ angekreuzt hast.\nWas es zum Arbeiten braucht: wann die letzte Prüfung im Hintergrund lief und ob sie scheiterte, und über welche Änderungen es dich schon benachrichtigt hat.',
  'privacy.where.heading': 'Wo es gespeichert ist',
  'privacy.where.text':
    'In deinem Browserprofil auf diesem Gerät: die Kopien und die Nachweise in der Datenbank der Erweiterung (IndexedDB), alles andere im lokalen Speicher der Erweiterung. Policy Watch nutzt nie den Synchronisationsspeicher des Browsers; nichts wird in dein Browserkonto oder auf deine anderen Geräte kopiert.',
  'privacy.network.heading': 'Was über das Netz geht',
  'privacy.network.items':
    'Nichts über dich. Policy Watch hat keine Statistik, keine Fehlerberichte, keine Werbung und lädt keinen Code aus dem Internet.\nPrüfungen im Hintergrund rufen die öffentlichen Seiten der Datenschutzerklärungen von den Websites der Plattformen selbst ab, ohne deine Cookies, als öffnete sie ein Fremder. Du kannst sie unter {settings} abschalten.\nNur wenn du Open Terms Archive als zweite Quelle einschaltest (standardmäßig aus, unter {settings} oder auf der Willkommensseite): Policy Watch fragt api.github.com nach den neuesten Versionen der beobachteten Richtlinien, die Open Terms Archive, ein gemeinnütziges Projekt, veröffentlicht hat, und lädt ihre Texte von raw.githubusercontent.com, wenige Anfragen pro Stunde, ohne Konto, Cookies oder Referrer. GitHub sieht deine IP-Adresse, wie jede Website, die du öffnest. Ausschalten beendet diese Anfragen und gibt die Berechtigung im Browser zurück.\nWenn du das Widerspruchsformular einer Plattform öffnest, besuchst du die Plattform: Was du dort absendest, geht an die Plattform, nach deren Datenschutzerklärung. Policy Watch füllt ein Feld nur auf deinen Wunsch aus und sendet das Formular nie für dich ab.',
  'privacy.delete.heading': 'Wie du es löschst',
  'privacy.delete.items':
    'Die Kopien und, wenn du willst, die Nachweise: auf der Verlaufsseite {data} → „{delete}“. Exportiere vorher, wenn du eine Kopie behalten möchtest.\nDeine E-Mail-Adresse: {settings} → das Häkchen beim Einverständnis entfernen; die Adresse wird sofort vergessen.\nAlles auf einmal: die Erweiterung entfernen. Der Browser löscht beim Entfernen einer Erweiterung alle ihre Daten.',
  'privacy.version':
    'Diese Erklärung ist Teil von Policy Watch {version}: Sie ändert sich nur mit einer neuen Version der Erweiterung.',
  'privacy.link': 'Datenschutz',
  'privacy.back': 'Zurück zum Verlauf',
};
