/** Runnable examples of embedding the library: one class a task. The README's Java snippets come from here. */
package org.iepletters.samples.examples;
