// WCAG 2.x contrast check of every rendered text on the page, run by the browser tests.
// For each text node it takes the computed colour of its element and the effective background behind it
// (the element's and its ancestors' backgrounds composited until one is opaque, then the page), and returns
// the texts below 4.5:1 (3:1 for large text: 24px, or 18.66px bold). Texts on a background image or
// gradient, disabled controls and texts that are not rendered are left out, as axe-core leaves them out.
const canvas = document.createElement('canvas');
canvas.width = canvas.height = 1;
const ctx = canvas.getContext('2d', { willReadFrequently: true });

function rgba(colour) {
  ctx.clearRect(0, 0, 1, 1);
  ctx.fillStyle = '#000';
  ctx.fillStyle = colour;
  ctx.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
  // image data is not premultiplied: the channels are the colour itself
  return [r, g, b, a / 255];
}

function over(top, below) {
  const a = top[3] + below[3] * (1 - top[3]);
  if (a === 0) return [0, 0, 0, 0];
  const mix = (i) => (top[i] * top[3] + below[i] * below[3] * (1 - top[3])) / a;
  return [mix(0), mix(1), mix(2), a];
}

function luminance([r, g, b]) {
  const lin = (c) => { c /= 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

function ratio(a, b) {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

function background(element) {
  const layers = [];
  for (let node = element; node && node.nodeType === 1; node = node.parentElement) {
    const style = getComputedStyle(node);
    if (style.backgroundImage && style.backgroundImage !== 'none') return null;
    const colour = rgba(style.backgroundColor);
    if (colour[3] > 0) layers.push(colour);
    if (colour[3] >= 1) break;
  }
  let result = [255, 255, 255, 1];
  for (let i = layers.length - 1; i >= 0; i--) result = over(layers[i], result);
  return result;
}

function opacity(element) {
  let value = 1;
  for (let node = element; node && node.nodeType === 1; node = node.parentElement) {
    value *= Number(getComputedStyle(node).opacity);
  }
  return value;
}

function describe(element) {
  const parts = [];
  for (let node = element; node && node.nodeType === 1 && parts.length < 3; node = node.parentElement) {
    parts.unshift(node.tagName.toLowerCase() + (node.id ? `#${node.id}` : '')
      + (node.classList.length ? `.${[...node.classList].join('.')}` : ''));
  }
  return parts.join(' > ');
}

const failures = [];
const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
for (let text = walker.nextNode(); text; text = walker.nextNode()) {
  const content = text.textContent.trim();
  const element = text.parentElement;
  if (!content || !element || element.closest('script, style, noscript, template')) continue;
  const range = document.createRange();
  range.selectNodeContents(text);
  const boxes = [...range.getClientRects()].filter((r) => r.width > 1 && r.height > 1);
  if (!boxes.length) continue;
  const style = getComputedStyle(element);
  if (style.visibility !== 'visible') continue;
  if (element.closest(':disabled, [aria-disabled=true]')) continue;
  // visually hidden text (for screen readers) is clipped to a pixel
  if (element.closest('.visually-hidden, .sr-only')) continue;
  const bg = background(element);
  if (!bg) continue;
  const fg = rgba(style.color);
  const alpha = fg[3] * opacity(element);
  const seen = over([fg[0], fg[1], fg[2], alpha], bg);
  const size = parseFloat(style.fontSize);
  const bold = Number(style.fontWeight) >= 700;
  const large = size >= 24 || (bold && size >= 18.66);
  const needed = large ? 3 : 4.5;
  const value = ratio(seen, bg);
  if (value + 0.005 < needed) {
    failures.push(`${value.toFixed(2)}:1 < ${needed}:1 "${content.slice(0, 40)}" in ${describe(element)}`
      + ` (text rgb(${seen.slice(0, 3).map(Math.round)}) on rgb(${bg.slice(0, 3).map(Math.round)}))`);
  }
}
return failures;
