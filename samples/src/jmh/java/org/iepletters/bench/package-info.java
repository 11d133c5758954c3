/**
 * JMH benchmarks of letter rendering and the service ledger, with the baselines they are compared
 * to: the same letter written with Apache POI XWPF, and written straight into a ZIP.
 */
package org.iepletters.bench;
