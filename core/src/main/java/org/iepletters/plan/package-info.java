/** Where a case stands and what to send when: situations, steps, deadlines, and which letters apply. */
package org.iepletters.plan;
