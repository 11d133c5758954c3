/**
 * IEP Letters: letters a Massachusetts parent sends when a district does not deliver, or proposes to cut,
 * the services of a child's IEP. Start from {@code IepLetters}.
 */
package org.iepletters;
