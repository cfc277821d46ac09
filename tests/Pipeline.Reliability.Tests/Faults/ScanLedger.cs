using Npgsql;
using Pipeline.Testing;

namespace Pipeline.Reliability.Tests.Faults;

/// <summary>Scans accepted and not yet ended: single ones, and batch ones let into the pipeline.</summary>
public readonly record struct InFlight(int Singles, int Batch);

/// <summary>
/// The API's own record of scans, read from its database: what is in the pipeline right now, and which scans a batch
/// made (the API lists a batch's files by name, not by scan). Unpooled connections: the suite restarts PostgreSQL.
/// </summary>
public sealed class ScanLedger(DistributedStack stack)
{
    private string ConnectionString => new NpgsqlConnectionStringBuilder(stack.Environment["ConnectionStrings__Pipeline"]) { Pooling = false }.ConnectionString;

    /// <summary>
    /// A scan is in flight from its acceptance (a batch scan: its release) until the API recorded its end, wherever its
    /// message is meanwhile: in the outbox, a queue, a worker's hands or the status consumer's.
    /// </summary>
    public async Task<InFlight> InFlightAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT count(*) FILTER (WHERE "BatchId" IS NULL), count(*) FILTER (WHERE "BatchId" IS NOT NULL AND "ReleasedAt" IS NOT NULL)
            FROM "Scans" WHERE "Status" < 3 AND "DeletedAt" IS NULL
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return new InFlight((int)reader.GetInt64(0), (int)reader.GetInt64(1));
    }

    /// <summary>The batch's scans by the name of the file each was made from.</summary>
    public async Task<IReadOnlyDictionary<string, Guid>> BatchScansAsync(string batchId)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""SELECT "EntryName", "Id" FROM "Scans" WHERE "BatchId" = @batch""", connection);
        command.Parameters.AddWithValue("batch", Guid.Parse(batchId));
        await using var reader = await command.ExecuteReaderAsync();
        var scans = new Dictionary<string, Guid>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
        {
            scans[reader.GetString(0)] = reader.GetGuid(1);
        }
        return scans;
    }
}
