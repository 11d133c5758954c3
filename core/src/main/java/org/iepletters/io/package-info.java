/** Case files in JSON and YAML: read strictly, every problem reported at once, then validated. */
package org.iepletters.io;
