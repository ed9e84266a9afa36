import type { ReactNode } from 'react';

export function PageHeader({
  title,
  subtitle,
  actions,
}: Readonly<{ title: string; subtitle?: string; actions?: ReactNode }>) {
  return (
    <header className="page-header">
      <div>
        <h1>{title}</h1>
        {subtitle ? <p className="page-header__subtitle">{subtitle}</p> : null}
      </div>
      {actions ? <div className="page-header__actions">{actions}</div> : null}
    </header>
  );
}
