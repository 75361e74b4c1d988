/**
 * Parts of the app that are announced but not built yet. The home page shows its start button only when the
 * resident journey exists, so no page ever links to a route that is not there (the prerender crawler would
 * fail the build on such a link anyway). The issue that adds `/simulation/` sets this to true.
 */
export const SIMULATION_READY: boolean = true;
