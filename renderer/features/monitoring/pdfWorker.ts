/**
 * The pdf.js worker as an entry of our own, so Vite bundles it into the app's assets (a
 * classic script without exports) and it loads from the app's own origin: the CSP allows
 * workers from 'self' only, never a CDN. Importing it is enough: in a worker it starts
 * listening for the page by itself.
 */
import 'pdfjs-dist/build/pdf.worker.min.mjs';
