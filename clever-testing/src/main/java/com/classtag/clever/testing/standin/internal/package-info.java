/**
 * The stand-in's request handling and collections: routing, paging, the rate-limit window, response
 * bodies, and the views a changing district serves (a collection with records replaced, added or
 * removed, and an event history with later events appended).
 */
package com.classtag.clever.testing.standin.internal;
