export { MAX_OFFERS, offerState, offerOf, withOffer, allOffers, docOf, alignCare, pinMonth, noCare } from './doc';
export type { OfferState, CareState, SimulationDoc } from './doc';
export { SHARE_VERSION, SHARE_PARAM, LAYOUT_ID, MAX_LINK_LENGTH, encodeShare, decodeShare, shareFragment, readFragment } from './codec';
export type { ShareError, ShareResult } from './codec';
export { FILE_APP, FILE_VERSION, FILE_MAX_BYTES, savedFile, fileName, fileText, readSavedFile } from './file';
export type { SavedFile, FileError, FileResult } from './file';
