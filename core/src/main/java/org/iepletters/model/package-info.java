/** The case as the parent describes it: student, guardian, district, IEPs, service logs; plain records. */
package org.iepletters.model;
