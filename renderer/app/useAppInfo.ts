import { useEffect, useState } from 'react';
import type { AppInfo } from '@shared/bridge';
import { bridge } from '@renderer/platform/bridge';

/** Name, version and shell of the running app, asked once. */
export function useAppInfo(): AppInfo | undefined {
  const [info, setInfo] = useState<AppInfo>();
  useEffect(() => {
    let live = true;
    void bridge.getAppInfo().then((value) => {
      if (live) setInfo(value);
    });
    return () => {
      live = false;
    };
  }, []);
  return info;
}
