namespace Ingest.Api.Callbacks;

/// <summary>A callback address that resolves only to addresses callbacks may not reach.</summary>
public sealed class CallbackRefusedException(string message) : IOException(message);
