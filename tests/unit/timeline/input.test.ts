import { describe, expect, it } from 'vitest';
import {
  wantsZoomHint,
  wheelDelta,
  wheelZooms,
  zoomFilter,
  zoomHintText,
  zoomKey,
} from '../../../src/lib/timeline/input.ts';

const wheel = (
  o: Partial<{
    ctrlKey: boolean;
    metaKey: boolean;
    deltaX: number;
    deltaY: number;
    deltaMode: number;
  }>,
) => ({
  type: 'wheel',
  ctrlKey: false,
  metaKey: false,
  deltaX: 0,
  deltaY: 100,
  deltaMode: 0,
  button: 0,
  ...o,
});

describe('timeline input: the wheel scrolls the page, Ctrl/⌘ + wheel zooms', () => {
  it('a plain wheel is left to the page; with Ctrl or ⌘ (or a pinch, which sets Ctrl) it zooms', () => {
    expect(wheelZooms(wheel({}))).toBe(false);
    expect(zoomFilter(wheel({}))).toBe(false);
    expect(zoomFilter(wheel({ ctrlKey: true }))).toBe(true);
    expect(zoomFilter(wheel({ metaKey: true }))).toBe(true);
    expect(zoomFilter(wheel({ deltaY: -3, ctrlKey: true }))).toBe(true);
  });

  it('drag as d3-zoom’s default: primary button, no Ctrl-click; touch from the second finger on', () => {
    expect(zoomFilter({ type: 'mousedown', ctrlKey: false, metaKey: false, button: 0 })).toBe(true);
    expect(zoomFilter({ type: 'mousedown', ctrlKey: false, metaKey: false, button: 2 })).toBe(
      false,
    );
    expect(zoomFilter({ type: 'mousedown', ctrlKey: true, metaKey: false, button: 0 })).toBe(false);
    // One finger scrolls the page; two fingers pan and pinch the chart.
    expect(
      zoomFilter({ type: 'touchstart', ctrlKey: false, metaKey: false, touches: { length: 1 } }),
    ).toBe(false);
    expect(
      zoomFilter({ type: 'touchstart', ctrlKey: false, metaKey: false, touches: { length: 2 } }),
    ).toBe(true);
    expect(zoomFilter({ type: 'touchstart', ctrlKey: false, metaKey: false })).toBe(false);
    expect(zoomFilter({ type: 'mousedown', ctrlKey: false, metaKey: true, button: 0 })).toBe(true);
  });

  it('a notch zooms as d3’s plain wheel did (×1.15), Ctrl held or not; a pinch keeps d3’s ×10', () => {
    expect(2 ** wheelDelta(wheel({ deltaY: -100, ctrlKey: true }))).toBeCloseTo(1.1487, 3);
    expect(wheelDelta(wheel({ deltaY: -100, metaKey: true }))).toBeCloseTo(0.2);
    expect(wheelDelta(wheel({ deltaY: 100, ctrlKey: true }))).toBeCloseTo(-0.2);
    expect(wheelDelta(wheel({ deltaY: -3, deltaMode: 1, ctrlKey: true }))).toBeCloseTo(0.15);
    expect(wheelDelta(wheel({ deltaY: 1, deltaMode: 2, ctrlKey: true }))).toBe(-1);
    // Trackpad pinch: Ctrl and small pixel deltas.
    expect(wheelDelta(wheel({ deltaY: -4, ctrlKey: true }))).toBeCloseTo(0.08);
  });

  it('the hint: for a mostly vertical plain wheel, naming ⌘ on Apple systems and Ctrl elsewhere', () => {
    expect(wantsZoomHint(wheel({}))).toBe(true);
    expect(wantsZoomHint(wheel({ ctrlKey: true }))).toBe(false);
    expect(wantsZoomHint(wheel({ deltaX: 120, deltaY: 10 }))).toBe(false);
    expect(zoomKey('MacIntel')).toBe('⌘');
    expect(zoomKey('macOS')).toBe('⌘');
    expect(zoomKey('iPad')).toBe('⌘');
    expect(zoomKey('Win32')).toBe('Ctrl');
    expect(zoomKey('Linux x86_64')).toBe('Ctrl');
    expect(zoomKey('')).toBe('Ctrl');
    expect(zoomKey('Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36')).toBe('⌘');
    expect(
      zoomKey(
        'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/156.0',
      ),
    ).toBe('Ctrl');
    expect(zoomKey('Mozilla/5.0 (Windows NT 10.0; Win64; x64)')).toBe('Ctrl');
    expect(zoomHintText('Win32')).toBe('To zoom, hold Ctrl while scrolling');
  });
});
