package org.certpath.api.parameters;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the parameters of a collection's CSV export: the list's filters, sort and fields, without
 * the paging ({@link PageParameters#PAGING}) of a list, since an export is the whole filtered
 * collection in one response.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Export {
}
