/**
 * A saved web page (HTML or MHTML), shown inert in `<iframe sandbox="" srcdoc=…>`: the empty sandbox allows no
 * scripts, forms, popups, plugins or navigation of the app, and gives the page an opaque origin, so it can read
 * nothing of the app (storage, cookies, the bridge). The page also carries its own CSP (see inertHtml.ts), so
 * nothing remote loads. "Show source" shows the HTML as text instead.
 */
import { useId, useState } from 'react';
import type { Evidence } from '@shared/model';
import { savedPageFromBytes, type SavedPageResult } from '@shared/evidence/savedPage';
import { DownloadOnly } from './DownloadOnly';
import { useLoaded } from './useLoaded';

/** The source view is text in a `<pre>`: past this many characters it is cut, like a text preview. */
const SOURCE_CHARS = 1024 * 1024;

export function SavedPagePreview({
  evidence,
  blob,
  format,
}: Readonly<{ evidence: Evidence; blob: Blob; format: 'html' | 'mhtml' }>) {
  const [showSource, setShowSource] = useState(false);
  const frameId = useId();
  const result = useLoaded(blob, async (bytes): Promise<SavedPageResult> =>
    savedPageFromBytes(format, new Uint8Array(await bytes.arrayBuffer()), evidence.mediaType),
  );

  if (result.status === 'loading') return <p className="muted">Opening the page…</p>;
  if (result.status === 'failed') return <p role="alert">Could not read the page: {result.message}</p>;
  if (!result.value.ok) {
    return (
      <DownloadOnly
        evidence={evidence}
        blob={blob}
        reason={`This saved page cannot be shown: ${result.value.message}`}
      />
    );
  }
  const page = result.value.page;
  const source = page.source.length > SOURCE_CHARS ? page.source.slice(0, SOURCE_CHARS) : page.source;

  return (
    <div className="saved-page">
      <div className="saved-page__bar">
        <p className="muted small">
          {page.savedFrom ? (
            <>
              Saved from <span className="evidence-details__url">{page.savedFrom}</span>
              {page.savedAt ? ` on ${page.savedAt}` : ''}.{' '}
            </>
          ) : null}
          Shown inert: scripts, forms and anything remote are blocked.
        </p>
        <button
          type="button"
          className="button"
          aria-pressed={showSource}
          aria-controls={frameId}
          onClick={() => setShowSource((shown) => !shown)}
        >
          Show source
        </button>
      </div>
      {page.warnings.length > 0 ? (
        <ul className="note note--warning saved-page__warnings" aria-label="Problems with this file">
          {page.warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      ) : null}
      <div id={frameId}>
        {showSource ? (
          <>
            {source.length < page.source.length ? (
              <p className="note">
                Showing the first {SOURCE_CHARS.toLocaleString()} characters of the source.
              </p>
            ) : null}
            <pre className="evidence-text">{source}</pre>
          </>
        ) : (
          <iframe
            className="saved-page__frame"
            title={`Saved page ${evidence.name}${page.title ? `: ${page.title}` : ''}`}
            sandbox=""
            srcDoc={page.frameDocument}
            referrerPolicy="no-referrer"
          />
        )}
      </div>
    </div>
  );
}
