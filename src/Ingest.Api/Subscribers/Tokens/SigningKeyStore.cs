using System.Collections.Concurrent;
using System.Security.Cryptography;
using Ingest.Data;
using Ingest.Data.Keys;
using Microsoft.EntityFrameworkCore;

namespace Ingest.Api.Subscribers.Tokens;

/// <summary>
/// Signing keys kept in the database: the first instance to need one makes it (256 random bits), every instance on the
/// same database then reads that one, so a link mailed by one instance is honoured by all. Cached once read.
/// </summary>
public sealed class SigningKeyStore(IServiceScopeFactory scopes, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, byte[]> _keys = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async ValueTask<byte[]> GetAsync(string purpose, CancellationToken cancellationToken)
    {
        if (_keys.TryGetValue(purpose, out var cached))
        {
            return cached;
        }
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (!_keys.TryGetValue(purpose, out var key))
            {
                key = await LoadOrCreateAsync(purpose, cancellationToken);
                _keys[purpose] = key;
            }
            return key;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<byte[]> LoadOrCreateAsync(string purpose, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IngestDbContext>();
        var stored = await db.SigningKeys.AsNoTracking().FirstOrDefaultAsync(k => k.Purpose == purpose, cancellationToken);
        if (stored is not null)
        {
            return stored.Key;
        }
        db.SigningKeys.Add(new SigningKey { Purpose = purpose, Key = RandomNumberGenerator.GetBytes(32), CreatedAt = time.GetUtcNow() });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another instance made it at the same moment; its key is the one everybody uses.
            db.ChangeTracker.Clear();
        }
        return (await db.SigningKeys.AsNoTracking().FirstAsync(k => k.Purpose == purpose, cancellationToken)).Key;
    }
}
