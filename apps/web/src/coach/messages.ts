/** The coach's screens' words, in French and in English (key for key: the type says so). */
export { coachFr } from './messages-fr';
export { coachEn } from './messages-en';
