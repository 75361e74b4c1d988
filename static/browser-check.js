/*
 * Reprise — browser floor check (PRODUCT.md: iOS Safari >= 15, Chrome/Android >= 90, Firefox ESR).
 * A classic script in ES5 on purpose: it must run in the old browsers it detects. When a feature the app
 * relies on is missing, it reveals the prerendered #browser-unsupported message (written in the page's
 * language) instead of leaving a page that silently does nothing. No inline script: the CSP allows 'self'.
 */
(function () {
  'use strict';
  function supported() {
    try {
      var w = window;
      return (
        'noModule' in document.createElement('script') && // ES modules (the app is only modules)
        typeof w.Promise === 'function' &&
        typeof w.Promise.any === 'function' && // Chrome 85, Safari 14, Firefox 79
        typeof String.prototype.replaceAll === 'function' && // Chrome 85, Safari 13.1, Firefox 77
        typeof w.WeakRef === 'function' && // Chrome 84, Safari 14.1, Firefox 79
        typeof w.Intl === 'object' &&
        typeof w.Intl.NumberFormat === 'function' &&
        !!w.CSS &&
        typeof w.CSS.supports === 'function' &&
        w.CSS.supports('inset-inline-start', '0') // logical properties: Chrome 87, Safari 14.1, Firefox 66
      );
    } catch (e) {
      return false;
    }
  }
  function reveal() {
    var el = document.getElementById('browser-unsupported');
    if (el) el.removeAttribute('hidden');
  }
  if (!supported()) {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', reveal);
    else reveal();
  }
})();
