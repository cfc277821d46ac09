using System.Text.Json;
using Ingest.Api.Admin;
using Ingest.Api.Problems;
using Ingest.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ingest.Api.Tenants;

/// <summary>
/// <c>PATCH /api/v1/admin/tenants/{id}</c> <c>{"uploadsPerWindow"}</c>: the tenant's own upload allowance per
/// <c>Tenants:UploadWindow</c>; <c>null</c> puts it back on the <c>Tenants:UploadsPerWindow</c> setting. It applies
/// from the tenant's next request.
/// </summary>
public static partial class SetUploadAllowance
{
    public const int MaxAllowance = 10_000_000;

    public static async Task<IResult> HandleAsync(
        Guid id, HttpContext context, IngestDbContext db, IOptions<TenantOptions> options, TimeProvider time, ILogger<TenantView> logger,
        CancellationToken cancellationToken)
    {
        const string rule = "Send JSON {\"uploadsPerWindow\": N} with N from 1 to 10000000, or null for the Tenants:UploadsPerWindow setting.";
        if (await AdminJson.ReadObjectAsync(context.Request, cancellationToken) is not { } body || !body.TryGetProperty("uploadsPerWindow", out var value))
        {
            return AdminJson.Invalid("uploadsPerWindow", rule);
        }
        int? allowance = null;
        if (value.ValueKind != JsonValueKind.Null)
        {
            if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var n) || n is < 1 or > MaxAllowance)
            {
                return AdminJson.Invalid("uploadsPerWindow", rule);
            }
            allowance = n;
        }
        var changed = await db.Tenants.Where(t => t.Id == id && t.DeletedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.UploadsPerWindow, allowance), cancellationToken);
        if (changed == 0)
        {
            return ApiProblems.TenantNotFound();
        }
        LogSet(logger, id, allowance?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "the default");
        return TypedResults.Ok((await TenantView.LoadAsync(db, options.Value.UploadsPerWindow, time.GetUtcNow(), id, cancellationToken)).Single());
    }

    [LoggerMessage(LogLevel.Information, "Tenant {TenantId} may now upload {Allowance} per window")]
    private static partial void LogSet(ILogger logger, Guid tenantId, string allowance);
}

/// <param name="UploadsPerWindow">1–10,000,000, or null for the <c>Tenants:UploadsPerWindow</c> setting.</param>
public sealed record UploadAllowanceRequest(int? UploadsPerWindow);
