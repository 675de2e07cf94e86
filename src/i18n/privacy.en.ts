// English strings of the extension's own privacy policy (privacy.html, 'privacy.*'), spread into en.ts. Each
// '.items' key is a list: its lines are separated by "\n".
export const privacyEn = {
  'privacy.title': 'Policy Watch — privacy policy',
  'privacy.intro':
    'Policy Watch has no server and no account. Everything it keeps stays in this browser, on this device. Nobody receives your data: not the authors of Policy Watch, not anyone else.',
  'privacy.stored.heading': 'What Policy Watch keeps',
  'privacy.stored.items':
    'Copies of the privacy policies of the watched platforms, when you open them or when a background check fetches them: their text, when and how each copy was made, and what changed since the previous one.\nThe evidence of your objections: the platform, the form or setting, the date and time, the address of the form, the platform’s confirmation and the email address you used there.\nYour settings: the watched platforms, how often to check, notifications, language and theme.\nYour email address for objection forms, only if you ticked “{consent}”.\nWhat it needs to work: when the last background check ran and whether it failed, and which changes it has already told you about.',
  'privacy.where.heading': 'Where it is kept',
  'privacy.where.text':
    'In your browser profile on this device: the policy copies and the evidence in the extension’s database (IndexedDB), everything else in the extension’s local storage. Policy Watch never uses the browser’s sync storage, so nothing is copied to your browser account or your other devices.',
  'privacy.network.heading': 'What goes over the network',
  'privacy.network.items':
    'Nothing about you. Policy Watch has no analytics, no error reports, no advertising and loads no code from the internet.\nBackground checks fetch the watched platforms’ public privacy-policy pages from the platforms’ own sites, without your cookies, as if a stranger opened them. You can switch them off in {settings}.\nOnly if you turn on Open Terms Archive as a second source (off by default, in {settings} or on the welcome page): Policy Watch asks api.github.com for the latest versions that Open Terms Archive, a public-interest project, published of the watched policies, and downloads their texts from raw.githubusercontent.com, a few requests an hour, without an account, cookies or referrer. GitHub sees your IP address, as any site you open does. Turning it off stops these requests and gives back the browser permission.\nWhen you open a platform’s objection form, you are visiting the platform: what you send there goes to the platform, under its privacy policy. Policy Watch fills a field only when you ask it to and never sends the form for you.',
  'privacy.delete.heading': 'How to delete it',
  'privacy.delete.items':
    'The policy copies, and if you wish the evidence: {data} → “{delete}” on the history page. Export first if you want to keep a copy.\nYour email address: {settings} → untick the consent box; the address is forgotten at once.\nEverything at once: remove the extension. Your browser deletes all the data of an extension when it is removed.',
  'privacy.version': 'This policy is part of Policy Watch {version}: it changes only with an update of the extension.',
  'privacy.link': 'Privacy',
  'privacy.back': 'Back to the history',
} as const;
