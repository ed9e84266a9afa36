/** The frame around every section: a skip link, the sidebar with navigation and the examiner, and the main area. */
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { ExaminerField } from '@renderer/features/settings/ExaminerField';
import { SearchDialog } from '@renderer/features/search/SearchDialog';
import { useSearchShortcut } from '@renderer/features/search/useSearchShortcut';
import { Icon } from '@renderer/ui/Icon';
import { sectionOf, SECTIONS } from './navigation';
import { useAppInfo } from './useAppInfo';

export function Shell({ children }: Readonly<{ children: ReactNode }>) {
  const [location] = useLocation();
  const main = useRef<HTMLElement>(null);
  const info = useAppInfo();
  const section = sectionOf(location);
  const [searching, setSearching] = useState(false);
  const openSearch = useCallback(() => setSearching(true), []);
  useSearchShortcut(openSearch);

  const firstRender = useRef(true);

  // After moving between sections, keyboard and screen-reader users land on the new content, as after a page
  // load; on the very first render focus stays at the top so the skip link is the first Tab stop.
  useEffect(() => {
    document.title = section ? `${section.label} · Casegraph` : 'Casegraph';
    if (firstRender.current) firstRender.current = false;
    else main.current?.focus({ preventScroll: true });
  }, [section]);

  return (
    <div className="shell">
      <a className="skip-link" href="#main" onClick={(e) => (e.preventDefault(), main.current?.focus())}>
        Skip to content
      </a>
      <aside className="sidebar">
        <div className="brand">
          <span className="brand__mark" aria-hidden="true">
            <Icon name="graph" size={20} />
          </span>
          <span className="brand__name">Casegraph</span>
        </div>
        <button
          type="button"
          className="search-button"
          onClick={openSearch}
          aria-keyshortcuts="Control+K Meta+K"
        >
          <Icon name="search" />
          <span>Search</span>
          <kbd>Ctrl K</kbd>
        </button>
        <nav aria-label="Sections">
          <ul className="nav">
            {SECTIONS.map((item) => (
              <li key={item.path}>
                <Link
                  href={item.path}
                  className={item === section ? 'nav__link nav__link--active' : 'nav__link'}
                  aria-current={item === section ? 'page' : undefined}
                  title={item.description}
                >
                  <Icon name={item.icon} />
                  <span>{item.label}</span>
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="sidebar__footer">
          <ExaminerField />
          {info ? (
            <p className="sidebar__version">
              v{info.version} · {info.shell === 'electron' ? 'desktop' : 'browser'}
            </p>
          ) : null}
        </div>
      </aside>
      <main id="main" className="main" ref={main} tabIndex={-1}>
        {children}
      </main>
      <SearchDialog open={searching} onClose={() => setSearching(false)} />
    </div>
  );
}
