import { createContext, useContext, useEffect, useState, type MouseEvent, type ReactNode } from 'react';

/**
 * The console's router: a path in the address bar, history that the browser's back button walks,
 * links that are real links (open in a new tab, read by screen readers). A few lines instead of a
 * library: the console's routes are few and flat.
 */
interface Router {
  path: string;
  navigate(path: string): void;
}

const RouterContext = createContext<Router | null>(null);

export function RouterProvider({ children }: { children: ReactNode }) {
  const [path, setPath] = useState(location.pathname);
  useEffect(() => {
    const onPop = () => setPath(location.pathname);
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);
  const navigate = (next: string) => {
    history.pushState(null, '', next);
    setPath(next);
    // A new screen: focus its main region, as a page load would, for screen readers.
    queueMicrotask(() => document.getElementById('main')?.focus());
  };
  return <RouterContext.Provider value={{ path, navigate }}>{children}</RouterContext.Provider>;
}

export function useRouter(): Router {
  const router = useContext(RouterContext);
  if (!router) throw new Error('useRouter outside RouterProvider');
  return router;
}

export function Link({
  to,
  children,
  current = false,
}: {
  to: string;
  children: ReactNode;
  current?: boolean;
}) {
  const { navigate } = useRouter();
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    navigate(to);
  };
  return (
    <a href={to} onClick={follow} aria-current={current ? 'page' : undefined}>
      {children}
    </a>
  );
}
