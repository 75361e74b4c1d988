export { parseKioskSettings, installation, resetInstallation, DEFAULT_IDLE_MS, DEFAULT_COUNTDOWN_MS, type KioskSettings, type Installation } from './settings';
export { IdleTimer, watchActivity, ACTIVITY_EVENTS, type Clock, type IdleView, type IdleOptions } from './inactivity';
export { wipeVisitorData, wipeAndRestart, deleteDatabases, clearCookies, clearStorage, browserTargets, type WipeTargets } from './wipe';
export { provideKiosk, useKiosk, addressText, type KioskMode } from './context';
