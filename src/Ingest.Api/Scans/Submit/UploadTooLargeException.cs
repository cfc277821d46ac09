namespace Ingest.Api.Scans.Submit;

/// <summary>Thrown by <see cref="UploadStream"/> as soon as an upload passes its limit, which stops the write.</summary>
public sealed class UploadTooLargeException(long limit) : IOException($"The upload is larger than {limit} bytes.")
{
    public long Limit { get; } = limit;
}
