using System.Net.Http.Headers;
using Ingest.Api.Problems;
using Ingest.Data;
using Microsoft.EntityFrameworkCore;

namespace Ingest.Api.Tenants;

/// <summary>
/// Finds the tenant of a request that carries <c>Authorization: Bearer KEY</c> on a tenant route, before the rate
/// limiter picks its partition. A key that is malformed, unknown or revoked is refused with 401: a caller who meant
/// to be a tenant must never be served as anonymous (no callbacks, other scans, another rate limit) without noticing.
/// </summary>
public sealed partial class TenantKeyMiddleware(RequestDelegate next, ILogger<TenantKeyMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context, IngestDbContext db)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<TenantRouteMetadata>() is null || !context.Request.Headers.ContainsKey("Authorization"))
        {
            await next(context);
            return;
        }
        var tenant = await FindAsync(context, db);
        if (tenant is null)
        {
            LogRefused(logger, context.Request.Path);
            context.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
            await ApiProblems.Of(StatusCodes.Status401Unauthorized, "Invalid API key",
                "The API key in the Authorization header is not valid (unknown, revoked or mistyped). Send 'Authorization: Bearer <API key>', or no Authorization header to use the API anonymously.",
                "invalid-api-key").ExecuteAsync(context);
            return;
        }
        context.Features.Set(tenant);
        await next(context);
    }

    private static async Task<TenantCaller?> FindAsync(HttpContext context, IngestDbContext db)
    {
        if (!AuthenticationHeaderValue.TryParse(context.Request.Headers.Authorization, out var header)
            || !header.Scheme.Equals("Bearer", StringComparison.OrdinalIgnoreCase)
            || header.Parameter is not { } key
            || !ApiKeys.IsWellFormed(key))
        {
            return null;
        }
        var prefix = ApiKeys.PrefixOf(key);
        var row = await db.Tenants.AsNoTracking()
            .Where(t => t.KeyPrefix == prefix)
            .Select(t => new { t.Id, t.Name, t.KeyHash, t.RevokedAt })
            .FirstOrDefaultAsync(context.RequestAborted);
        return row is not null && ApiKeys.Matches(key, row.KeyHash) && row.RevokedAt is null ? new TenantCaller(row.Id, row.Name) : null;
    }

    [LoggerMessage(LogLevel.Information, "Refused a request to {Path} with an invalid API key")]
    private static partial void LogRefused(ILogger logger, PathString path);
}
