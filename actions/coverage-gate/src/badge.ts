/** A flat SVG badge ("coverage | 87%"), coloured like shields.io's coverage badges. */

function color(value: number | undefined): string {
  if (value === undefined) return '#9f9f9f';
  if (value >= 90) return '#4c1';
  if (value >= 80) return '#97ca00';
  if (value >= 70) return '#a4a61d';
  if (value >= 60) return '#dfb317';
  if (value >= 50) return '#fe7d37';
  return '#e05d44';
}

// Verdana 11px: approximate advance widths, enough for a label and a short number.
function textWidth(text: string): number {
  let width = 0;
  for (const ch of text)
    width += /[0-9]/.test(ch) ? 7 : ch === '%' ? 10 : ch === '.' ? 4 : /[il]/.test(ch) ? 3 : /[mw]/.test(ch) ? 10 : 7;
  return width;
}

const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function renderBadge(label: string, value: number | undefined): string {
  const message = value === undefined ? 'unknown' : `${(Math.floor(value * 10) / 10).toFixed(1)}%`;
  const left = textWidth(label) + 10;
  const right = textWidth(message) + 10;
  const total = left + right;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${total}" height="20" role="img" aria-label="${escapeXml(label)}: ${escapeXml(message)}">
<title>${escapeXml(label)}: ${escapeXml(message)}</title>
<linearGradient id="s" x2="0" y2="100%"><stop offset="0" stop-color="#bbb" stop-opacity=".1"/><stop offset="1" stop-opacity=".1"/></linearGradient>
<clipPath id="r"><rect width="${total}" height="20" rx="3" fill="#fff"/></clipPath>
<g clip-path="url(#r)"><rect width="${left}" height="20" fill="#555"/><rect x="${left}" width="${right}" height="20" fill="${color(value)}"/><rect width="${total}" height="20" fill="url(#s)"/></g>
<g fill="#fff" text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" font-size="11">
<text x="${left / 2}" y="15" fill="#010101" fill-opacity=".3">${escapeXml(label)}</text><text x="${left / 2}" y="14">${escapeXml(label)}</text>
<text x="${left + right / 2}" y="15" fill="#010101" fill-opacity=".3">${escapeXml(message)}</text><text x="${left + right / 2}" y="14">${escapeXml(message)}</text>
</g>
</svg>
`;
}
