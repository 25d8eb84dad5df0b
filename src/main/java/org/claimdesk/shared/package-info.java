/**
 * The few types every module shares: the exceptions that services throw for rejected input, missing
 * records and conflicts, which the UI shows as messages and the API turns into problem+json.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.claimdesk.shared;
