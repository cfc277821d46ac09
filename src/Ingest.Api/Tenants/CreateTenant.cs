using System.Text.Json;
using Ingest.Api.Admin;
using Ingest.Data;
using Ingest.Data.Tenants;

namespace Ingest.Api.Tenants;

/// <summary>
/// <c>POST /api/v1/admin/tenants</c>: a new tenant with its API key and callback signing secret, both shown in this
/// answer only (the database keeps the key's hash and the secret encrypted).
/// </summary>
public static partial class CreateTenant
{
    public static async Task<IResult> HandleAsync(
        HttpContext context, IngestDbContext db, SigningSecrets secrets, TimeProvider time, ILogger<TenantCreated> logger, CancellationToken cancellationToken)
    {
        var body = await AdminJson.ReadObjectAsync(context.Request, cancellationToken);
        var name = body is { } b && b.TryGetProperty("name", out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()!.Trim() : "";
        if (name.Length is 0 or > Tenant.NameLength || name.Any(char.IsControl))
        {
            return AdminJson.Invalid("name", $"Send JSON {{\"name\": \"…\"}} with a name of 1 to {Tenant.NameLength} characters, without control characters.");
        }

        var now = time.GetUtcNow();
        var apiKey = ApiKeys.New();
        var secret = SigningSecrets.New();
        var tenant = new Tenant { Id = Guid.NewGuid(), Name = name, ProtectedSigningSecret = secrets.Protect(secret), CreatedAt = now };
        db.Tenants.Add(tenant);
        db.TenantApiKeys.Add(ApiKeys.Row(tenant.Id, apiKey, now));
        await db.SaveChangesAsync(cancellationToken);
        LogCreated(logger, tenant.Id, ApiKeys.PrefixOf(apiKey));
        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.Created(TenantView.PathOf(tenant.Id), new TenantCreated(tenant.Id, tenant.Name, apiKey, secret));
    }

    [LoggerMessage(LogLevel.Information, "Created tenant {TenantId} (key {KeyPrefix}…)")]
    private static partial void LogCreated(ILogger logger, Guid tenantId, string keyPrefix);
}

/// <param name="Name">Who the tenant is, for people (1–100 characters).</param>
public sealed record CreateTenantRequest(string Name);

/// <summary>A new tenant. <paramref name="ApiKey"/> and <paramref name="SigningSecret"/> are shown only here: keep them.</summary>
/// <param name="ApiKey">Send as <c>Authorization: Bearer …</c>.</param>
/// <param name="SigningSecret">Verifies callbacks' <c>webhook-signature</c> (Standard Webhooks, <c>whsec_</c> + base64 key).</param>
public sealed record TenantCreated(Guid Id, string Name, string ApiKey, string SigningSecret);
