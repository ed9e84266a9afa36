/**
 * Whether the analyst is working the chart right now: a pointer button held, or the wheel or a button used in the
 * last `quietMs`. Background work (filling a big chart slice by slice) waits meanwhile, so its slices do not share
 * the frames of a pan, a zoom or a drag.
 */
export function watchInputActivity(
  element: HTMLElement,
  quietMs: number,
): Readonly<{ busy: () => boolean; stop: () => void }> {
  let pressed = false;
  let lastInput = Number.NEGATIVE_INFINITY;
  const press = (): void => {
    pressed = true;
    lastInput = performance.now();
  };
  const release = (): void => {
    pressed = false;
    lastInput = performance.now();
  };
  const turn = (): void => {
    lastInput = performance.now();
  };
  element.addEventListener('pointerdown', press, { capture: true, passive: true });
  window.addEventListener('pointerup', release, { capture: true, passive: true });
  element.addEventListener('wheel', turn, { capture: true, passive: true });
  return {
    busy: () => pressed || performance.now() - lastInput < quietMs,
    stop: () => {
      element.removeEventListener('pointerdown', press, { capture: true });
      window.removeEventListener('pointerup', release, { capture: true });
      element.removeEventListener('wheel', turn, { capture: true });
    },
  };
}
