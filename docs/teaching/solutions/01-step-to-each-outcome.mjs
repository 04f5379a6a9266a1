// @ts-check
/** Solution of exercise 1 (teachers' copy: keep it apart from the starters). */

/** @type {Record<'repatriated' | 'passportIssued' | 'citizenshipRenounced', string[]>} */
export const walks = {
  // 1a: mobilized, then agrees. Basis 1a.
  repatriated: ['authorities.screen', 'person.agreesToReturn'],
  // 1a, then 1b: refuses, the Embassy asks, Korea consents, the investigation ends. Basis 1a, 1b.
  passportIssued: ['authorities.screen', 'person.refusesToReturn', 'embassy.seeksConsent', 'korea.consents', 'embassy.completesInvestigation'],
  // As above, then 1c during the investigation. Basis 1a, 1b, 1c.
  citizenshipRenounced: ['authorities.screen', 'person.refusesToReturn', 'embassy.seeksConsent', 'korea.consents', 'person.requestsRenunciation', 'embassy.approvesRenunciation'],
};

/** @type {Record<'repatriated' | 'residing', string[]>} */
export const koreanWalks = {
  // 2a. Basis 2a.
  repatriated: ['authorities.screen', 'publicSecurity.repatriates'],
  // 2a, then 2b: inconvenient, Korea approves. Basis 2a, 2b.
  residing: ['authorities.screen', 'person.findsReturnInconvenient', 'korea.approvesResidence'],
};
