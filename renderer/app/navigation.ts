/** The sections of the app, in the order the sidebar shows them. */
import type { IconName } from '@renderer/ui/Icon';

export type Section = Readonly<{ path: string; label: string; icon: IconName; description: string }>;

export const SECTIONS: readonly Section[] = [
  { path: '/', label: 'Overview', icon: 'overview', description: 'What is in the workbench' },
  { path: '/import', label: 'Import', icon: 'import', description: 'Bring in evidence files' },
  {
    path: '/entities',
    label: 'Entities',
    icon: 'entities',
    description: 'Sellers, listings, accounts, identifiers',
  },
  {
    path: '/networks',
    label: 'Networks',
    icon: 'networks',
    description: 'Operations behind the accounts',
  },
  { path: '/graph', label: 'Graph', icon: 'graph', description: 'How accounts connect' },
  { path: '/cases', label: 'Cases', icon: 'cases', description: 'Case files and their history' },
  { path: '/review', label: 'Review', icon: 'review', description: 'Check an evidence bundle offline' },
];

/** The section a location belongs to: `/entities/listing` and `/entity/…` are in Entities. */
export function sectionOf(location: string): Section | undefined {
  const path = location.startsWith('/entity/') ? '/entities' : location;
  return (
    SECTIONS.find((s) => s.path === path) ??
    SECTIONS.find((s) => s.path !== '/' && path.startsWith(`${s.path}/`))
  );
}
