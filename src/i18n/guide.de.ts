import type { GuideMessageKey } from './guide.en';

// German strings of the in-page objection guide (see guide.en.ts), spread into de.ts.
export const guideDe: Record<GuideMessageKey, string> = {
  'guide.title': 'Policy Watch: Schritt für Schritt widersprechen',
  'guide.close': 'Anleitung schließen',
  'guide.waiting': 'Das Formular auf dieser Seite wird gesucht…',
  'guide.login':
    'Melde dich zuerst an. Dieses Formular funktioniert nur, wenn du bei {platform} mit dem Konto angemeldet bist, das du schützen willst. Melde dich an und komm dann zu dieser Seite zurück.',
  'guide.notRecognised': 'Policy Watch erkennt das Formular auf dieser Seite nicht. Gehe stattdessen so vor:',
  'guide.step': 'Schritt {n} von {total}',
  'guide.required': 'Pflichtfeld',
  'guide.optional': 'Freiwillig',
  'guide.goToField': 'Zum Feld',
  'guide.next': 'Weiter',
  'guide.back': 'Zurück',
  'guide.email.prefilled':
    '{platform} hat {email} eingetragen. Prüfe, ob das die E-Mail-Adresse des Kontos ist, das du schützen willst.',
  'guide.email.filledSaved': 'Policy Watch hat deine gespeicherte E-Mail-Adresse eingetragen.',
  'guide.email.type': 'Gib die E-Mail-Adresse in das hervorgehobene Feld ein.',
  'guide.email.remember': 'Diese E-Mail-Adresse auf diesem Gerät merken (nur in diesem Browser gespeichert)',
  'guide.email.fill': 'Diese Adresse eintragen',
  'guide.reason.text': 'Deine Begründung (bearbeite sie)',
  'guide.done': 'Fertig',
  'guide.field.type': 'Fülle das hervorgehobene Feld aus.',
  'guide.field.empty': 'Dieses Feld ist Pflicht: Fülle es vor dem Senden aus.',
  'guide.reason.template': 'Vorlage für eine Begründung',
  'guide.reason.insert': 'Diese Begründung einfügen',
  'guide.reason.inserted':
    'Eingefügt. Passe sie im hervorgehobenen Feld an, damit sie deine eigene Situation beschreibt.',
  'guide.reason.hint':
    'Eine Begründung ist nicht nötig. Wenn du eine gibst, schreib, wie dich die Verarbeitung persönlich betrifft.',
  'guide.setting.switchOff':
    'Schalte „{setting}“ aus (hervorgehoben). Policy Watch bemerkt es und vermerkt es in deinen Nachweisen.',
  'guide.setting.alreadyOff': '„{setting}“ ist für dieses Konto bereits ausgeschaltet.',
  'guide.setting.record': 'In meinen Nachweisen vermerken',
  'guide.setting.show': 'Einstellung zeigen',
  'guide.setting.done': 'Die Einstellung ist aus: {platform} darf deine Daten nicht mehr so nutzen.',
  'guide.setting.evidence': '„{setting}“: aus',
  'guide.ready':
    'Drücke jetzt die Schaltfläche „{button}“ von {platform}. Policy Watch sendet das Formular nie für dich ab.',
  'guide.readyNoButton':
    'Drücke jetzt die Senden-Schaltfläche des Formulars. Policy Watch sendet das Formular nie für dich ab.',
  'guide.showButton': 'Schaltfläche zeigen',
  'guide.confirmed': '{platform} hat deinen Widerspruch bestätigt.',
  'guide.saved': 'Er ist in deinem Nachweisprotokoll gespeichert (Policy Watch öffnen, dann „Nachweise“).',
  'guide.saveFailed': 'Policy Watch konnte ihn nicht im Nachweisprotokoll speichern: {error}',
  'guide.repeat':
    'Wiederhole das für jedes deiner {platform}-Konten und auf jeder anderen Plattform, die du nutzt: Jede hat ihr eigenes Formular oder ihre eigene Einstellung (auch Facebook und Instagram).',
  'guide.email.label': 'E-Mail-Adresse deines Kontos',
  'guide.branch.heading': '{platform} stellt zuerst eine Frage',
  'guide.branch.choose': 'Wähle auf der Seite „{answer}“ (eingerahmt).',
  'guide.branch.proceed': 'Gewählt. Drücke jetzt auf der Seite auf „{button}“.',
  'guide.branch.answered': 'Gewählt. Als Nächstes kommt das Formular.',
  'guide.verify.heading': 'Gib den Code ein, den dir {platform} per E-Mail geschickt hat',
  'guide.verify.press': 'Drücke dann auf der Seite auf „{button}“ (eingerahmt).',
  'guide.verify.pressNoButton': 'Drücke dann den Button der Seite, um den Code zu senden.',
  'guide.one.heading': 'Nur noch ein Klick',
  'guide.one.sends': 'Das erhält {platform}:',
  'guide.one.objection': 'Dein Widerspruch: {route}',
  'guide.one.email': 'Die E-Mail-Adresse deines Kontos',
  'guide.one.emailPrefilled':
    '{platform} hat sie aus deinem Konto eingetragen; ändere sie hier, falls es nicht die des Kontos ist.',
  'guide.one.emailSaved': 'Policy Watch hat die gespeicherte Adresse eingetragen.',
  'guide.one.emailApply': 'Diese Adresse verwenden',
  'guide.one.reason': 'Eine Begründung (freiwillig)',
  'guide.one.noReason': 'Keine Begründung (sie ist freiwillig)',
  'guide.one.reasonNote': 'Was du hier wählst oder schreibst, steht sofort im Begründungsfeld des Formulars.',
  'guide.one.press':
    'Prüfe alles und drücke dann den eingerahmten Button „{button}“ von {platform}. Policy Watch sendet nie für dich.',
  'guide.one.pressNoButton':
    'Prüfe alles und drücke dann den Senden-Button von {platform}. Policy Watch sendet nie für dich.',
  'guide.one.stepByStep': 'Lieber Feld für Feld',
  'guide.email.present':
    'Im Feld steht {email}. Prüfe, ob es die E-Mail-Adresse des Kontos ist, das du schützen willst.',
  'guide.branch.headingOther': '{platform} fragt: „{question}“',
  'guide.branch.chooseObjection':
    'Wähle „{answer}“ auf der Seite (eingerahmt): Das ist die Antwort für einen Widerspruch.',
  'guide.branch.noFit':
    'Keine der Antworten klingt nach einem Widerspruch. Wähle die, die zu deinem Anliegen passt; Policy Watch sieht sich den nächsten Schritt wieder an.',
  'guide.one.headingNext': 'Als Nächstes: „{button}“',
  'guide.one.pressNext':
    'Prüfe alles und drücke dann „{button}“ von {platform} (eingerahmt). Das führt zum nächsten Schritt und sendet noch nicht: Mindestens ein weiterer Klick folgt. Policy Watch klickt nie für dich.',
  'guide.one.emailEarlier': 'Die E-Mail-Adresse deines Kontos (im vorigen Schritt angegeben): {email}',
  'guide.one.emailReadOnly': '{platform} zeigt diese Adresse und lässt sie hier nicht ändern.',
  'guide.readyNext':
    'Drücke jetzt „{button}“ von {platform} auf der Seite: Das führt zum nächsten Schritt und sendet noch nicht. Policy Watch klickt nie für dich.',
  'guide.presses.one': 'Nur noch ein Klick: Er sendet.',
  'guide.presses.atLeast': 'Noch mindestens {n} Klicks.',
  'guide.lookAlike':
    'Dieses Formular ist kein Widerspruch, sondern {request}. Policy Watch füllt hier nichts aus und legt nichts in deinem Nachweisprotokoll ab.',
  'guide.lookAlike.back':
    'Um zu widersprechen, geh zurück und wähle den Widerspruch, oder öffne ihn über das Popup von Policy Watch.',
  'guide.request.access': 'eine Anfrage auf Auskunft über deine Informationen',
  'guide.request.erasure': 'eine Anfrage auf Löschung',
  'guide.request.correction': 'eine Anfrage auf Berichtigung',
  'guide.request.dpo': 'eine Frage an den Datenschutzbeauftragten',
  'guide.request.contact': 'eine Frage oder ein anderes Anliegen',
  'guide.request.login-help': 'Hilfe bei der Anmeldung',
  'guide.request.user': 'nicht dein Widerspruch, wie du gesagt hast',
  'guide.unsure':
    'Policy Watch kann auf dieser Seite nicht erkennen, ob dieses Formular ein Widerspruch ist. Lies es: Ist es der Widerspruch, den du einlegen willst?',
  'guide.unsure.yes': 'Ja, das ist mein Widerspruch',
  'guide.unsure.no': 'Nein, etwas anderes',
  'guide.sending': 'Du hast „{button}“ gedrückt. Warte auf die Antwort von {platform} …',
  'guide.notSent':
    'Noch nicht gesendet. {platform} zeigt: „{error}“. Korrigiere es auf der Seite und drücke dann erneut „{button}“.',
  'guide.recognised.form-replaced': 'Erkannt, weil das Formular nach deinem Klick dieser Nachricht gewichen ist.',
  'guide.recognised.message-shown': 'Erkannt, weil diese Nachricht nach deinem Klick ohne Fehler erschienen ist.',
  'guide.recognised.phrase': 'Ihr Wortlaut ist einer, den Policy Watch von {platform} kennt.',
};
