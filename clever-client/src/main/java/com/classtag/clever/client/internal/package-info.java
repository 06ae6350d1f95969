/**
 * The client's machinery; not API, may change in any release. One HTTP interface, {@link
 * com.classtag.clever.client.internal.HttpTransport}, is implemented on {@code java.net.http} by
 * {@link com.classtag.clever.client.internal.JdkTransport} and decorated by {@link
 * com.classtag.clever.client.internal.RetryingTransport}; {@link
 * com.classtag.clever.client.internal.Requester} builds URIs and maps failures to the public
 * exceptions; the pagination, publisher and snapshot classes build on it.
 */
package com.classtag.clever.client.internal;
