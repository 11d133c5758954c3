/**
 * The rules a case must meet, as Jakarta constraints, and the violations they report: {@link
 * org.iepletters.validation.CaseValidator} checks a case, {@link org.iepletters.validation.RenderChecks} the rules
 * that need the letter date.
 */
package org.iepletters.validation;
