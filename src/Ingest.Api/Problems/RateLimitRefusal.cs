namespace Ingest.Api.Problems;

/// <summary>
/// Endpoint metadata: what a 429 from the rate limiter says on that route (the limiter's rejection handler is one for
/// all routes). Routes without it get <see cref="Uploads"/>.
/// </summary>
public sealed record RateLimitRefusal(string Title, string Detail)
{
    public static readonly RateLimitRefusal Uploads = new("Too many uploads",
        "This address sent too many resumes in a short time; wait a minute and try again.");
}
