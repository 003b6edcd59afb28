// Stands in for jsPDF's optional helpers (html2canvas for .html(), canvg for SVG images,
// DOMPurify for HTML), which Sitwell's PDF never uses: vite.config.ts points them here, so the
// service worker does not precache some 380 KB of code that never runs. Anything that reaches
// one of them gets a plain error instead.

/** Fails loudly if jsPDF ever asks for a helper Sitwell left out. */
function unused(): never {
  throw new Error('This jsPDF feature (HTML or SVG rendering) is not included in Sitwell.');
}

export default unused;
