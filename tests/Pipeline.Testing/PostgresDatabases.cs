using Npgsql;

namespace Pipeline.Testing;

/// <summary>A throwaway database per test run on the PostgreSQL <c>scripts/services.sh</c> runs.</summary>
public static class PostgresDatabases
{
    public static async Task<string> CreateAsync(string baseConnectionString, string name)
    {
        await using var connection = new NpgsqlConnection(Unpooled(baseConnectionString));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(baseConnectionString) { Database = name }.ConnectionString;
    }

    public static async Task DropAsync(string baseConnectionString, string name)
    {
        // FORCE ends our own sessions still open, but not an autovacuum worker that happens to be in the database (it
        // belongs to no role, so only a superuser may end it: 42501), and a session can take longer to go than FORCE
        // waits on a loaded machine (55006). Both pass in a moment: try again a few times before calling it a failure.
        for (var attempt = 1; ; attempt++)
        {
            NpgsqlConnection.ClearAllPools();
            try
            {
                await using var connection = new NpgsqlConnection(Unpooled(baseConnectionString));
                await connection.OpenAsync();
                await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
                await command.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.ObjectInUse or PostgresErrorCodes.InsufficientPrivilege && attempt < 5)
            {
                await Task.Delay(TimeSpan.FromSeconds(attempt));
            }
        }
    }

    /// <summary>
    /// Creating and dropping databases is rare, and the server may have been restarted since the last time (the fault
    /// suite stops its PostgreSQL): a pooled connection would be one the restart already ended (57P01).
    /// </summary>
    private static string Unpooled(string connectionString) =>
        new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString;
}
