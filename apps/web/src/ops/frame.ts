import type { ReactElement, ReactNode } from 'react';

/**
 * The role's page around a screen: a screen that names its own subject (a programme, a person)
 * puts that name in the page's heading once it is known.
 */
export type Frame = (title: string, body: ReactNode) => ReactElement;
