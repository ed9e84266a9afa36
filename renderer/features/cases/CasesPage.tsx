/** Cases: open one for an operation, see all of them, back up and restore the whole workbench. */
import { useCases } from '@renderer/data/hooks/useCases';
import { EmptyState } from '@renderer/ui/EmptyState';
import { PageHeader } from '@renderer/ui/PageHeader';
import { BackupCard } from './BackupCard';
import { CaseList } from './CaseList';
import { NewCaseForm } from './NewCaseForm';
// the section's styles travel with it (the other sections' sheets are listed in main.tsx)

export function CasesPage() {
  const cases = useCases();
  return (
    <>
      <PageHeader
        title="Cases"
        subtitle="A case gathers the accounts and evidence that prove one operation."
      />
      <NewCaseForm />
      {cases === undefined ? null : cases.length === 0 ? (
        <EmptyState icon="cases" title="No cases yet">
          <p>
            Give your first case a title above. Every change to a case is recorded, signed with your name.
          </p>
        </EmptyState>
      ) : (
        <CaseList cases={cases} />
      )}
      <BackupCard />
    </>
  );
}
