import { describe, expect, it } from 'vitest';
import { standaloneSvg } from './download';

describe('chart download', () => {
  it('writes a standalone SVG: namespaced, titled, links unwrapped, the class legend drawn in', () => {
    document.body.innerHTML = '<svg width="720" height="460"><g><a href="/materials/peek" tabindex="0"><circle cx="1" cy="2" r="4"></circle></a></g></svg>';
    const text = standaloneSvg(document.querySelector('svg')!, [{ label: 'Metal', color: '#4e79a7' }, { label: 'Synthetic polymer', color: '#f28e2c' }], "Young's modulus against density");
    const svg = new DOMParser().parseFromString(text, 'image/svg+xml').documentElement;
    expect(text.match(/xmlns=/g)).toHaveLength(1);
    expect(svg.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(svg.querySelector('title')?.textContent).toBe("Young's modulus against density");
    expect(svg.querySelectorAll('a')).toHaveLength(0);
    expect(svg.querySelectorAll('g circle')).toHaveLength(1);
    expect([...svg.querySelectorAll(':scope > text')].map((t) => t.textContent)).toEqual(['Metal', 'Synthetic polymer']);
    expect(svg.getAttribute('height')).toBe('484');
  });
});
