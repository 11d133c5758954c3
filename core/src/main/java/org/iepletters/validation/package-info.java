/** The rules a case must meet, as Jakarta constraints, and the violations they report. */
package org.iepletters.validation;
