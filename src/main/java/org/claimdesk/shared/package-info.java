/**
 * The few types every module shares: the exceptions that services throw for rejected input, missing records and
 * conflicts (the UI shows them as messages, the API turns them into problem+json), the change event the audit
 * module records, input checks ({@link org.claimdesk.shared.Inputs}, {@link org.claimdesk.shared.WebLinks}), the
 * three-way merge of a form's input onto a record someone else saved ({@link org.claimdesk.shared.ThreeWayMerge}),
 * and the clock services read the time from. {@code shared.ui} holds the form pieces every module's views use:
 * the message line for refusals, the conflict choices, the draft merge.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.claimdesk.shared;
