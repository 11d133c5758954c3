/** Massachusetts and federal holidays, business days and school days: the day counts deadlines and the ledger use. */
package org.iepletters.calendar;
