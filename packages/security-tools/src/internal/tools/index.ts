import type { SecurityToolName } from '../../registry.js';
import type { StringDetector } from './api.js';
import { BUSINESS_DETECTOR } from './business.js';
import { ENTROPY_DETECTOR } from './entropy.js';
import { PATH_DETECTOR } from './paths.js';
import { PRIVACY_DETECTOR } from './privacy.js';

/**
 * The string detectors of the row tools other than `regex` (which `detect.ts` runs itself, with the
 * field-aware rule and the custom strings).
 */
export const STRING_DETECTORS: Partial<Record<SecurityToolName, StringDetector>> = {
  entropy: ENTROPY_DETECTOR,
  privacy_filter: PRIVACY_DETECTOR,
  business_logic: BUSINESS_DETECTOR,
  path_anonymizer: PATH_DETECTOR,
};
