import { composeMessage, formatInstant, type RenderContext, type RenderedMessage } from './message-text';

/** A way in minted by identity: where it leads and until when (decision 0018). */
export interface AccessLink {
  url: string;
  expiresAt: Date;
  purpose: 'invitation' | 'sign_in_link';
}

/** The invitation (choose a password) or a sign-in link (choose a new one). Essential: always by email. */
export function accessLinkMessage(context: RenderContext, link: AccessLink): RenderedMessage {
  const until = formatInstant(link.expiresAt, context.language, context.timeZone);
  if (context.language === 'fr') {
    return link.purpose === 'invitation'
      ? composeMessage(context, 'Votre accès à Passerelle', [
          {
            paragraph:
              'Votre accompagnement commence. Passerelle vous permet de suivre votre parcours, de prendre vos rendez-vous et de voir les offres qui vous correspondent.',
          },
          { paragraph: 'Pour activer votre accès, choisissez votre mot de passe :' },
          { action: { label: 'Activer mon accès', url: link.url } },
          { paragraph: `Ce lien ne sert qu’une fois et reste valable jusqu’au ${until}.` },
          { paragraph: 'Si vous n’attendiez pas ce message, ignorez-le : rien ne sera fait sans vous.' },
        ])
      : composeMessage(context, 'Votre lien de connexion à Passerelle', [
          {
            paragraph:
              'Voici le lien demandé pour vous connecter à Passerelle. Il vous fait choisir un nouveau mot de passe, puis vous vous connectez comme d’habitude.',
          },
          { action: { label: 'Choisir un nouveau mot de passe', url: link.url } },
          { paragraph: `Ce lien ne sert qu’une fois et reste valable jusqu’au ${until}.` },
          { paragraph: 'Si vous n’avez rien demandé, ignorez ce message.' },
        ]);
  }
  return link.purpose === 'invitation'
    ? composeMessage(context, 'Your access to Passerelle', [
        {
          paragraph:
            'Your support programme is starting. Passerelle lets you follow your plan, book your appointments and see the job leads that fit you.',
        },
        { paragraph: 'To activate your access, choose your password:' },
        { action: { label: 'Activate my access', url: link.url } },
        { paragraph: `This link works once and is valid until ${until}.` },
        { paragraph: 'If you did not expect this message, ignore it: nothing happens without you.' },
      ])
    : composeMessage(context, 'Your Passerelle sign-in link', [
        {
          paragraph:
            'Here is the link you asked for to sign in to Passerelle. It lets you choose a new password, then you sign in as usual.',
        },
        { action: { label: 'Choose a new password', url: link.url } },
        { paragraph: `This link works once and is valid until ${until}.` },
        { paragraph: 'If you did not ask for it, ignore this message.' },
      ]);
}
