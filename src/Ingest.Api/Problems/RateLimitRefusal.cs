namespace Ingest.Api.Problems;

/// <summary>
/// Endpoint metadata: what a 429 from the rate limiter says on that route (the limiter's rejection handler is one for
/// all routes). Routes without it get <see cref="Uploads"/>, or
/// <see cref="TenantUploads"/> for a tenant.
/// </summary>
public sealed record RateLimitRefusal(string Title, string Detail)
{
    public static readonly RateLimitRefusal Uploads = new("Too many uploads",
        "This address sent too many resumes in a short time; wait a minute and try again.");

    /// <summary>A tenant's own upload allowance (<c>Tenants:UploadsPerWindow</c>) ran out.</summary>
    public static readonly RateLimitRefusal TenantUploads = new("Too many uploads",
        "This tenant sent more resumes than its allowance in a short time; wait a minute and try again.");
}
