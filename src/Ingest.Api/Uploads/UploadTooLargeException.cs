namespace Ingest.Api.Uploads;

/// <summary>Thrown as soon as an upload (a file, or the whole request body) passes its limit, which stops the read.</summary>
public sealed class UploadTooLargeException(long limit) : IOException($"The upload is larger than {limit} bytes.")
{
    public long Limit { get; } = limit;
}
