using Ingest.Api.Tenants;
using Ingest.Data;
using Microsoft.EntityFrameworkCore;

namespace Ingest.Api.Batches.Read;

/// <summary><c>GET /api/v1/batches?page=1&amp;pageSize=20</c>: the caller's batches, newest first (erased ones left out).</summary>
public static class ListBatches
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public static async Task<IResult> HandleAsync(HttpContext context, IngestDbContext db, TimeProvider time, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var tenant = TenantCaller.Of(context)!;
        if (page is < 1 || pageSize is < 1 or > MaxPageSize)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["page"] = [$"page starts at 1; pageSize is 1 to {MaxPageSize} (default {DefaultPageSize})."],
            });
        }
        var number = page ?? 1;
        var size = pageSize ?? DefaultPageSize;
        var batches = db.Batches.AsNoTracking().OwnedBy(tenant).Where(b => b.DeletedAt == null);
        var total = await batches.CountAsync(cancellationToken);
        var items = await batches
            .OrderByDescending(b => b.CreatedAt).ThenByDescending(b => b.Id)
            .Skip((number - 1) * size)
            .Take(size)
            .ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(new BatchPage(
            [.. items.Select(b => BatchView.Of(b, now))],
            number,
            size,
            total,
            number * size < total ? $"/api/v1/batches?page={number + 1}&pageSize={size}" : null));
    }
}

/// <param name="Items">Newest first.</param>
/// <param name="Total">The caller's batches in all.</param>
/// <param name="Next">The next page's address, or null on the last.</param>
public sealed record BatchPage(IReadOnlyList<BatchView> Items, int Page, int PageSize, int Total, string? Next);
