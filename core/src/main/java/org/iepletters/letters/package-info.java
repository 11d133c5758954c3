/**
 * Letters as facts: turns a case, a letter kind and a date into the immutable view a template prints
 * (sender, date, addressees, the Re: line, signature, grammar of the child's pronouns, and the facts
 * each letter states). Templates hold the words; this package holds everything computed.
 */
package org.iepletters.letters;
