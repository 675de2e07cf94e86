import type { privacyEn } from './privacy.en';

// French strings of the privacy policy page ('privacy.*'); see privacy.en.ts.
export const privacyFr: Record<keyof typeof privacyEn, string> = {
  'privacy.title': 'Policy Watch — politique de confidentialité',
  'privacy.intro':
    'Policy Watch n’a ni serveur ni compte. Tout ce qu’il conserve reste dans ce navigateur, sur cet appareil. Personne ne reçoit vos données : ni les auteurs de Policy Watch, ni qui que ce soit.',
  'privacy.stored.heading': 'Ce que Policy Watch conserve',
  'privacy.stored.items':
    'Des copies des politiques de confidentialité des plateformes suivies, quand vous les ouvrez ou qu’une vérification en arrière-plan les récupère : leur texte, quand et comment chaque copie a été faite, et ce qui a changé depuis la précédente.\nLa preuve de vos oppositions : la plateforme, le formulaire ou le réglage, la date et l’heure, l’adresse du formulaire, la confirmation de la plateforme et l’adresse e-mail que vous y avez utilisée.\nVos réglages : les plateformes suivies, la fréquence des vérifications, les notifications, la langue et le thème.\nVotre adresse e-mail pour les formulaires d’opposition, seulement si vous avez coché « {consent} ».\nCe dont il a besoin pour fonctionner : quand la dernière vérification a eu lieu et si elle a échoué, et les changements qu’il vous a déjà signalés.',
  'privacy.where.heading': 'Où c’est conservé',
  'privacy.where.text':
    'Dans votre profil de navigateur, sur cet appareil : les copies et les preuves dans la base de données de l’extension (IndexedDB), tout le reste dans le stockage local de l’extension. Policy Watch n’utilise jamais le stockage synchronisé du navigateur : rien n’est copié vers votre compte de navigateur ni vers vos autres appareils.',
  'privacy.network.heading': 'Ce qui passe par le réseau',
  'privacy.network.items':
    'Rien sur vous. Policy Watch n’a ni statistiques, ni rapports d’erreur, ni publicité, et ne charge aucun code depuis Internet.\nLes vérifications en arrière-plan récupèrent les pages publiques des politiques de confidentialité sur les sites des plateformes elles-mêmes, sans vos cookies, comme si un inconnu les ouvrait. Vous pouvez les désactiver dans {settings}.\nSeulement si vous activez Open Terms Archive comme seconde source (désactivé par défaut, dans {settings} ou sur la page d’accueil) : Policy Watch demande à api.github.com les dernières versions des politiques surveillées publiées par Open Terms Archive, un projet d’intérêt général, et télécharge leurs textes depuis raw.githubusercontent.com, quelques requêtes par heure, sans compte, cookies ni référent. GitHub voit votre adresse IP, comme tout site que vous ouvrez. Le désactiver arrête ces requêtes et rend l’autorisation du navigateur.\nQuand vous ouvrez le formulaire d’opposition d’une plateforme, vous visitez la plateforme : ce que vous y envoyez va à la plateforme, selon sa politique de confidentialité. Policy Watch ne remplit un champ que si vous le demandez et n’envoie jamais le formulaire à votre place.',
  'privacy.delete.heading': 'Comment le supprimer',
  'privacy.delete.items':
    'Les copies et, si vous le souhaitez, les preuves : sur la page d’historique, {data} → « {delete} ». Exportez d’abord si vous voulez en garder une copie.\nVotre adresse e-mail : {settings} → décochez la case de consentement ; l’adresse est oubliée aussitôt.\nTout à la fois : supprimez l’extension. Le navigateur efface toutes les données d’une extension quand on la supprime.',
  'privacy.version':
    'Cette politique fait partie de Policy Watch {version} : elle ne change qu’avec une mise à jour de l’extension.',
  'privacy.link': 'Confidentialité',
  'privacy.back': 'Retour à l’historique',
};
