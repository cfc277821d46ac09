using Ingest.Data;
using Ingest.Data.Subscribers;
using Microsoft.EntityFrameworkCore;

namespace Ingest.Api.Subscribers.Suppression;

/// <summary><c>GET /api/v1/admin/subscribers/suppressed</c>: the addresses no mail goes to any more, newest first.</summary>
public static class ListSuppressed
{
    private const int Limit = 1000;

    public static async Task<IResult> HandleAsync(IngestDbContext db, CancellationToken cancellationToken)
    {
        var suppressed = db.Subscribers.AsNoTracking().Where(s => s.Status == SubscriberStatus.Suppressed);
        var total = await suppressed.CountAsync(cancellationToken);
        var newest = await suppressed.OrderByDescending(s => s.SuppressedAt).Take(Limit)
            .Select(s => new SuppressedAddress(s.Email, s.Role, s.SuppressedAt, s.SuppressionReason))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new SuppressedList(total, newest));
    }
}

/// <param name="Total">How many addresses are suppressed.</param>
/// <param name="Addresses">The newest 1,000 of them.</param>
public sealed record SuppressedList(int Total, IReadOnlyList<SuppressedAddress> Addresses);

/// <param name="Reason">The mail server's reply when it refused the address.</param>
public sealed record SuppressedAddress(string Email, string Role, DateTimeOffset? SuppressedAt, string? Reason);
