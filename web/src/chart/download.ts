/** The chart as a file: a standalone SVG (with its class legend drawn in) or a PNG rendered from it. */

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * A standalone copy of the chart's SVG: namespaced, links and focus attributes removed, a white
 * background, and the colour legend (HTML in the page) drawn as SVG along the bottom.
 */
export function standaloneSvg(svg: SVGSVGElement, legend: { label: string; color: string }[], title: string): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const width = Number(svg.getAttribute('width'));
  const height = Number(svg.getAttribute('height'));
  const legendHeight = legend.length ? 24 * Math.ceil(legend.length / 4) : 0;
  // The serialiser declares the namespace itself; an xmlns attribute as well would be written twice.
  copy.removeAttribute('xmlns');
  copy.setAttribute('height', String(height + legendHeight));
  copy.setAttribute('viewBox', `0 0 ${width} ${height + legendHeight}`);
  for (const a of copy.querySelectorAll('a')) a.replaceWith(...a.childNodes);
  const el = (name: string, attrs: Record<string, string | number>, text?: string) => {
    const e = document.createElementNS(SVG_NS, name);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
    if (text) e.textContent = text;
    return e;
  };
  const titleEl = el('title', {}, title);
  copy.prepend(titleEl);
  copy.insertBefore(el('rect', { x: 0, y: 0, width, height: height + legendHeight, fill: 'white' }), titleEl.nextSibling);
  legend.forEach((item, i) => {
    const x = 20 + (i % 4) * (width / 4);
    const y = height + 14 + 24 * Math.floor(i / 4);
    copy.append(el('circle', { cx: x, cy: y - 4, r: 5, fill: item.color }), el('text', { x: x + 10, y, 'font-size': 13, 'font-family': 'system-ui, sans-serif' }, item.label));
  });
  const text = new XMLSerializer().serializeToString(copy);
  return /^<svg[^>]*\sxmlns=/.test(text) ? text : text.replace(/^<svg/, `<svg xmlns="${SVG_NS}"`);
}

export function downloadBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The SVG drawn on a canvas at twice its size (sharp on high-density screens and in print). */
export async function svgToPng(svgText: string, scale = 2): Promise<Blob> {
  // A data: URL, which the page's Content Security Policy allows for images (blob: it does not).
  const url = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
  {
    const img = new Image();
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('The chart image could not be drawn.'));
      img.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = img.width * scale;
    canvas.height = img.height * scale;
    const ctx = canvas.getContext('2d')!;
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('The PNG could not be written.'))), 'image/png'));
  }
}
