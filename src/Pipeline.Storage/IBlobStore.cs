namespace Pipeline.Storage;

/// <summary>
/// Named blobs (<c>uploads/{id}</c>, <c>parsed/{id}.json</c>, …). A put is all-or-nothing: readers see the old blob,
/// no blob, or the whole new one, never a part. Failures of the store itself throw: callers treat them as transient.
/// </summary>
public interface IBlobStore
{
    /// <summary>Stores <paramref name="content"/> read to its end, replacing any blob of that name.</summary>
    Task PutAsync(string name, Stream content, string contentType, CancellationToken cancellationToken = default);

    /// <summary>The blob's content, or null when there is no blob of that name.</summary>
    Task<Stream?> OpenReadAsync(string name, CancellationToken cancellationToken = default);

    Task<bool> ExistsAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Removes the blob; a missing blob is not an error.</summary>
    Task DeleteAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Throws when the store cannot be reached or written: what the readiness check asks.</summary>
    Task CheckAsync(CancellationToken cancellationToken = default);
}
