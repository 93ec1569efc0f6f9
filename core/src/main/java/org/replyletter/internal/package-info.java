/**
 * Internal implementation shared by the library's packages. Not exported from the module; no
 * compatibility promise.
 */
package org.replyletter.internal;
