import { WakeableSleep } from './wakeable-sleep';

describe('WakeableSleep', () => {
  it('sleeps for the time given', async () => {
    const s = new WakeableSleep();
    const t0 = Date.now();
    await s.sleep(60);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(55);
  });

  it('wake() ends the sleep early, and a wake with nobody asleep is harmless', async () => {
    const s = new WakeableSleep();
    s.wake();
    const t0 = Date.now();
    const p = s.sleep(10_000);
    setTimeout(() => s.wake(), 20);
    await p;
    expect(Date.now() - t0).toBeLessThan(1000);
  });

  it('does not sleep at all for 0 ms or when the loop is no longer active', async () => {
    const s = new WakeableSleep();
    const t0 = Date.now();
    await s.sleep(0);
    await s.sleep(10_000, () => false);
    expect(Date.now() - t0).toBeLessThan(50);
  });
});
