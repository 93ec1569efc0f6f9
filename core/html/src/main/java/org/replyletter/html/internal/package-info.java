/** The HTML writer (no library) and the reader on jsoup. Internal. */
package org.replyletter.html.internal;
