/**
 * Articles: import (paste, upload, API; HTML to text; duplicate texts refused by content hash), the demo
 * articles of the embedded set-up, and the gold-data export of corrected claims. Runs the extraction engine on
 * import and hands the claims to the claim module.
 */
package org.claimdesk.article;
