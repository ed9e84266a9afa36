/**
 * Networks: which accounts are one operation. Runs link analysis over the whole store in a worker and shows the
 * ranked networks, the hubs it folded, look-alike pairs to confirm or reject, triage signals and a path finder.
 */
import { useState } from 'react';
import { useAnalysisSettings, useDecisions, useLatestAnalysis } from '@renderer/data/hooks/useAnalysis';
import { EmptyState } from '@renderer/ui/EmptyState';
import { PageHeader } from '@renderer/ui/PageHeader';
import { AnalysisRunPanel } from './AnalysisRunPanel';
import { AnalysisSettingsForm } from './AnalysisSettingsForm';
import { HubList } from './HubList';
import { NetworkList } from './NetworkList';
import { PathFinder } from './PathFinder';
import { SignalList } from './SignalList';
import { SuggestionList } from './SuggestionList';
import { Tabs, type TabSpec } from './Tabs';

type TabId = 'networks' | 'suggestions' | 'signals' | 'hubs' | 'paths';

export function NetworksPage() {
  const latest = useLatestAnalysis();
  const settings = useAnalysisSettings();
  const decisions = useDecisions();
  const [tab, setTab] = useState<TabId>('networks');
  const report = latest?.record?.summary;

  const tabs: readonly TabSpec<TabId>[] = report
    ? [
        { id: 'networks', label: `Networks (${report.networkCount.toLocaleString()})` },
        { id: 'suggestions', label: `Look-alikes (${report.suggestions.length.toLocaleString()})` },
        { id: 'signals', label: `Signals (${report.signalCount.toLocaleString()})` },
        { id: 'hubs', label: `Hubs (${report.hubs.length.toLocaleString()})` },
        { id: 'paths', label: 'Paths' },
      ]
    : [];

  return (
    <>
      <PageHeader
        title="Networks"
        subtitle="Accounts that share payment accounts, phones, e-mails, addresses or photos, grouped into the operations behind them."
      />
      {settings ? (
        <div className="analysis-top">
          <AnalysisRunPanel latest={latest} settings={settings} />
          <AnalysisSettingsForm settings={settings} />
        </div>
      ) : null}
      {latest === undefined ? null : report === undefined ? (
        <EmptyState icon="networks" title="No analysis yet">
          <p>
            Run the analysis once the evidence is imported. It reads every account and identifier in the store
            and shows which accounts are one operation, and why.
          </p>
        </EmptyState>
      ) : (
        <Tabs label="Analysis results" tabs={tabs} selected={tab} onSelect={setTab}>
          {tab === 'networks' && settings ? (
            <NetworkList total={report.networkCount} settings={settings} />
          ) : null}
          {tab === 'suggestions' ? (
            <SuggestionList suggestions={report.suggestions} decisions={decisions ?? []} />
          ) : null}
          {tab === 'signals' ? <SignalList byKind={report.signalsByKind} /> : null}
          {tab === 'hubs' ? <HubList hubs={report.hubs} threshold={report.settings.hubThreshold} /> : null}
          {tab === 'paths' && settings ? <PathFinder settings={settings} /> : null}
        </Tabs>
      )}
    </>
  );
}
