/**
 * Review: where a field reviewer checks an evidence bundle on this computer, with no network. The check comes
 * first and is shown plainly; a refused bundle shows why and nothing else; a checked one (intact or not, the
 * verdict staying in view) can be browsed read-only and annotated.
 */
import { useState } from 'react';
import { useLocation, useParams } from 'wouter';
import { formatBytes } from '@shared/progress/progress';
import { EmptyState } from '@renderer/ui/EmptyState';
import { PageHeader } from '@renderer/ui/PageHeader';
import { ProgressBar } from '@renderer/ui/ProgressBar';
import { StatusMessage, type Message } from '@renderer/ui/StatusMessage';
import { BundleCheck } from './BundleCheck';
import { ManifestFacts } from './ManifestFacts';
import { BundleDropZone, OpenBundleButton, pickBundle } from './OpenBundle';
import { PastReviews } from './PastReviews';
import { ReviewBrowser } from './ReviewBrowser';
import { reviewRoute, type ReviewRoute } from './reviewRoute';
import { cancelCheck, closeBundle, useReviewSession, type ReviewSession } from './reviewSession';

function Checking({ session }: Readonly<{ session: Extract<ReviewSession, { status: 'checking' }> }>) {
  return (
    <section className="card" aria-labelledby="review-checking-heading">
      <h2 id="review-checking-heading">
        Checking {session.info ? `“${session.info.manifest.case.title}”` : session.fileName}
      </h2>
      <p className="small muted">
        Every file is hashed and compared with the manifest, and the audit chain is re-hashed, before anything
        in the bundle is shown.
      </p>
      <ProgressBar
        label={session.info ? 'Hashing the files in the bundle' : 'Reading the manifest'}
        sample={{
          done: session.bytesDone,
          total: session.bytesTotal,
          startedAt: session.startedAt,
          now: session.now,
        }}
        unit="bytes"
        formatAmount={formatBytes}
        onCancel={cancelCheck}
      />
    </section>
  );
}

type Opening = Readonly<{ onOpening: () => void; onMessage: (message: Message | undefined) => void }>;

function Nothing({ onOpening, onMessage }: Opening) {
  return (
    <>
      <EmptyState icon="review" title="No bundle open">
        <p>
          A case exported from Casegraph is a ZIP bundle with every file’s SHA-256 hash and the case’s audit
          chain. Review verifies all of it before showing anything, then lets you browse the case read-only
          and record your annotations to send back to the investigator. Open a bundle, or drop its .zip file
          on this page. Nothing is sent anywhere: it all happens on this computer.
        </p>
      </EmptyState>
      <PastReviews onOpen={() => void pickBundle(onOpening).then(onMessage)} />
    </>
  );
}

function Body({
  session,
  route,
  onOpening,
  onMessage,
}: Opening & Readonly<{ session: ReviewSession; route: ReviewRoute }>) {
  switch (session.status) {
    case 'idle':
      return <Nothing onOpening={onOpening} onMessage={onMessage} />;
    case 'reading':
      return (
        <p className="muted" role="status">
          Reading {session.fileName}…
        </p>
      );
    case 'checking':
      return <Checking session={session} />;
    case 'refused':
      return (
        <>
          <div role="alert" className="card review-refused">
            <h2>This bundle was refused</h2>
            <p>{session.message}</p>
            <p className="small muted">
              {session.fileName} was not opened: nothing in it was shown, saved or run.
            </p>
          </div>
          <PastReviews onOpen={() => void pickBundle(onOpening).then(onMessage)} />
        </>
      );
    case 'failed':
      return (
        <>
          <p
            role={session.cancelled ? 'status' : 'alert'}
            className={session.cancelled ? 'notice' : 'field-error'}
          >
            {session.cancelled
              ? `Check of ${session.fileName} cancelled; nothing in it was shown.`
              : `Could not check ${session.fileName}: ${session.message}`}
          </p>
          <Nothing onOpening={onOpening} onMessage={onMessage} />
        </>
      );
    case 'checked': {
      const onCase = route.page === 'section' && route.section === 'case';
      return (
        <>
          <BundleCheck fileName={session.fileName} verification={session.verification} compact={!onCase} />
          {onCase ? (
            <ManifestFacts manifest={session.info.manifest} manifestSha256={session.info.manifestSha256} />
          ) : null}
          <ReviewBrowser session={session} route={route} />
        </>
      );
    }
  }
}

export function ReviewPage() {
  const params = useParams<{ section?: string; id?: string }>();
  const route = reviewRoute(params);
  const session = useReviewSession();
  const [message, setMessage] = useState<Message>();
  const [, navigate] = useLocation();
  // A bundle just chosen is shown from its check, wherever in the previous one the reviewer was.
  const onOpening = () => navigate('/review');
  const busy = session.status === 'reading' || session.status === 'checking';
  return (
    <BundleDropZone disabled={busy} onOpening={onOpening} onMessage={setMessage}>
      <PageHeader
        title="Review"
        subtitle="Check a case bundle on this computer, with no network needed."
        actions={
          <>
            {session.status === 'checked' ? (
              <button type="button" className="button" onClick={closeBundle}>
                Close bundle
              </button>
            ) : null}
            <OpenBundleButton disabled={busy} onOpening={onOpening} onMessage={setMessage} />
          </>
        }
      />
      <StatusMessage message={message} />
      <Body session={session} route={route} onOpening={onOpening} onMessage={setMessage} />
    </BundleDropZone>
  );
}
