import { CONCEPTS, MESH } from './__fixtures__/vocabulary';
import { annotate } from './annotate';
import { buildDictionary } from './dictionary';
import { tokenize } from './tokenizer';

const dict = buildDictionary(CONCEPTS, MESH, 'hostile');

/** Every span of a result lies inside its field and is the slice it claims. */
function checkSpans(input: { text: string; title?: string }) {
  const r = annotate(dict, input);
  for (const a of r.annotations) {
    const src = a.field === 'title' ? input.title ?? '' : input.text;
    expect(a.start).toBeGreaterThanOrEqual(0);
    expect(a.end).toBeLessThanOrEqual(src.length);
    expect(src.slice(a.start, a.end)).toBe(a.text);
  }
  for (const q of r.quantities) {
    const src = q.field === 'title' ? input.title ?? '' : input.text;
    expect(src.slice(q.start, q.end)).toBe(q.text);
  }
  return r;
}

describe('hostile strings', () => {
  it('answers empty and non-string input with an empty result', () => {
    expect(annotate(dict, { text: '' })).toMatchObject({ annotations: [], quantities: [], abbreviations: [] });
    expect(annotate(dict, { text: undefined as unknown as string, title: 42 as unknown as string }).annotations).toEqual([]);
    expect(annotate(dict, null as unknown as { text: string }).annotations).toEqual([]);
    expect(tokenize(undefined as unknown as string)).toEqual([]);
  });

  it('handles 100 kB of one word, and 100 kB of one glued alloy-like word, in linear-ish time', () => {
    // CPU time, not the wall clock: on the shared CI machine other processes' turns would count.
    const t0 = process.cpuUsage();
    checkSpans({ text: 'a'.repeat(100_000) });
    checkSpans({ text: 'Ti6'.repeat(33_000) });
    checkSpans({ text: '('.repeat(50_000) + ')'.repeat(50_000) });
    checkSpans({ text: '1-'.repeat(50_000) });
    checkSpans({ text: 'hydroxyapatite (HA) '.repeat(5_000) });
    const cpu = process.cpuUsage(t0);
    expect((cpu.user + cpu.system) / 1000).toBeLessThan(10_000);
  });

  it('handles control characters, mixed scripts, lone surrogates and emoji', () => {
    const texts = [
      'HA\u0000coated\u0007Ti\u001b[31m 12 GPa',
      'Гидроксиапатит и hydroxyapatite 羟基磷灰石 (HA) هيدروكسيباتيت',
      'lone \ud800 high and \udc00 low surrogate around hydroxyapatite \ud83d',
      '🦴 bone 🦴 𝐇𝐀 scaffold 🧪 12 ± 3 MPa',
      'Cortical\u200bbone, soft\u00adhyphen, zero\ufeffwidth',
      'e\u0301\u0301\u0301 ̈́ combining marks alone ́',
      '± ± × 10^ 10^- ~ < > from between and to % °C µm',
    ];
    for (const text of texts) expect(() => checkSpans({ text, title: text })).not.toThrow();
    expect(checkSpans({ text: texts[1] }).annotations.map((a) => a.text)).toEqual(['hydroxyapatite', 'HA']);
  });

  it('keeps the speed of a typical abstract well below 5 ms', () => {
    const text =
      'Porous hydroxyapatite (HA) scaffolds with a porosity of 70–90 % were seeded with osteoblasts. The compressive strength was 12.5 ± 1.3 MPa and the Young’s modulus about 5 GPa. '.repeat(8);
    annotate(dict, { text });
    const t0 = process.cpuUsage();
    for (let i = 0; i < 50; i++) annotate(dict, { text });
    const cpu = process.cpuUsage(t0);
    const ms = (cpu.user + cpu.system) / 1000 / 50;
    expect(ms).toBeLessThan(20); // CPU time, generous: the bench measures the real figure
  });
});
