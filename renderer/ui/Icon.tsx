/** Inline SVG icons: no icon font or remote asset, so the app looks the same offline. */
const PATHS = {
  overview: 'M3 13h8V3H3v10zm0 8h8v-6H3v6zm10 0h8V11h-8v10zm0-18v6h8V3h-8z',
  import: 'M12 3v12m0 0l-4-4m4 4l4-4M4 17v2a2 2 0 002 2h12a2 2 0 002-2v-2',
  entities: 'M4 6h16M4 12h16M4 18h10',
  networks:
    'M5 5a2 2 0 100-.01M19 5a2 2 0 100-.01M5 19a2 2 0 100-.01M19 19a2 2 0 100-.01M12 12a2 2 0 100-.01M6.5 6.5l4 4M17.5 6.5l-4 4M6.5 17.5l4-4M17.5 17.5l-4-4',
  graph: 'M6 6a2 2 0 100-.01M18 6a2 2 0 100-.01M12 18a2 2 0 100-.01M7.5 7.5l3.5 9M16.5 7.5l-3.5 9M8 6h8',
  cases: 'M4 7h16v12H4zM9 7V5h6v2',
  review: 'M12 3l7 3v6c0 4-3 7.5-7 9-4-1.5-7-5-7-9V6l7-3zm-3 9l2 2 4-4',
  file: 'M14 3H6v18h12V7l-4-4zm0 0v4h4',
  check: 'M5 12l5 5L20 7',
  warning: 'M12 3l10 18H2L12 3zm0 7v4m0 3v.01',
  plus: 'M12 5v14M5 12h14',
  download: 'M12 4v12m0 0l-4-4m4 4l4-4M5 20h14',
  close: 'M6 6l12 12M18 6L6 18',
  search: 'M10.5 4a6.5 6.5 0 110 13 6.5 6.5 0 010-13zM15.5 15.5L20 20',
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({ name, size = 18 }: Readonly<{ name: IconName; size?: number }>) {
  return (
    <svg
      className="icon"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.8}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[name]} />
    </svg>
  );
}
