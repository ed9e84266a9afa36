/** What a section shows before there is anything in it: what it is for, and the first thing to do. */
import type { ReactNode } from 'react';
import { Icon, type IconName } from './Icon';

export function EmptyState({
  icon,
  title,
  children,
  actions,
}: Readonly<{ icon: IconName; title: string; children: ReactNode; actions?: ReactNode }>) {
  return (
    <section className="empty-state" aria-label={title}>
      <div className="empty-state__icon">
        <Icon name={icon} size={32} />
      </div>
      <h2>{title}</h2>
      <div className="empty-state__text">{children}</div>
      {actions ? <div className="empty-state__actions">{actions}</div> : null}
    </section>
  );
}
