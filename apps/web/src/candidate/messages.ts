/** The person's screens' words, in French and in English (key for key: the type says so). */
export { candidateFr } from './messages-fr';
export { candidateEn } from './messages-en';
