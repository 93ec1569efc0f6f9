/** The .docx writer and reader on Apache POI, and the checks that run before POI sees a file. Internal. */
package org.replyletter.docx.internal;
