// Strings of the in-page objection guide, apart so that its content script bundles only these (through guide.ts)
// and not every view's dictionary; spread into en.ts like the other views' strings.
export const guideEn = {
  'guide.title': 'Policy Watch: object step by step',
  'guide.close': 'Close the guide',
  'guide.waiting': 'Looking for the form on this page…',
  'guide.login':
    'Log in first. This form only works when you are logged in to {platform} with the account you want to protect. Log in, then come back to this page.',
  'guide.notRecognised': 'Policy Watch does not recognise the form on this page. Follow these steps instead:',
  'guide.step': 'Step {n} of {total}',
  'guide.required': 'Required',
  'guide.optional': 'Optional',
  'guide.goToField': 'Go to the field',
  'guide.next': 'Next',
  'guide.back': 'Back',
  'guide.email.prefilled':
    '{platform} filled in {email}. Check that it is the email address of the account you want to protect.',
  'guide.email.filledSaved': 'Policy Watch filled in the email address you saved.',
  'guide.email.type': 'Type the email address in the highlighted field.',
  'guide.email.remember': 'Remember this email address on this device (kept only in this browser)',
  'guide.email.fill': 'Fill in this address',
  'guide.reason.text': 'Your reason (edit it)',
  'guide.done': 'Done',
  'guide.field.type': 'Fill in the highlighted field.',
  'guide.field.empty': 'This field is required: fill it in before you send.',
  'guide.reason.template': 'Reason template',
  'guide.reason.insert': 'Insert this reason',
  'guide.reason.inserted': 'Inserted. Edit it in the highlighted field so that it describes your own situation.',
  'guide.reason.hint': 'You do not have to give a reason. If you do, say how the processing affects you personally.',
  'guide.setting.switchOff':
    'Switch off “{setting}” (highlighted). Policy Watch notices it and keeps it in your evidence log.',
  'guide.setting.alreadyOff': '“{setting}” is already off on this account.',
  'guide.setting.record': 'Keep this in my evidence log',
  'guide.setting.show': 'Show me the setting',
  'guide.setting.done': 'The setting is off: {platform} may no longer use your data this way.',
  'guide.setting.evidence': '“{setting}”: off',
  'guide.ready': 'Now press {platform}’s own “{button}” button. Policy Watch never sends the form for you.',
  'guide.readyNoButton': 'Now press the form’s own send button. Policy Watch never sends the form for you.',
  'guide.showButton': 'Show me the button',
  'guide.confirmed': '{platform} confirmed your objection.',
  'guide.saved': 'It is saved in your evidence log (open Policy Watch, then “Evidence log”).',
  'guide.saveFailed': 'Policy Watch could not save it in the evidence log: {error}',
  'guide.repeat':
    'Repeat this for each {platform} account you have, and on every other platform you use: each one has its own form or setting (Facebook and Instagram too).',
  'guide.email.label': 'Your account’s email address',
};

export type GuideMessageKey = keyof typeof guideEn;
