// Stands in for jspdf's optional dependencies (html2canvas, canvg, dompurify: its .html() and SVG
// methods, which the app never calls; vite.config.ts points them here). Without it the build carried
// about 0.7 MB of chunks nothing loads, and the offline cache downloaded them on every install.
const absent = undefined;
export default absent;
