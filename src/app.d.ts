/// <reference types="vite-plugin-pwa/info" />
/// <reference types="vite-plugin-pwa/client" />
declare global {
  namespace App {}
  interface Window {
    /** Set by the e2e pseudo-locale run (an init script) before the app starts; never set by the app. */
    __REPRISE_PSEUDO__?: boolean;
  }
}
export {};
