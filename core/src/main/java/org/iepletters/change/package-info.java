/** A proposed IEP compared with the accepted one, line by line, in exact minutes per week. */
package org.iepletters.change;
