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
public sealed partial class TenantKeyMiddleware(RequestDelegate next, TimeProvider time, ILogger<TenantKeyMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context, IngestDbContext db)
    {
        var metadata = context.GetEndpoint()?.Metadata;
        if (metadata?.GetMetadata<TenantRouteMetadata>() is null)
        {
            await next(context);
            return;
        }
        if (!context.Request.Headers.ContainsKey("Authorization"))
        {
            if (metadata.GetMetadata<TenantOnlyMetadata>() is not null)
            {
                context.Response.Headers.WWWAuthenticate = "Bearer";
                await ApiProblems.Of(StatusCodes.Status401Unauthorized, "API key required",
                    "This route is for tenants: send 'Authorization: Bearer <API key>'.", ProblemTypes.ApiKeyRequired).ExecuteAsync(context);
                return;
            }
            await next(context);
            return;
        }
        var tenant = await FindAsync(context, db, time.GetUtcNow());
        if (tenant is null)
        {
            LogRefused(logger, context.Request.Path);
            context.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
            await ApiProblems.Of(StatusCodes.Status401Unauthorized, "Invalid API key",
                "The API key in the Authorization header is not valid (unknown, revoked or mistyped). Send 'Authorization: Bearer <API key>', or no Authorization header to use the API anonymously.",
                ProblemTypes.InvalidApiKey).ExecuteAsync(context);
            return;
        }
        context.Features.Set(tenant);
        await next(context);
    }

    private static async Task<TenantCaller?> FindAsync(HttpContext context, IngestDbContext db, DateTimeOffset now)
    {
        if (!AuthenticationHeaderValue.TryParse(context.Request.Headers.Authorization, out var header)
            || !header.Scheme.Equals("Bearer", StringComparison.OrdinalIgnoreCase)
            || header.Parameter is not { } key
            || !ApiKeys.IsWellFormed(key))
        {
            return null;
        }
        var prefix = ApiKeys.PrefixOf(key);
        // A key past its grace period, or of a tenant being deleted, is as good as unknown.
        var row = await (
                from k in db.TenantApiKeys.AsNoTracking()
                join t in db.Tenants.AsNoTracking() on k.TenantId equals t.Id
                where k.KeyPrefix == prefix && (k.ExpiresAt == null || k.ExpiresAt > now) && t.DeletedAt == null
                select new { t.Id, t.Name, k.KeyHash, t.UploadsPerWindow })
            .FirstOrDefaultAsync(context.RequestAborted);
        return row is not null && ApiKeys.Matches(key, row.KeyHash) ? new TenantCaller(row.Id, row.Name, row.UploadsPerWindow) : null;
    }

    [LoggerMessage(LogLevel.Information, "Refused a request to {Path} with an invalid API key")]
    private static partial void LogRefused(ILogger logger, PathString path);
}
