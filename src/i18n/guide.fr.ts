import type { GuideMessageKey } from './guide.en';

// French strings of the in-page objection guide (see guide.en.ts), spread into fr.ts.
export const guideFr: Record<GuideMessageKey, string> = {
  'guide.title': 'Policy Watch : s’opposer étape par étape',
  'guide.close': 'Fermer le guide',
  'guide.waiting': 'Recherche du formulaire sur cette page…',
  'guide.login':
    'Connectez-vous d’abord. Ce formulaire ne fonctionne que si vous êtes connecté·e à {platform} avec le compte à protéger. Connectez-vous, puis revenez sur cette page.',
  'guide.notRecognised': 'Policy Watch ne reconnaît pas le formulaire de cette page. Suivez plutôt ces étapes :',
  'guide.step': 'Étape {n} sur {total}',
  'guide.required': 'Obligatoire',
  'guide.optional': 'Facultatif',
  'guide.goToField': 'Aller au champ',
  'guide.next': 'Suivant',
  'guide.back': 'Retour',
  'guide.email.prefilled': '{platform} a rempli {email}. Vérifiez que c’est l’adresse e-mail du compte à protéger.',
  'guide.email.filledSaved': 'Policy Watch a rempli l’adresse e-mail que vous avez enregistrée.',
  'guide.email.type': 'Saisissez l’adresse e-mail dans le champ mis en évidence.',
  'guide.email.remember': 'Retenir cette adresse e-mail sur cet appareil (gardée uniquement dans ce navigateur)',
  'guide.email.fill': 'Remplir avec cette adresse',
  'guide.reason.text': 'Votre motif (modifiez-le)',
  'guide.done': 'Terminé',
  'guide.field.type': 'Remplissez le champ mis en évidence.',
  'guide.field.empty': 'Ce champ est obligatoire : remplissez-le avant d’envoyer.',
  'guide.reason.template': 'Modèle de motif',
  'guide.reason.insert': 'Insérer ce motif',
  'guide.reason.inserted':
    'Inséré. Modifiez-le dans le champ mis en évidence pour qu’il décrive votre propre situation.',
  'guide.reason.hint':
    'Vous n’êtes pas obligé·e de donner un motif. Si vous le faites, dites en quoi le traitement vous affecte personnellement.',
  'guide.setting.switchOff':
    'Désactivez « {setting} » (mis en évidence). Policy Watch le remarque et le consigne dans votre journal de preuves.',
  'guide.setting.alreadyOff': '« {setting} » est déjà désactivé pour ce compte.',
  'guide.setting.record': 'Consigner dans mon journal de preuves',
  'guide.setting.show': 'Montrer le paramètre',
  'guide.setting.done': 'Le paramètre est désactivé : {platform} ne peut plus utiliser vos données de cette façon.',
  'guide.setting.evidence': '« {setting} » : désactivé',
  'guide.ready':
    'Cliquez maintenant sur le bouton « {button} » de {platform}. Policy Watch n’envoie jamais le formulaire à votre place.',
  'guide.readyNoButton':
    'Cliquez maintenant sur le bouton d’envoi du formulaire. Policy Watch n’envoie jamais le formulaire à votre place.',
  'guide.showButton': 'Montrer le bouton',
  'guide.confirmed': '{platform} a confirmé votre opposition.',
  'guide.saved':
    'Elle est enregistrée dans votre journal de preuves (ouvrez Policy Watch, puis « Journal de preuves »).',
  'guide.saveFailed': 'Policy Watch n’a pas pu l’enregistrer dans le journal de preuves : {error}',
  'guide.repeat':
    'Recommencez pour chacun de vos comptes {platform} et sur chaque autre plateforme que vous utilisez : chacune a son propre formulaire ou paramètre (Facebook et Instagram aussi).',
  'guide.email.label': 'Adresse e-mail de votre compte',
  'guide.branch.heading': '{platform} pose d’abord une question',
  'guide.branch.choose': 'Choisissez « {answer} » sur la page (encadré).',
  'guide.branch.proceed': 'C’est choisi. Cliquez maintenant sur « {button} » sur la page.',
  'guide.branch.answered': 'C’est choisi. Le formulaire vient ensuite.',
  'guide.verify.heading': 'Saisissez le code que {platform} vous a envoyé par e-mail',
  'guide.verify.press': 'Cliquez ensuite sur « {button} » sur la page (encadré).',
  'guide.verify.pressNoButton': 'Cliquez ensuite sur le bouton de la page pour envoyer le code.',
  'guide.one.heading': 'Plus qu’un clic',
  'guide.one.sends': 'Ce que {platform} recevra :',
  'guide.one.objection': 'Votre opposition : {route}',
  'guide.one.email': 'L’adresse e-mail de votre compte',
  'guide.one.emailPrefilled':
    '{platform} l’a remplie depuis votre compte ; modifiez-la ici si ce n’est pas celle du compte.',
  'guide.one.emailSaved': 'Policy Watch a rempli l’adresse que vous avez enregistrée.',
  'guide.one.emailApply': 'Utiliser cette adresse',
  'guide.one.reason': 'Une justification (facultative)',
  'guide.one.noReason': 'Pas de justification (elle est facultative)',
  'guide.one.reasonNote': 'Ce que vous choisissez ou écrivez ici est reporté aussitôt dans le champ du formulaire.',
  'guide.one.press':
    'Vérifiez, puis cliquez sur le bouton « {button} » de {platform}, encadré sur la page. Policy Watch n’envoie jamais rien à votre place.',
  'guide.one.pressNoButton':
    'Vérifiez, puis cliquez sur le bouton d’envoi de {platform}. Policy Watch n’envoie jamais rien à votre place.',
  'guide.one.stepByStep': 'Plutôt champ par champ',
  'guide.email.present': 'Le champ contient {email}. Vérifiez que c’est l’adresse e-mail du compte à protéger.',
  'guide.branch.headingOther': '{platform} demande : « {question} »',
  'guide.branch.chooseObjection':
    'Choisissez « {answer} » sur la page (encadré) : c’est la réponse pour une opposition.',
  'guide.branch.noFit':
    'Aucune réponse ne ressemble à une opposition. Choisissez celle qui correspond à votre demande ; Policy Watch examinera l’écran suivant.',
  'guide.one.headingNext': 'Ensuite : « {button} »',
  'guide.one.pressNext':
    'Vérifiez, puis cliquez sur « {button} » de {platform}, encadré sur la page. Il mène à l’écran suivant et n’envoie pas encore : au moins un autre clic suivra. Policy Watch ne clique jamais à votre place.',
  'guide.one.emailEarlier': 'L’adresse e-mail de votre compte (donnée à l’écran précédent) : {email}',
  'guide.one.emailReadOnly': '{platform} affiche cette adresse et ne permet pas de la modifier ici.',
  'guide.readyNext':
    'Cliquez maintenant sur « {button} » de {platform} sur la page : il mène à l’écran suivant et n’envoie pas encore. Policy Watch ne clique jamais à votre place.',
  'guide.presses.one': 'Plus qu’un clic : il envoie.',
  'guide.presses.atLeast': 'Encore au moins {n} clics.',
  'guide.lookAlike':
    'Ce formulaire n’est pas une opposition : c’est {request}. Policy Watch ne remplit rien ici et n’ajoute rien à votre journal de preuves.',
  'guide.lookAlike.back':
    'Pour vous opposer, revenez en arrière et choisissez l’opposition, ou ouvrez-la depuis la fenêtre de Policy Watch.',
  'guide.request.access': 'une demande d’accès à vos informations',
  'guide.request.erasure': 'une demande de suppression',
  'guide.request.correction': 'une demande de rectification',
  'guide.request.dpo': 'une question au délégué à la protection des données',
  'guide.request.contact': 'une question ou une autre demande',
  'guide.request.login-help': 'de l’aide pour vous connecter',
  'guide.request.user': 'pas votre opposition, comme vous l’avez indiqué',
  'guide.unsure':
    'Policy Watch ne peut pas dire d’après cette page si ce formulaire est une opposition. Lisez-le : est-ce l’opposition que vous voulez faire ?',
  'guide.unsure.yes': 'Oui, c’est mon opposition',
  'guide.unsure.no': 'Non, c’est autre chose',
  'guide.sending': 'Vous avez cliqué sur « {button} ». En attente de la réponse de {platform}…',
  'guide.notSent':
    'Pas encore envoyé. {platform} affiche : « {error} ». Corrigez sur la page, puis cliquez à nouveau sur « {button} ».',
  'guide.recognised.form-replaced': 'Reconnu parce que le formulaire a laissé place à ce message après votre clic.',
  'guide.recognised.message-shown': 'Reconnu parce que ce message est apparu après votre clic, sans erreur.',
  'guide.recognised.phrase': 'Sa formulation est l’une de celles que Policy Watch connaît de {platform}.',
};
