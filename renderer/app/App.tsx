/**
 * The app: a hash-based router (works the same from the desktop shell's custom scheme, a preview server or a file
 * opened by a reviewer) around the shell and its sections.
 */
import { Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { CasesPage } from '@renderer/features/cases/CasesPage';
import { CaseWorkspace } from '@renderer/features/cases/CaseWorkspace';
import { EntitiesPage } from '@renderer/features/entities/EntitiesPage';
import { EntityPage } from '@renderer/features/entity/EntityPage';
import { GraphPage } from '@renderer/features/graph/GraphPage';
import { ImportPage } from '@renderer/features/import/ImportPage';
import { NetworksPage } from '@renderer/features/networks/NetworksPage';
import { OverviewPage } from '@renderer/features/overview/OverviewPage';
import { ReviewPage } from '@renderer/features/review/ReviewPage';
import { NotFoundPage } from './NotFoundPage';
import { Shell } from './Shell';

export function App() {
  return (
    <Router hook={useHashLocation}>
      <Shell>
        <Switch>
          <Route path="/" component={OverviewPage} />
          <Route path="/import" component={ImportPage} />
          <Route path="/entities" component={EntitiesPage} />
          <Route path="/entities/:kind" component={EntitiesPage} />
          <Route path="/entities/:kind/search/:text" component={EntitiesPage} />
          <Route path="/entity/:id" component={EntityPage} />
          <Route path="/networks" component={NetworksPage} />
          <Route path="/graph" component={GraphPage} />
          <Route path="/graph/selection" component={GraphPage} />
          <Route path="/graph/:source/:id" component={GraphPage} />
          <Route path="/cases" component={CasesPage} />
          <Route path="/cases/:id" component={CaseWorkspace} />
          <Route path="/review" component={ReviewPage} />
          <Route path="/review/:section" component={ReviewPage} />
          <Route path="/review/:section/:id" component={ReviewPage} />
          <Route component={NotFoundPage} />
        </Switch>
      </Shell>
    </Router>
  );
}
