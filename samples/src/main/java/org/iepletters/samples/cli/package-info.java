/** The {@code iep-letters} command: validate a case, show its ledger and plan, write its letters. */
package org.iepletters.samples.cli;
