/** The frame of the UI (layout, navigation, theme, stylesheet) and the error handling of the UI and the API. */
package org.claimdesk.base;
