/**
 * The store's internals: the schema migrator, the state reader and writer and the decision applier.
 */
package com.classtag.sync.jdbc.internal;
