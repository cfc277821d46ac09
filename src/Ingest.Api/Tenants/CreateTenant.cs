using Ingest.Api.Admin;
using Ingest.Api.Problems;
using Ingest.Data;
using Ingest.Data.Tenants;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Ingest.Api.Tenants;

/// <summary>
/// <c>POST /api/v1/admin/tenants</c>: a new tenant with its API key and callback signing secret, both shown in this
/// answer only (the database keeps the key's hash and the secret encrypted).
/// </summary>
public static partial class CreateTenant
{
    /// <summary>The body is read only after the admin key was checked: a caller without it learns nothing, not even what JSON is wanted.</summary>
    public static async Task<Results<Created<TenantCreated>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        HttpContext context, IOptions<AdminOptions> admin, IngestDbContext db, SigningSecrets secrets,
        TimeProvider time, ILogger<TenantCreated> logger, CancellationToken cancellationToken)
    {
        if (!AdminKey.Matches(context, admin.Value.ApiKey))
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
            return ApiProblems.Of(StatusCodes.Status401Unauthorized, "Admin key required",
                "Send the admin key as 'Authorization: Bearer <Admin:ApiKey>'.", "admin-key-required");
        }
        CreateTenantRequest? request;
        try
        {
            request = context.Request.HasJsonContentType() ? await context.Request.ReadFromJsonAsync<CreateTenantRequest>(cancellationToken) : null;
        }
        catch (System.Text.Json.JsonException)
        {
            request = null;
        }
        var name = request?.Name?.Trim() ?? "";
        if (name.Length is 0 or > Tenant.NameLength || name.Any(char.IsControl))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["name"] = [$"Send JSON {{\"name\": \"…\"}} with a name of 1 to {Tenant.NameLength} characters, without control characters."],
            });
        }

        var apiKey = ApiKeys.New();
        var secret = SigningSecrets.New();
        var tenant = new Tenant
        {
            Id = Guid.NewGuid(),
            Name = name,
            KeyPrefix = ApiKeys.PrefixOf(apiKey),
            KeyHash = ApiKeys.Hash(apiKey),
            ProtectedSigningSecret = secrets.Protect(secret),
            CreatedAt = time.GetUtcNow(),
        };
        db.Tenants.Add(tenant);
        await db.SaveChangesAsync(cancellationToken);
        LogCreated(logger, tenant.Id, tenant.KeyPrefix);
        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.Created((string?)null, new TenantCreated(tenant.Id, tenant.Name, apiKey, secret));
    }

    [LoggerMessage(LogLevel.Information, "Created tenant {TenantId} (key {KeyPrefix}…)")]
    private static partial void LogCreated(ILogger logger, Guid tenantId, string keyPrefix);
}

/// <param name="Name">Who the tenant is, for people (1–100 characters).</param>
public sealed record CreateTenantRequest(string? Name);

/// <summary>A new tenant. <paramref name="ApiKey"/> and <paramref name="SigningSecret"/> are shown only here: keep them.</summary>
/// <param name="ApiKey">Send as <c>Authorization: Bearer …</c>.</param>
/// <param name="SigningSecret">Verifies callbacks' <c>webhook-signature</c> (Standard Webhooks, <c>whsec_</c> + base64 key).</param>
public sealed record TenantCreated(Guid Id, string Name, string ApiKey, string SigningSecret);
