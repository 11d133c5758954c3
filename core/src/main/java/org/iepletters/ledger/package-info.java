/** The service ledger: for each service line of the accepted IEP, what was required, delivered, excused and owed. */
package org.iepletters.ledger;
