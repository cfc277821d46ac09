using Npgsql;

namespace Pipeline.Testing;

/// <summary>A throwaway database per test run on the PostgreSQL <c>scripts/services.sh</c> runs.</summary>
public static class PostgresDatabases
{
    public static async Task<string> CreateAsync(string baseConnectionString, string name)
    {
        await using var connection = new NpgsqlConnection(baseConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(baseConnectionString) { Database = name }.ConnectionString;
    }

    public static async Task DropAsync(string baseConnectionString, string name)
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(baseConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
