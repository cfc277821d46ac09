namespace Ingest.Api.Problems;

/// <summary>The blob store could not take an upload (full, unreachable): the service's trouble, answered 503.</summary>
public sealed class StorageUnavailableException(Exception inner) : Exception("The blob store could not store the upload.", inner);
