/**
 * Rendering: Velocity templates to Markdown with every inserted value escaped, Markdown to
 * WordprocessingML styled by {@code reference.docx}, and deterministic {@code .docx} packaging.
 * Internal to the library: use {@code org.iepletters.IepLetters}.
 */
package org.iepletters.render;
